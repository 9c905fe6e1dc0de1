// The dashboard's figures, counted by the database, against a plain count of the same register
// in JavaScript; and the number of statements it sends, which must not grow with the register.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/prisma-client";
import { dashboardFigures } from "@/lib/reports/dashboard";
import { seedArticle } from "@/prisma/seed/article-seed";
import { seedDemoPortfolio } from "@/prisma/seed/demo-portfolio";
import { institutionToday } from "@/lib/dates/institution-time";
import { windowOfDays } from "@/lib/agreements/term";
import { PROVIDERS, countingClient, createTestDatabase, type TestDatabase } from "../support/databases";

const now = new Date("2026-11-26T09:00:00Z");

/** The figures the straightforward way: every agreement read, every rule applied by hand. */
async function countedByHand(db: Database) {
  const today = institutionToday(now);
  const agreements = await db.agreement.findMany({
    where: { archived: false },
    select: {
      status: true,
      signedOn: true,
      endsOn: true,
      noticeDeadline: true,
      rollsOver: true,
      parties: { select: { role: true, organization: { select: { kind: true, country: true } } } },
      focusAreas: { select: { focusArea: { select: { name: true } } } },
    },
  });
  const lapsed = (a: (typeof agreements)[number]) => a.status === "ACTIVE" && !a.rollsOver && a.endsOn !== null && a.endsOn < today;
  const active = agreements.filter((a) => a.status === "ACTIVE" && !lapsed(a));
  const statusCounts: Record<string, number> = {};
  for (const a of agreements) {
    const shown = lapsed(a) ? "EXPIRED" : a.status;
    statusCounts[shown] = (statusCounts[shown] ?? 0) + 1;
  }
  const years = new Map<string, number>();
  for (const a of agreements) if (a.signedOn) years.set(String(a.signedOn.getUTCFullYear()), (years.get(String(a.signedOn.getUTCFullYear())) ?? 0) + 1);
  const perAgreement = (values: (a: (typeof active)[number]) => (string | null)[]) => {
    const counts = new Map<string, number>();
    for (const a of active) for (const v of new Set(values(a))) counts.set(v ?? "Not recorded", (counts.get(v ?? "Not recorded") ?? 0) + 1);
    return counts;
  };
  const partners = (a: (typeof active)[number]) => a.parties.filter((p) => p.role !== "OUR_INSTITUTION").map((p) => p.organization);
  const within = (date: Date | null, days: number) => {
    const { from, to } = windowOfDays(days, now);
    return date !== null && date >= from && date <= to;
  };
  return {
    statusCounts,
    years,
    kinds: perAgreement((a) => partners(a).map((o) => o.kind)),
    countries: perAgreement((a) => partners(a).map((o) => o.country)),
    focus: perAgreement((a) => a.focusAreas.map((f) => f.focusArea.name)),
    windows: [30, 90, 180].map((days) => ({
      days,
      ending: agreements.filter((a) => a.status === "ACTIVE" && within(a.endsOn, days)).length,
      notice: agreements.filter((a) => a.status === "ACTIVE" && within(a.noticeDeadline, days)).length,
    })),
  };
}

describe.each(PROVIDERS)("the dashboard on a generated register (%s)", (provider) => {
  let t: TestDatabase;
  let statements: string[];
  let counted: Database;
  beforeAll(async () => {
    t = await createTestDatabase(provider);
    ({ client: counted, statements } = countingClient(t.url));
  });
  afterAll(async () => {
    await counted?.$disconnect();
    await t?.drop();
  });

  it("sends as many statements for a register of 1,500 agreements as for one of 11", async () => {
    await seedArticle(t.db);
    statements.length = 0;
    const small = await dashboardFigures({ now, database: counted });
    const forSmall = statements.length;
    await seedDemoPortfolio(t.db, 1_500, 11);
    statements.length = 0;
    const large = await dashboardFigures({ now, database: counted });
    expect(large.total).toBeGreaterThan(small.total + 1_000);
    expect(statements.length).toBe(forSmall);
    // Statuses, windows, years, partners' kinds and countries, partners without a country, focus areas,
    // recent events, their actors, and their agreements' references.
    expect(statements.length).toBeLessThanOrEqual(9);
  });

  it("gives the figures a plain count of every agreement gives", async () => {
    const figures = await dashboardFigures({ now, database: t.db });
    const expected = await countedByHand(t.db);
    expect(Object.fromEntries(Object.entries(figures.statusCounts).filter(([, n]) => n > 0))).toEqual(expected.statusCounts);
    expect(figures.windows).toEqual(expected.windows);
    expect(new Map(figures.perYear.filter((y) => y.count > 0).map((y) => [y.year, y.count]))).toEqual(expected.years);
    expect(new Map(figures.byKind.map((k) => [k.kind, k.count]))).toEqual(expected.kinds);
    expect(figures.byFocusArea.map((f) => [f.name, f.count]).sort()).toEqual([...expected.focus].sort());
    // The chart shows the ten countries with most active agreements.
    const topTen = [...expected.countries].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 10);
    expect(figures.byCountry.map((c) => [c.country, c.count])).toEqual(topTen);
    expect(figures.byKind.length).toBeGreaterThan(2);
    expect(figures.windows[2].ending).toBeGreaterThan(0);
  });

  it("lists every year from the first signature to the last, with 0 for a year without any", async () => {
    const figures = await dashboardFigures({ now, database: t.db });
    const years = figures.perYear.map((y) => Number(y.year));
    expect(years).toEqual(Array.from({ length: years.length }, (_, i) => years[0] + i));
    const { years: signed } = await countedByHand(t.db);
    expect(years[0]).toBe(Math.min(...[...signed.keys()].map(Number)));
    expect(years.at(-1)).toBe(Math.max(...[...signed.keys()].map(Number)));
  });
});
