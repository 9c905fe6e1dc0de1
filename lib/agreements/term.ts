// End dates and notice deadlines, derived from partial dates without inventing detail.
import { lastDayOf, type DatePrecision, type PartialDate } from "../dates/partial-date";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The expiry that a term in months gives from a start date, at the start's precision:
 * 3 January 2020 + 60 months runs to 2 January 2025; January 2020 + 60 months to
 * December 2024; 2020 + 60 months to 2024. A year-precision start with a term that is
 * not whole years gives no expiry (it would need a month that nobody knows).
 */
export function expiryFromTerm(start: PartialDate, termMonths: number): PartialDate | null {
  if (!Number.isInteger(termMonths) || termMonths < 1) return null;
  const year = start.date.getUTCFullYear();
  const month = start.date.getUTCMonth();
  if (start.precision === "YEAR") {
    if (termMonths % 12 !== 0) return null;
    return { date: new Date(Date.UTC(year + termMonths / 12 - 1, 0, 1)), precision: "YEAR" };
  }
  if (start.precision === "MONTH") {
    return { date: new Date(Date.UTC(year, month + termMonths - 1, 1)), precision: "MONTH" };
  }
  const day = start.date.getUTCDate();
  const sameDayLater = new Date(Date.UTC(year, month + termMonths, 1));
  // Clamp to the month's length (31 January + 1 month ends on 27/28 February, not in March).
  const lastOfMonth = new Date(Date.UTC(sameDayLater.getUTCFullYear(), sameDayLater.getUTCMonth() + 1, 0)).getUTCDate();
  sameDayLater.setUTCDate(Math.min(day, lastOfMonth));
  return { date: new Date(sameDayLater.getTime() - DAY_MS), precision: "DAY" };
}

/** The last day an agreement runs: the end of its expiry period. */
export function endsOn(expiresOn: Date | null, precision: DatePrecision | null): Date | null {
  return expiresOn ? lastDayOf(expiresOn, precision ?? "DAY") : null;
}

/** The last day on which notice can be given: the last day it runs minus the notice period. */
export function noticeDeadline(end: Date | null, noticePeriodDays: number | null): Date | null {
  if (!end || noticePeriodDays === null || noticePeriodDays === undefined) return null;
  return new Date(end.getTime() - noticePeriodDays * DAY_MS);
}

/** Midnight UTC of the day `now` falls on: the unit the windows count in. */
export function startOfDay(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

/** [today, today + days]: the window "within N days" filters select end dates or deadlines in. */
export function windowOfDays(days: number, now: Date = new Date()): { from: Date; to: Date } {
  const from = startOfDay(now);
  return { from, to: new Date(from.getTime() + days * DAY_MS) };
}
