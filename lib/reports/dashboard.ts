// The figures on the dashboard: what the register holds, what needs attention soon, and
// where the active agreements are. A bounded number of queries, whatever the register's size.
import "server-only";
import { db } from "../db";
import { dialectOf, type Database } from "../prisma-client";
import type { Prisma } from "../../generated/prisma/client.ts";
import { AGREEMENT_STATUSES, type AgreementStatus } from "../agreements/status";
import { ORGANIZATION_KINDS } from "../enumerations";
import { startOfDay, windowOfDays } from "../agreements/term";

export const DASHBOARD_WINDOWS = [30, 90, 180] as const;
const TOP_COUNTRIES = 10;

export async function dashboardFigures({
  now = new Date(),
  database = db,
}: { now?: Date; database?: Database } = {}) {
  const db = database;
  const today = startOfDay(now);
  const registered: Prisma.AgreementWhereInput = { archived: false };
  // Active as people see it: not past its last day.
  const active: Prisma.AgreementWhereInput = { archived: false, status: "ACTIVE", OR: [{ endsOn: null }, { endsOn: { gte: today } }] };
  const partnerOfActive = { role: { not: "OUR_INSTITUTION" as const }, agreement: active };

  const yearExpression = dialectOf(database) === "postgresql" ? `to_char("signedOn", 'YYYY')` : `substr("signedOn", 1, 4)`;

  const [byStatus, lapsed, windows, perYear, partners, focus, recent] = await Promise.all([
    db.agreement.groupBy({ by: ["status"], where: registered, _count: { _all: true } }),
    db.agreement.count({ where: { archived: false, status: "ACTIVE", endsOn: { lt: today } } }),
    Promise.all(
      DASHBOARD_WINDOWS.map(async (days) => {
        const { from, to } = windowOfDays(days, now);
        const [ending, notice] = await Promise.all([
          db.agreement.count({ where: { ...registered, status: "ACTIVE", endsOn: { gte: from, lte: to } } }),
          db.agreement.count({ where: { ...registered, status: "ACTIVE", noticeDeadline: { gte: from, lte: to } } }),
        ]);
        return { days, ending, notice };
      }),
    ),
    db.$queryRawUnsafe<{ year: string; n: number | bigint }[]>(
      `SELECT ${yearExpression} AS year, COUNT(*) AS n FROM "Agreement" WHERE "archived" = false AND "signedOn" IS NOT NULL GROUP BY 1 ORDER BY 1`,
    ),
    // Partners of active agreements, read once: kinds and countries are counted from it (an agreement with two
    // partners of a kind counts once), instead of one query per kind and per country.
    db.agreementParty.findMany({ where: partnerOfActive, select: { agreementId: true, organization: { select: { kind: true, country: true } } } }),
    db.agreementFocusArea.groupBy({ by: ["focusAreaId"], where: { agreement: active }, _count: { _all: true } }).then(async (groups) => {
      const names = new Map((await db.focusArea.findMany({ select: { id: true, name: true } })).map((f) => [f.id, f.name]));
      return groups.map((g) => ({ id: g.focusAreaId, name: names.get(g.focusAreaId) ?? "?", count: g._count._all })).sort((a, b) => b.count - a.count);
    }),
    // Agreement events only: account changes are for administrators' eyes (the audit log).
    db.auditEvent.findMany({
      where: { entityType: "Agreement" },
      orderBy: { at: "desc" },
      take: 8,
      select: { id: true, at: true, action: true, entityType: true, entityId: true, actor: { select: { name: true } } },
    }),
  ]);

  const agreementsBy = (key: (organization: { kind: string; country: string | null }) => string) => {
    const sets = new Map<string, Set<string>>();
    for (const p of partners) {
      const k = key(p.organization);
      if (!sets.has(k)) sets.set(k, new Set());
      sets.get(k)!.add(p.agreementId);
    }
    return new Map([...sets].map(([k, ids]) => [k, ids.size]));
  };
  const perKind = agreementsBy((o) => o.kind);
  const kinds = ORGANIZATION_KINDS.map((kind) => ({ kind, count: perKind.get(kind) ?? 0 }));
  // The countries with the most active agreements; the rest are left out of the chart.
  const countries = [...agreementsBy((o) => o.country ?? "Not recorded")]
    .map(([country, count]) => ({ country, count }))
    .sort((a, b) => b.count - a.count || a.country.localeCompare(b.country))
    .slice(0, TOP_COUNTRIES);

  const statusCounts = Object.fromEntries(AGREEMENT_STATUSES.map((s) => [s, 0])) as Record<AgreementStatus, number>;
  for (const group of byStatus) statusCounts[group.status] = group._count._all;
  statusCounts.ACTIVE -= lapsed;
  statusCounts.EXPIRED += lapsed;

  const references = new Map(
    (await db.agreement.findMany({ where: { id: { in: recent.filter((e) => e.entityType === "Agreement").map((e) => e.entityId) } }, select: { id: true, reference: true } })).map(
      (a) => [a.id, a.reference],
    ),
  );

  return {
    total: Object.values(statusCounts).reduce((a, b) => a + b, 0),
    statusCounts,
    windows,
    perYear: perYear.map((row) => ({ year: row.year, count: Number(row.n) })),
    byKind: kinds.filter((k) => k.count > 0),
    byCountry: countries.filter((c) => c.count > 0),
    byFocusArea: focus,
    recent: recent.map((e) => ({ ...e, reference: references.get(e.entityId) ?? null })),
  };
}
