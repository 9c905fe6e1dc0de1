// The home page's figures, counted once and kept until the register changes or the institution's
// day turns (decision 007's rule, keyed by the day because the windows and the pipeline count from
// today): ten people opening the dashboard cost one count and ten one-row reads of the register's
// version, however large the register.
import "server-only";
import { keptUntilTheRegisterChanges } from "../audit/register-version";
import { institutionToday, now as currentInstant } from "../dates/institution-time";
import { toIsoPartial } from "../dates/partial-date";
import { db } from "../db";
import type { Database } from "../prisma-client";
import { dashboardFigures } from "./dashboard";
import { dashboardMapFigures } from "./dashboard-map";
import { noticePipeline } from "./notice-pipeline";

/** The figures, the maps and the pipeline for the day `day` (YYYY-MM-DD in the institution's zone), kept. */
export const keptDashboard = keptUntilTheRegisterChanges(async (database, _day) => {
  const now = currentInstant();
  const [figures, map, pipeline] = await Promise.all([dashboardFigures({ now, database }), dashboardMapFigures({ now, database }), noticePipeline({ now, database })]);
  return { figures, map, pipeline };
});

/** Today's dashboard: `{ figures, map, pipeline }` as dashboardFigures, dashboardMapFigures and noticePipeline give them. */
export function todaysDashboard(database: Database = db) {
  return keptDashboard(database, toIsoPartial(institutionToday(currentInstant()), "DAY"));
}
