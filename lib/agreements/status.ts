// The agreement lifecycle as people see it.
import { lastDayOf, type DatePrecision } from "../dates/partial-date";
import { institutionToday, now as currentInstant } from "../dates/institution-time";
import { renewalTermsOf, runningPeriod, type RenewalColumns, type RenewalTerms } from "./running-period";

import { AGREEMENT_STATUSES, type AgreementStatus } from "../enumerations";

export { AGREEMENT_STATUSES, type AgreementStatus };


/**
 * The status to show at `now` (on the day it falls on in the institution's zone):
 * an ACTIVE agreement whose last day has passed is expired, without anyone recording it. A
 * partial end date ("until 2027") runs to the end of its period; an agreement that renews
 * automatically (`renewal`, from renewalTermsOf) runs to the end of its running period.
 */
export function effectiveStatus(
  status: AgreementStatus,
  expiresOn: Date | null,
  expiresOnPrecision: DatePrecision | null,
  now: Date = currentInstant(),
  renewal: RenewalTerms | null = null,
): AgreementStatus {
  if (status !== "ACTIVE" || !expiresOn) return status;
  const today = institutionToday(now);
  const lastDay = renewal ? runningPeriod(renewal, today).to : lastDayOf(expiresOn, expiresOnPrecision ?? "DAY");
  return lastDay.getTime() < today.getTime() ? "EXPIRED" : status;
}

/** The status to show for a stored agreement (select RENEWAL_COLUMNS and the status): effectiveStatus with its rolling renewal. */
export function shownStatus(row: RenewalColumns & { status: AgreementStatus }, now?: Date): AgreementStatus {
  return effectiveStatus(row.status, row.expiresOn, row.expiresOnPrecision, now, renewalTermsOf(row));
}
