// What the agreement page shows people to act on: the last day it runs, the notice deadline,
// and, for one that renews automatically, its running period and when it renews.
import { lastDayOf, toIsoPartial } from "../dates/partial-date";
import { institutionToday, now as currentInstant } from "../dates/institution-time";
import { renewalTermsOf, runningPeriod, type RenewalColumns } from "./running-period";
import { expiryFromTerm, noticeDeadline } from "./term";

export interface TimeFacts {
  /** The last day it runs ("YYYY-MM-DD"), null without an end. */
  lastDay: string | null;
  /** Where that day comes from: as stated, derived from the term, or from automatic renewal. */
  endSource: "stated" | "term" | "renewal" | null;
  /** The last day to give notice, null without a notice period (or once notice was given). */
  noticeBy: string | null;
  /** True while another automatic renewal follows the running period. */
  renews: boolean;
  /** The running period of an agreement that renews automatically. */
  periodFrom: string | null;
  periodTo: string | null;
  /** The day the next renewal starts, when one follows. */
  renewsOn: string | null;
  noticeGiven: { on: string; by: string | null } | null;
}

const day = (date: Date | null) => (date ? toIsoPartial(date, "DAY") : null);

/** The time facts of a stored agreement at `now` (its day in the institution's zone). */
export function timeFacts(row: RenewalColumns & { noticeGivenBy?: { name: string } | null }, now: Date = currentInstant()): TimeFacts {
  const today = institutionToday(now);
  const noticeGiven = row.noticeGivenOn ? { on: day(row.noticeGivenOn)!, by: row.noticeGivenBy?.name ?? null } : null;
  const terms = renewalTermsOf(row);
  if (terms) {
    const period = runningPeriod(terms, today);
    return {
      lastDay: day(period.to),
      endSource: period.renewal > 0 ? "renewal" : sourceOfExpiry(row),
      noticeBy: day(period.noticeBy),
      renews: period.renews,
      periodFrom: day(period.from),
      periodTo: day(period.to),
      renewsOn: period.renews ? day(new Date(period.to.getTime() + 86_400_000)) : null,
      noticeGiven,
    };
  }
  const last = row.expiresOn ? lastDayOf(row.expiresOn, row.expiresOnPrecision ?? "DAY") : null;
  return {
    lastDay: day(last),
    endSource: last ? sourceOfExpiry(row) : null,
    noticeBy: day(noticeDeadline(last, row.noticePeriodDays)),
    renews: false,
    periodFrom: null,
    periodTo: null,
    renewsOn: null,
    noticeGiven,
  };
}

/** "term" when the stored expiry is what the term gives from the start (the form derives it so), else "stated". */
function sourceOfExpiry(row: RenewalColumns): "stated" | "term" {
  const start = row.effectiveFrom ? { date: row.effectiveFrom, precision: row.effectiveFromPrecision ?? "DAY" } : row.signedOn ? { date: row.signedOn, precision: row.signedOnPrecision ?? "DAY" } : null;
  if (!start || !row.termMonths || !row.expiresOn) return "stated";
  const derived = expiryFromTerm(start, row.termMonths);
  return derived && derived.date.getTime() === row.expiresOn.getTime() && derived.precision === (row.expiresOnPrecision ?? "DAY") ? "term" : "stated";
}
