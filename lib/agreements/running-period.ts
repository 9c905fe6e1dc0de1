// Rolling automatic renewal: an agreement that renews automatically runs on, renewal term
// after renewal term, until someone gives notice, a final date is reached, or the agreed
// number of renewals is used up. Its running period, next end and next notice deadline are
// derived here, for a given day; nothing about them is typed in.
import { addDays, fromPlainDate, toPlainDate } from "../dates/calendar-day";
import { lastDayOf, type DatePrecision } from "../dates/partial-date";
import { lastDayOfTerm, noticeDeadline } from "./term";

export interface RenewalTerms {
  /** The last day of the first term (the end of the stored expiry period). */
  firstEnd: Date;
  /** The first day of the first term, when known (for the first running period's start). */
  firstStart: Date | null;
  /** Months each renewal runs; the agreement's own term unless set otherwise. */
  renewalTermMonths: number;
  /** Days of notice before an end; null when the agreement names none. */
  noticePeriodDays: number | null;
  /** No running period ends after this day: the last one is cut there. */
  finalDate?: Date | null;
  /** At most this many renewals after the first term. */
  maxRenewals?: number | null;
  /** The day notice was given: the agreement ends at the end of the running period of that day. */
  noticeGivenOn?: Date | null;
}

export interface RunningPeriod {
  /** 0 for the first term, then 1, 2, … for each renewal. */
  renewal: number;
  /** First day, or null when the first term's start is not known. */
  from: Date | null;
  /** Last day (the next end date). */
  to: Date;
  /** Last day on which notice stops the next renewal; null without a notice period. */
  noticeBy: Date | null;
  /** True when another renewal follows this period (no notice, no final date or limit reached). */
  renews: boolean;
}

/**
 * The period in which an agreement that renews automatically runs on `day` (a stored date):
 * the first term while it lasts, then renewal `k` from the day after the first term's end
 * plus (k−1) renewal terms to the day before plus k renewal terms, each by the
 * corresponding-date rule (counted from the one anchor, so month ends do not drift).
 * When `day` is after the last period (notice given, final date or number of renewals),
 * that last period is returned with `renews: false`.
 */
export function runningPeriod(terms: RenewalTerms, day: Date): RunningPeriod {
  const months = Math.max(1, terms.renewalTermMonths);
  const anchor = toPlainDate(addDays(terms.firstEnd, 1));
  const endOf = (k: number) => (k === 0 ? terms.firstEnd : fromPlainDate(lastDayOfTerm(anchor, k * months)));
  const startOf = (k: number) => (k === 0 ? terms.firstStart : addDays(endOf(k - 1), 1));
  const final = terms.finalDate ?? null;

  // The last renewal there can be: limited by number, final date and notice.
  let last = terms.maxRenewals ?? Number.POSITIVE_INFINITY;
  if (final) last = Math.min(last, periodContaining(final));
  if (terms.noticeGivenOn) last = Math.min(last, periodContaining(terms.noticeGivenOn));
  const k = Math.min(periodContaining(day), last);
  const to = final && endOf(k) > final ? final : endOf(k);
  const renews = k < last;
  return { renewal: k, from: startOf(k), to, noticeBy: renews ? noticeDeadline(to, terms.noticePeriodDays) : null, renews };

  /** The number of the period a day falls in (0 up to the first end). */
  function periodContaining(date: Date): number {
    if (date <= terms.firstEnd) return 0;
    // An estimate from the day count, then corrected by a step or two either way.
    const elapsedMonths = anchor.until(toPlainDate(date), { largestUnit: "months" }).months;
    let n = Math.max(1, Math.floor(elapsedMonths / months) + 1);
    while (n > 1 && endOf(n - 1) >= date) n--;
    while (endOf(n) < date) n++;
    return n;
  }
}

/** The columns the rolling renewal is derived from, as stored. */
export interface RenewalColumns {
  automaticRenewal: boolean;
  effectiveFrom: Date | null;
  effectiveFromPrecision: DatePrecision | null;
  signedOn: Date | null;
  signedOnPrecision: DatePrecision | null;
  expiresOn: Date | null;
  expiresOnPrecision: DatePrecision | null;
  termMonths: number | null;
  noticePeriodDays: number | null;
  renewalTermMonths: number | null;
  renewalFinalDate: Date | null;
  renewalLimit: number | null;
  noticeGivenOn: Date | null;
}

/** Prisma's `select` for RenewalColumns. */
export const RENEWAL_COLUMNS = {
  automaticRenewal: true,
  effectiveFrom: true,
  effectiveFromPrecision: true,
  signedOn: true,
  signedOnPrecision: true,
  expiresOn: true,
  expiresOnPrecision: true,
  termMonths: true,
  noticePeriodDays: true,
  renewalTermMonths: true,
  renewalFinalDate: true,
  renewalLimit: true,
  noticeGivenOn: true,
} as const;

/**
 * The renewal terms of a stored agreement, or null when it does not roll over: it does not
 * renew automatically, has no end, or has no term to renew by (neither a renewal term nor a term).
 */
export function renewalTermsOf(row: RenewalColumns): RenewalTerms | null {
  if (!row.automaticRenewal || !row.expiresOn) return null;
  const renewalTermMonths = row.renewalTermMonths ?? row.termMonths;
  if (!renewalTermMonths) return null;
  const firstEnd = lastDayOf(row.expiresOn, row.expiresOnPrecision ?? "DAY");
  const start = row.effectiveFrom ? { date: row.effectiveFrom, precision: row.effectiveFromPrecision } : row.signedOn ? { date: row.signedOn, precision: row.signedOnPrecision } : null;
  return {
    firstEnd,
    firstStart: start && (start.precision ?? "DAY") === "DAY" ? start.date : null,
    renewalTermMonths,
    noticePeriodDays: row.noticePeriodDays,
    finalDate: row.renewalFinalDate,
    maxRenewals: row.renewalLimit,
    noticeGivenOn: row.noticeGivenOn,
  };
}

/**
 * The derived columns stored for the list's filters, the dashboard, reminders and the
 * calendar: the running period's last day and notice deadline on `today`, and whether
 * another renewal follows it (then the refresh moves them on once that day has passed).
 * For an agreement that does not roll over: its last day and that day minus the notice period.
 */
export function derivedEndColumns(row: RenewalColumns, today: Date): { endsOn: Date | null; noticeDeadline: Date | null; rollsOver: boolean } {
  const terms = renewalTermsOf(row);
  if (!terms) {
    const end = row.expiresOn ? lastDayOf(row.expiresOn, row.expiresOnPrecision ?? "DAY") : null;
    return { endsOn: end, noticeDeadline: noticeDeadline(end, row.noticePeriodDays), rollsOver: false };
  }
  const period = runningPeriod(terms, today);
  return { endsOn: period.to, noticeDeadline: period.noticeBy, rollsOver: period.renews };
}
