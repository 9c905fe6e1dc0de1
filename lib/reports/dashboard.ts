// The figures on the dashboard: what the register holds, what needs attention soon, and
// where the active agreements are. A bounded number of queries, whatever the register's size.
import "server-only";
import { db } from "../db";
import type { Database } from "../prisma-client";
import { parseDatabaseUrl } from "../database-url";
import type { Prisma } from "../../generated/prisma/client.ts";
import { AGREEMENT_STATUSES, type AgreementStatus } from "../agreements/status";
import { startOfDay, windowOfDays } from "../agreements/term";

export const DASHBOARD_WINDOWS = [30, 90, 180] as const;
const TOP_COUNTRIES = 10;

export async function dashboardFigures({
  now = new Date(),
  database = db,
  provider = parseDatabaseUrl().provider,
}: { now?: Date; database?: Database; provider?: "sqlite" | "postgresql" } = {}) {
  const db = database;
  const today = startOfDay(now);
  const registered: Prisma.AgreementWhereInput = { archived: false };
  // Active as people see it: not past its last day.
  const active: Prisma.AgreementWhereInput = { archived: false, status: "ACTIVE", OR: [{ endsOn: null }, { endsOn: { gte: today } }] };
  const partnerOfActive = { role: { not: "OUR_INSTITUTION" as const }, agreement: active };

  const yearExpression = provider === "postgresql" ? `to_char("signedOn", 'YYYY')` : `substr("signedOn", 1, 4)`;

  const [byStatus, lapsed, windows, perYear, kinds, countries, focus, recent] = await Promise.all([
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
    Promise.all(
      (["UNIVERSITY", "GOVERNMENT", "COMPANY", "RESEARCH_INSTITUTE", "UNIT", "OTHER"] as const).map(async (kind) => ({
        kind,
        count: await db.agreement.count({ where: { ...active, parties: { some: { role: { not: "OUR_INSTITUTION" }, organization: { kind } } } } }),
      })),
    ),
    db.agreementParty
      .findMany({ where: partnerOfActive, select: { organization: { select: { country: true } } }, distinct: ["organizationId"] })
      .then(async (parties) => {
        // The countries with the most partners are counted exactly; the rest are left out of the chart.
        const partners = new Map<string, number>();
        for (const p of parties) partners.set(p.organization.country ?? "Not recorded", (partners.get(p.organization.country ?? "Not recorded") ?? 0) + 1);
        const top = [...partners.entries()].sort((a, b) => b[1] - a[1]).slice(0, TOP_COUNTRIES).map(([country]) => country);
        const counted = await Promise.all(
          top.map(async (country) => ({
            country,
            count: await db.agreement.count({
              where: { ...active, parties: { some: { role: { not: "OUR_INSTITUTION" }, organization: { country: country === "Not recorded" ? null : country } } } },
            }),
          })),
        );
        return counted.sort((a, b) => b.count - a.count);
      }),
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
