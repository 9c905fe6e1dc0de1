// End dates and notice deadlines, derived from partial dates without inventing detail.
import { Temporal, addDays, fromPlainDate, toPlainDate } from "../dates/calendar-day";
import { lastDayOf, type DatePrecision, type PartialDate } from "../dates/partial-date";
import { institutionToday } from "../dates/institution-time";

/**
 * The last day of a term of `months` months that starts on `start`, by the corresponding-date
 * rule (BGB §188(2)–(3) and other civil codes): the day before the day with the start's
 * number in the month `months` later, or, where that month has no such day, its last day.
 * 31 January 2021 + 1 month ends 28 February 2021; 29 February 2020 + 12 months ends
 * 28 February 2021; 3 January 2020 + 60 months ends 2 January 2025.
 */
export function lastDayOfTerm(start: Temporal.PlainDate, months: number): Temporal.PlainDate {
  // Temporal clamps a missing day to the month's last day ("constrain"): that day itself is
  // then the end; when the day exists, the term ends the day before it.
  const corresponding = start.add({ months }, { overflow: "constrain" });
  return corresponding.day === start.day ? corresponding.subtract({ days: 1 }) : corresponding;
}

/**
 * The expiry that a term in months gives from a start date, at the start's precision:
 * 3 January 2020 + 60 months runs to 2 January 2025; January 2020 + 60 months to
 * December 2024; 2020 + 60 months to 2024. A year-precision start with a term that is
 * not whole years gives no expiry (it would need a month that nobody knows).
 */
export function expiryFromTerm(start: PartialDate, termMonths: number): PartialDate | null {
  if (!Number.isInteger(termMonths) || termMonths < 1) return null;
  const first = toPlainDate(start.date);
  if (start.precision === "YEAR") {
    if (termMonths % 12 !== 0) return null;
    return { date: fromPlainDate(first.add({ years: termMonths / 12 - 1 })), precision: "YEAR" };
  }
  if (start.precision === "MONTH") {
    return { date: fromPlainDate(first.add({ months: termMonths - 1 })), precision: "MONTH" };
  }
  return { date: fromPlainDate(lastDayOfTerm(first, termMonths)), precision: "DAY" };
}

/** The last day an agreement runs: the end of its expiry period. */
export function endsOn(expiresOn: Date | null, precision: DatePrecision | null): Date | null {
  return expiresOn ? lastDayOf(expiresOn, precision ?? "DAY") : null;
}

/** The last day on which notice can be given: the last day it runs minus the notice period (calendar days). */
export function noticeDeadline(end: Date | null, noticePeriodDays: number | null): Date | null {
  if (!end || noticePeriodDays === null || noticePeriodDays === undefined) return null;
  return addDays(end, -noticePeriodDays);
}

/**
 * [today, today + days] in the institution's zone: the window "within N days" filters select
 * end dates or deadlines in (stored dates, UTC midnights).
 */
export function windowOfDays(days: number, now?: Date): { from: Date; to: Date } {
  const from = institutionToday(now);
  return { from, to: addDays(from, days) };
}
