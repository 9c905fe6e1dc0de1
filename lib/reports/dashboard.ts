// The figures on the dashboard: what the register holds, what needs attention soon, and
// where the active agreements are. Counted by the database (GROUP BY over indexes): a fixed
// number of statements, whatever the register's size, and no rows read into JavaScript but
// the groups themselves (decision 016).
import "server-only";
import { db } from "../db";
import { dialectOf, type Database, type Dialect } from "../prisma-client";
import { Prisma } from "../../generated/prisma/client.ts";
import { AGREEMENT_STATUSES, type AgreementStatus } from "../agreements/status";
import { ORGANIZATION_KINDS } from "../enumerations";
import { windowOfDays } from "../agreements/term";
import { institutionToday, now as currentInstant } from "../dates/institution-time";

export const DASHBOARD_WINDOWS = [30, 90, 180] as const;
const TOP_COUNTRIES = 10;
/** How the dashboard names partners without a recorded country (the page shows its own words for it). */
export const COUNTRY_NOT_RECORDED = "Not recorded";

/**
 * An instant as a raw query's parameter: PostgreSQL's driver takes a Date; SQLite stores
 * Prisma's DateTime as ISO text with "+00:00", which compares as text.
 */
export function instantParameter(instant: Date, dialect: Dialect): Date | string {
  return dialect === "postgresql" ? instant : instant.toISOString().replace("Z", "+00:00");
}

/** Active as people see it (and as the list's "active" filter): not archived, not past its last day. */
const activeCondition = (today: Date | string) =>
  Prisma.sql`a."archived" = false AND a."status" = 'ACTIVE' AND (a."endsOn" IS NULL OR a."endsOn" >= ${today} OR a."rollsOver" = true)`;

type Count = number | bigint;

/** The statements of the dashboard, each a GROUP BY or a handful of indexed counts. */
export function dashboardStatements(dialect: Dialect, now: Date) {
  const today = instantParameter(institutionToday(now), dialect);
  const active = activeCondition(today);
  const year = dialect === "postgresql" ? Prisma.raw(`to_char(a."signedOn", 'YYYY')`) : Prisma.raw(`substr(a."signedOn", 1, 4)`);
  // Each window's counts are index ranges on endsOn and noticeDeadline: six scalar subqueries, one statement.
  const windowCounts = Prisma.join(
    DASHBOARD_WINDOWS.map((days) => {
      const { from, to } = windowOfDays(days, now);
      const range = (column: "endsOn" | "noticeDeadline") =>
        Prisma.sql`(SELECT COUNT(*) FROM "Agreement" a WHERE a."${Prisma.raw(column)}" >= ${instantParameter(from, dialect)} AND a."${Prisma.raw(column)}" <= ${instantParameter(to, dialect)} AND a."status" = 'ACTIVE' AND a."archived" = false)`;
      return Prisma.sql`${range("endsOn")} AS "ending${Prisma.raw(String(days))}", ${range("noticeDeadline")} AS "notice${Prisma.raw(String(days))}"`;
    }),
  );
  return {
    // Per recorded status, and how many of the active ones have passed their last day unmarked.
    byStatus: Prisma.sql`SELECT a."status" AS "status", COUNT(*) AS "n",
        SUM(CASE WHEN a."status" = 'ACTIVE' AND a."rollsOver" = false AND a."endsOn" < ${today} THEN 1 ELSE 0 END) AS "lapsed"
      FROM "Agreement" a WHERE a."archived" = false GROUP BY a."status"`,
    windows: Prisma.sql`SELECT ${windowCounts}`,
    perYear: Prisma.sql`SELECT ${year} AS "year", COUNT(*) AS "n" FROM "Agreement" a
      WHERE a."archived" = false AND a."signedOn" IS NOT NULL GROUP BY 1 ORDER BY 1`,
    // Partner kinds and countries from the agreements' facet columns (the ones the list's filters
    // read, so a bar and the list it links to agree): grouped by the pair, split below. An
    // agreement with two partners of one kind (or country) counts once.
    byFacets: Prisma.sql`SELECT a."partnerKinds" AS "kinds", a."partnerCountries" AS "countries", COUNT(*) AS "n"
      FROM "Agreement" a WHERE ${active} GROUP BY a."partnerKinds", a."partnerCountries"`,
    // Facets leave out partners without a country: those few are found from the organisations
    // (CROSS JOIN keeps SQLite to that order; PostgreSQL plans it as an inner join).
    countryNotRecorded: Prisma.sql`SELECT COUNT(DISTINCT a."id") AS "n"
      FROM "Organization" o CROSS JOIN "AgreementParty" p CROSS JOIN "Agreement" a
      WHERE o."country" IS NULL AND p."organizationId" = o."id" AND p."role" <> 'OUR_INSTITUTION' AND a."id" = p."agreementId" AND ${active}`,
    // Grouped on the links first, then named: a name is read per focus area, not per agreement.
    byFocusArea: Prisma.sql`SELECT f."id" AS "id", f."name" AS "name", g."n" AS "n" FROM (
        SELECT af."focusAreaId" AS "focusAreaId", COUNT(*) AS "n"
        FROM "Agreement" a JOIN "AgreementFocusArea" af ON af."agreementId" = a."id" WHERE ${active} GROUP BY af."focusAreaId"
      ) g JOIN "FocusArea" f ON f."id" = g."focusAreaId"`,
  };
}

/** The values of a facet column ("|CN|DE|" → CN, DE). */
const facetValues = (facet: string) => facet.split("|").filter(Boolean);

/** The calendar years from the first to the last, each with its count (0 for a year without signatures). */
export function everyYear(rows: { year: string; count: number }[]): { year: string; count: number }[] {
  const known = rows.filter((r) => /^\d{4}$/.test(r.year));
  if (known.length === 0) return [];
  const counts = new Map(known.map((r) => [Number(r.year), r.count]));
  const first = Math.min(...counts.keys());
  const last = Math.max(...counts.keys());
  return Array.from({ length: last - first + 1 }, (_, i) => ({ year: String(first + i), count: counts.get(first + i) ?? 0 }));
}

/**
 * The dashboard's figures on `now`'s institution day. Counts are of agreements not archived;
 * "active" excludes those past their last day (shown as expired). Shapes: statusCounts per
 * status; windows per DASHBOARD_WINDOWS (agreements ending, notice deadlines falling in the
 * next N days); perYear every year from the first signature to the last (empty years 0);
 * byKind, byCountry (top 10, "Not recorded" for partners without a country) and byFocusArea
 * count active agreements; recent, the last 8 agreement events.
 */
export async function dashboardFigures({
  now = currentInstant(),
  database = db,
}: { now?: Date; database?: Database } = {}) {
  const db = database;
  const sql = dashboardStatements(dialectOf(database), now);

  const [byStatus, [windowRow], perYear, facetGroups, [notRecorded], focusGroups, recent] = await Promise.all([
    db.$queryRaw<{ status: AgreementStatus; n: Count; lapsed: Count | null }[]>(sql.byStatus),
    db.$queryRaw<Record<string, Count>[]>(sql.windows),
    db.$queryRaw<{ year: string; n: Count }[]>(sql.perYear),
    db.$queryRaw<{ kinds: string; countries: string; n: Count }[]>(sql.byFacets),
    db.$queryRaw<{ n: Count }[]>(sql.countryNotRecorded),
    db.$queryRaw<{ id: string; name: string; n: Count }[]>(sql.byFocusArea),
    // Agreement events only: account changes are for administrators' eyes (the audit log).
    db.auditEvent.findMany({
      where: { entityType: "Agreement" },
      orderBy: { at: "desc" },
      take: 8,
      select: { id: true, at: true, action: true, entityType: true, entityId: true, actor: { select: { name: true } } },
    }),
  ]);

  const statusCounts = Object.fromEntries(AGREEMENT_STATUSES.map((s) => [s, 0])) as Record<AgreementStatus, number>;
  let lapsed = 0;
  for (const group of byStatus) {
    statusCounts[group.status] = Number(group.n);
    lapsed += Number(group.lapsed ?? 0);
  }
  statusCounts.ACTIVE -= lapsed;
  statusCounts.EXPIRED += lapsed;

  const perKind = new Map<string, number>();
  const perCountry = new Map<string, number>();
  const add = (counts: Map<string, number>, key: string, n: number) => counts.set(key, (counts.get(key) ?? 0) + n);
  for (const group of facetGroups) {
    for (const kind of facetValues(group.kinds)) add(perKind, kind, Number(group.n));
    for (const country of facetValues(group.countries)) add(perCountry, country, Number(group.n));
  }
  if (Number(notRecorded.n) > 0) perCountry.set(COUNTRY_NOT_RECORDED, Number(notRecorded.n));
  const kinds = ORGANIZATION_KINDS.map((kind) => ({ kind, count: perKind.get(kind) ?? 0 }));
  // The countries with the most active agreements; the rest are left out of the chart.
  const countries = [...perCountry]
    .map(([country, count]) => ({ country, count }))
    .sort((a, b) => b.count - a.count || a.country.localeCompare(b.country))
    .slice(0, TOP_COUNTRIES);
  const focus = focusGroups
    .map((g) => ({ id: g.id, name: g.name, count: Number(g.n) }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));

  const references = new Map(
    (await db.agreement.findMany({ where: { id: { in: recent.map((e) => e.entityId) } }, select: { id: true, reference: true } })).map((a) => [a.id, a.reference]),
  );

  return {
    total: Object.values(statusCounts).reduce((a, b) => a + b, 0),
    statusCounts,
    windows: DASHBOARD_WINDOWS.map((days) => ({ days, ending: Number(windowRow[`ending${days}`]), notice: Number(windowRow[`notice${days}`]) })),
    perYear: everyYear(perYear.map((row) => ({ year: row.year, count: Number(row.n) }))),
    byKind: kinds.filter((k) => k.count > 0),
    byCountry: countries.filter((c) => c.count > 0),
    byFocusArea: focus,
    recent: recent.map((e) => ({ ...e, reference: references.get(e.entityId) ?? null })),
  };
}
