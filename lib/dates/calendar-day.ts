// Calendar days as the register stores them (the first instant, UTC, of the day) and as
// the date library computes with them (Temporal.PlainDate: a day with no time and no zone).
// Every day arithmetic goes through Temporal; see docs/decisions/013-temporal-for-calendar-days.md.
import { Temporal } from "@js-temporal/polyfill";

export { Temporal };

/** The calendar day a stored date names (its UTC fields: stored dates are UTC midnights). */
export function toPlainDate(date: Date): Temporal.PlainDate {
  return new Temporal.PlainDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** A calendar day as stored: the first instant (UTC) of that day. */
export function fromPlainDate(day: Temporal.PlainDate): Date {
  return new Date(Date.UTC(day.year, day.month - 1, day.day));
}

/** `date` moved by a whole number of calendar days (negative: earlier). */
export function addDays(date: Date, days: number): Date {
  return fromPlainDate(toPlainDate(date).add({ days }));
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: Date, to: Date): number {
  return toPlainDate(from).until(toPlainDate(to), { largestUnit: "days" }).days;
}
