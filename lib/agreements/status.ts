// The agreement lifecycle as people see it.
import { lastDayOf, type DatePrecision } from "../dates/partial-date";

import { AGREEMENT_STATUSES, type AgreementStatus } from "../enumerations";

export { AGREEMENT_STATUSES, type AgreementStatus };


/**
 * The status to show: an ACTIVE agreement whose end date has passed is expired,
 * without anyone recording it. A partial end date ("until 2027") runs to the end
 * of its period.
 */
export function effectiveStatus(
  status: AgreementStatus,
  expiresOn: Date | null,
  expiresOnPrecision: DatePrecision | null,
  today: Date = new Date(),
): AgreementStatus {
  if (status !== "ACTIVE" || !expiresOn) return status;
  const lastDay = lastDayOf(expiresOn, expiresOnPrecision ?? "DAY");
  const startOfToday = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  return lastDay.getTime() < startOfToday ? "EXPIRED" : status;
}
