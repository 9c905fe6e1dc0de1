// Keeps the stored end and notice deadline of agreements that renew automatically on their
// running period, so that the list's "ends within" and "notice within" filters, the dashboard,
// reminders and the calendar stay plain indexed ranges in the database (see running-period.ts).
// A running period rolls over on a day nobody writes anything: this moves the stored dates on.
// It runs before each of those reads and in the daily job; when nothing rolled over it costs
// one query down the (rollsOver, endsOn) index.
import type { Database, DatabaseTransaction } from "../prisma-client";
import { institutionToday, now as currentInstant } from "../dates/institution-time";
import { RENEWAL_COLUMNS, derivedEndColumns } from "./running-period";

/**
 * Moves the stored endsOn / noticeDeadline / rollsOver of every agreement whose running period
 * ended before today (in the institution's zone) to the period running today, and raises its
 * calendar revision. Derived data, not a person's change: no version bump and no audit event.
 * Safe to run in several processes at once (each update checks the end it read).
 * @returns how many agreements moved on.
 */
export async function refreshRunningPeriods(database: Database | DatabaseTransaction, now: Date = currentInstant()): Promise<number> {
  const today = institutionToday(now);
  const stale = await database.agreement.findMany({
    where: { rollsOver: true, endsOn: { lt: today } },
    select: { id: true, endsOn: true, noticeDeadline: true, ...RENEWAL_COLUMNS },
  });
  let moved = 0;
  for (const row of stale) {
    const derived = derivedEndColumns(row, today);
    const { count } = await database.agreement.updateMany({
      where: { id: row.id, endsOn: row.endsOn, rollsOver: true },
      data: { ...derived, datesRevision: { increment: 1 }, datesChangedAt: now },
    });
    moved += count;
  }
  return moved;
}

const refreshedOn = new WeakMap<object, string>();

/**
 * `refreshRunningPeriods` at most once a day (in the institution's zone) for each database
 * client, for the pages that filter and count by the stored running period (the list's "ends
 * within" and "notice within", the dashboard): an agreement that rolled over overnight moves on
 * at the first page of the day, not at the next hourly job. Costs nothing for the rest of the day.
 */
export async function keepRunningPeriodsCurrent(database: Database, now: Date = currentInstant()): Promise<void> {
  const day = institutionToday(now).toISOString();
  if (refreshedOn.get(database) === day) return;
  await refreshRunningPeriods(database, now);
  refreshedOn.set(database, day);
}
