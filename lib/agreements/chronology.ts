// The one chronology rule of an agreement's dates, used by the schema (forms and the API),
// the service and the import: it cannot take effect or end before it was signed, end before
// it takes effect, or be signed more than a year ahead. Partial dates compare by their
// periods: "2020" is before "2021-05-03", but not before "2020-05-03" (it may be the same day).
import type { ErrorKey } from "../i18n/translator";
import { fromPlainDate, toPlainDate } from "../dates/calendar-day";
import { lastDayOf, truncateToPrecision, type PartialDate } from "../dates/partial-date";
import { institutionToday } from "../dates/institution-time";

export interface AgreementDates {
  signedOn: PartialDate | null;
  effectiveFrom: PartialDate | null;
  expiresOn: PartialDate | null;
}

export interface ChronologyProblem {
  field: keyof AgreementDates;
  message: ErrorKey;
}

/** True when every day of `a`'s period is before every day of `b`'s. */
export function whollyBefore(a: PartialDate, b: PartialDate): boolean {
  return lastDayOf(a.date, a.precision).getTime() < truncateToPrecision(b.date, b.precision).getTime();
}

/** How far ahead a signing date may be: a year (a later one is a typing error, "2099" for "2019"). */
export const SIGNED_AHEAD_LIMIT_MONTHS = 12;

/**
 * The problems of an agreement's dates on `today` (a stored date; by default today in the
 * institution's zone), each on the field to correct: [] when they are in order.
 */
export function chronologyProblems(dates: AgreementDates, today: Date = institutionToday()): ChronologyProblem[] {
  const problems: ChronologyProblem[] = [];
  const { signedOn, effectiveFrom, expiresOn } = dates;
  if (signedOn && effectiveFrom && whollyBefore(effectiveFrom, signedOn)) problems.push({ field: "effectiveFrom", message: "chronologyEffectiveBeforeSigning" });
  if (expiresOn && effectiveFrom && whollyBefore(expiresOn, effectiveFrom)) problems.push({ field: "expiresOn", message: "chronologyExpiryBeforeEffective" });
  else if (expiresOn && signedOn && whollyBefore(expiresOn, signedOn)) problems.push({ field: "expiresOn", message: "chronologyExpiryBeforeSigning" });
  if (signedOn && tooFarAhead(signedOn, today)) problems.push({ field: "signedOn", message: "chronologySignedTooFarAhead" });
  return problems;
}

/**
 * Whether a signing (of an agreement, or a ceremony's day) is more than SIGNED_AHEAD_LIMIT_MONTHS
 * after `today`: ahead only when the whole period is ("2027" in 2026 may be January 2027).
 */
export function tooFarAhead(day: PartialDate, today: Date = institutionToday()): boolean {
  const limit = fromPlainDate(toPlainDate(today).add({ months: SIGNED_AHEAD_LIMIT_MONTHS }));
  return truncateToPrecision(day.date, day.precision).getTime() > limit.getTime();
}

/** Whether two partial dates cannot be the same day (an agreement's signing and its ceremony's day). */
export const cannotBeSameDay = (a: PartialDate, b: PartialDate) => whollyBefore(a, b) || whollyBefore(b, a);
