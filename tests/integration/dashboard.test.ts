// The dashboard's figures on real SQLite and PostgreSQL databases.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dashboardFigures } from "@/lib/reports/dashboard";
import { seedArticle } from "@/prisma/seed/article-seed";
import { PROVIDERS, createTestDatabase, type TestDatabase } from "../support/databases";
import { createTestAgreement, createUser } from "../support/factories";

const now = new Date("2026-11-26T09:00:00Z");

describe.each(PROVIDERS)("the dashboard on %s", (provider) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(provider);
    await seedArticle(t.db);
    const editor = await createUser(t.db, "EDITOR");
    const talent = await t.db.focusArea.findFirstOrThrow({ where: { name: "Talent exchange and cooperation" } });
    // Ended last month without anyone marking it: counts as expired, not active.
    await createTestAgreement(t.db, editor, { status: "ACTIVE", signedOn: "2021-03-01", expiresOn: "2026-10-31" });
    // Ends in 45 days with 30 days' notice: in the 90-day window; its notice deadline in 15 days.
    await createTestAgreement(t.db, editor, { status: "ACTIVE", signedOn: "2024-01-10", expiresOn: "2027-01-10", noticePeriodDays: 30, focusAreaIds: [talent.id] });
    const archived = await createTestAgreement(t.db, editor, { status: "ACTIVE", signedOn: "2024-02" });
    await t.db.agreement.update({ where: { reference: archived.reference }, data: { archived: true } });
  });
  afterAll(async () => t?.drop());

  it("counts agreements by status, showing lapsed active ones as expired and leaving archived ones out", async () => {
    const figures = await dashboardFigures({ now, database: t.db });
    expect(figures.total).toBe(11);
    expect(figures.statusCounts).toMatchObject({ ACTIVE: 9, EXPIRED: 1, RENEWED: 1, DRAFT: 0 });
  });

  it("counts what ends and whose notice falls due within 30, 90 and 180 days", async () => {
    const figures = await dashboardFigures({ now, database: t.db });
    expect(figures.windows).toEqual([
      { days: 30, ending: 0, notice: 1 },
      { days: 90, ending: 1, notice: 1 },
      { days: 180, ending: 1, notice: 1 },
    ]);
  });

  it("counts signatures per year, and active agreements by partner kind, country and focus area", async () => {
    const figures = await dashboardFigures({ now, database: t.db });
    // Every year from the first signature to the last, the years without any included (issue #22).
    const counts: Record<string, number> = { "2010": 1, "2020": 8, "2021": 1, "2024": 1 };
    expect(figures.perYear).toEqual(Array.from({ length: 15 }, (_, i) => ({ year: String(2010 + i), count: counts[String(2010 + i)] ?? 0 })));
    expect(figures.byKind).toEqual([
      { kind: "UNIVERSITY", count: 1 },
      { kind: "GOVERNMENT", count: 4 },
      { kind: "COMPANY", count: 4 },
    ]);
    expect(figures.byCountry).toEqual([{ country: "CN", count: 9 }]);
    expect(figures.byFocusArea.find((f) => f.name === "Talent exchange and cooperation")?.count).toBe(2);
    expect(figures.byFocusArea.find((f) => f.name === "Belt and Road Initiative")?.count).toBe(1);
    expect(figures.recent.length).toBe(8);
    expect(figures.recent.every((e) => e.entityType === "Agreement" && e.reference)).toBe(true);
  });
});
