// The generated demo portfolio on a real database: realistic, deterministic, and leaving
// the news release's records exactly as they are.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/prisma-client";
import { seedDemoPortfolio } from "@/prisma/seed/demo-portfolio";
import { createTestDatabase, type TestDatabase } from "../support/databases";

const portfolio = (db: Database) =>
  db.agreement.findMany({
    orderBy: { reference: "asc" },
    select: { reference: true, title: true, status: true, signedOn: true, signedOnPrecision: true, endsOn: true, renewalOf: { select: { reference: true } } },
  });

describe("the demo portfolio", () => {
  let a: TestDatabase;
  let b: TestDatabase;
  beforeAll(async () => {
    [a, b] = await Promise.all([createTestDatabase("sqlite"), createTestDatabase("sqlite")]);
    await seedDemoPortfolio(a.db, 600, 7);
    await seedDemoPortfolio(b.db, 600, 7);
  });
  afterAll(async () => {
    await a?.drop();
    await b?.drop();
  });

  it("is the same every time for the same count and seed", async () => {
    expect(await portfolio(a.db)).toEqual(await portfolio(b.db));
  });

  it("adds the agreements asked for, next to the release's nine, which stay as they were", async () => {
    expect(await a.db.agreement.count()).toBe(609);
    const renewal = await a.db.agreement.findUniqueOrThrow({ where: { reference: "AG-2020-0001" }, select: { title: true, renewalOf: { select: { reference: true } } } });
    expect(renewal).toEqual({ title: "Strategic Cooperation Framework Agreement", renewalOf: { reference: "AG-2010-0001" } });
  });

  it("spreads over twenty years, every precision, many statuses and countries, with renewal chains up to five deep", async () => {
    const rows = await portfolio(a.db);
    const years = new Set(rows.map((r) => r.signedOn?.getUTCFullYear()));
    expect(years.size).toBeGreaterThanOrEqual(18);
    expect(new Set(rows.map((r) => r.signedOnPrecision))).toEqual(new Set(["DAY", "MONTH", "YEAR"]));
    expect(new Set(rows.map((r) => r.status)).size).toBeGreaterThanOrEqual(5);
    const countries = await a.db.organization.findMany({ where: { isOwnInstitution: false }, select: { country: true }, distinct: ["country"] });
    expect(countries.length).toBeGreaterThanOrEqual(8);
    const parent = new Map(rows.map((r) => [r.reference, r.renewalOf?.reference ?? null]));
    const depth = (reference: string): number => (parent.get(reference) ? 1 + depth(parent.get(reference)!) : 1);
    const depths = rows.map((r) => depth(r.reference));
    expect(Math.max(...depths)).toBeLessThanOrEqual(5);
    expect(Math.max(...depths)).toBeGreaterThanOrEqual(3);
    const localNames = await a.db.organization.count({ where: { localName: { not: null }, isOwnInstitution: false } });
    expect(localNames).toBeGreaterThan(10);
  });

  it("changes nothing when run again", async () => {
    const before = await a.db.agreement.count();
    expect((await seedDemoPortfolio(a.db, 600, 7)).created).toBe(false);
    expect(await a.db.agreement.count()).toBe(before);
  });
});
