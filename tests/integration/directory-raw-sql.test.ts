// The organisations directory reads its page, counts and total in one raw statement (decision 027).
// It must give exactly what the Prisma query it replaced gave: the same rows in the same order,
// the same counts and total, for every filter, search and page, on both databases.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listOrganizations } from "@/lib/organizations/queries";
import { listPeople } from "@/lib/people/queries";
import { keepSortKeysCurrent } from "@/lib/organizations/sort-keys";
import { containsText } from "@/lib/text-search";
import { dialectOf, type Database } from "@/lib/prisma-client";
import type { Locale } from "@/lib/i18n/locales";
import { seedDemoPortfolio } from "@/prisma/seed/demo-portfolio";
import { PROVIDERS, createTestDatabase, type TestDatabase } from "../support/databases";

/** The directory's page as Prisma read it before decision 027: the reference the raw statement must match. */
async function prismaDirectoryPage(database: Database, { q, kind, page = 1, locale }: { q?: string; kind?: string; page?: number; locale: Locale }) {
  const contains = (text: string) => containsText(text, dialectOf(database));
  const where = {
    ...(kind ? { kind: kind as never } : {}),
    ...(q ? { OR: [{ name: contains(q) }, { localName: contains(q) }, { acronym: contains(q) }, { otherNames: { some: { name: contains(q) } } }] } : {}),
  };
  const [rows, total] = await Promise.all([
    database.organization.findMany({
      where,
      orderBy: [{ [locale === "zh-CN" ? "localSortKey" : "sortKey"]: "asc" }, { id: "asc" }],
      skip: (page - 1) * 50,
      take: 50,
      select: {
        id: true,
        name: true,
        localName: true,
        acronym: true,
        kind: true,
        country: true,
        city: true,
        isOwnInstitution: true,
        parent: { select: { id: true, name: true } },
        _count: { select: { parties: true, units: true, people: true } },
      },
    }),
    database.organization.count({ where }),
  ]);
  return { rows, total };
}

/** The people directory's page as Prisma read it before decision 027. */
async function prismaPeoplePage(database: Database, { q, page = 1, locale }: { q?: string; page?: number; locale: Locale }) {
  const contains = (text: string) => containsText(text, dialectOf(database));
  const where = q ? { OR: [{ name: contains(q) }, { localName: contains(q) }, { position: contains(q) }, { organization: { name: contains(q) } }] } : {};
  const [rows, total] = await Promise.all([
    database.person.findMany({
      where,
      orderBy: [{ [locale === "zh-CN" ? "localSortKey" : "sortKey"]: "asc" }, { id: "asc" }],
      skip: (page - 1) * 50,
      take: 50,
      select: { id: true, name: true, localName: true, position: true, organization: { select: { id: true, name: true } }, _count: { select: { participations: true } } },
    }),
    database.person.count({ where }),
  ]);
  return { rows, total };
}

describe.each(PROVIDERS)("the directories' one statement on %s", (provider) => {
  let t: TestDatabase;

  beforeAll(async () => {
    t = await createTestDatabase(provider);
    await seedDemoPortfolio(t.db, 400, 5);
    // Names a search could treat differently: wildcards, case, another name only, a unit with people.
    const parent = await t.db.organization.create({ data: { name: "Percent 100% Institute", acronym: "P_I", kind: "RESEARCH_INSTITUTE", country: "DE", city: "Bonn" } });
    const unit = await t.db.organization.create({ data: { name: "Lab of Underscores_and Such", kind: "UNIT", parentId: parent.id } });
    await t.db.person.create({ data: { name: "Ada Lab", organizationId: unit.id } });
    await t.db.organization.create({ data: { name: "Quiet Partner", localName: "安静伙伴", kind: "OTHER", otherNames: { create: [{ name: "Zyxwv Alias" }] } } });
    await keepSortKeysCurrent(t.db);
  }, 120_000);
  afterAll(async () => t?.drop());

  const cases: { q?: string; kind?: string; page?: number }[] = [
    {},
    { page: 2 },
    { page: 4 },
    { page: 400 },
    { kind: "UNIVERSITY" },
    { kind: "UNIT" },
    { kind: "COMPANY", page: 2 },
    { q: "university" },
    { q: "UNIVERSITY", page: 2 },
    { q: "大学" },
    { q: "zyxwv" },
    { q: "100%" },
    { q: "%" },
    { q: "_" },
    { q: "p_i" },
    { q: "s_a" },
    { q: "lab", kind: "UNIT" },
    { q: "no such name at all" },
  ];

  it.each(["en", "zh-CN"] as const)("gives the Prisma query's rows, counts and totals in %s", async (locale) => {
    let compared = 0;
    for (const filters of cases) {
      const expected = await prismaDirectoryPage(t.db, { ...filters, locale });
      const actual = await listOrganizations({ ...filters, locale, database: t.db });
      expect({ filters, rows: actual.rows, total: actual.total }).toEqual({ filters, rows: expected.rows, total: expected.total });
      compared += expected.rows.length;
    }
    // The cases are not all empty: the comparison covered real rows with counts.
    expect(compared).toBeGreaterThan(150);
    const first = await listOrganizations({ locale, database: t.db });
    expect(first.rows.some((r) => r._count.parties > 0)).toBe(true);
    const withUnit = await listOrganizations({ q: "Percent", locale, database: t.db });
    expect(withUnit.rows).toEqual([expect.objectContaining({ name: "Percent 100% Institute", _count: { parties: 0, units: 1, people: 0 }, parent: null })]);
    const unitRow = (await listOrganizations({ q: "Underscores", locale, database: t.db })).rows[0];
    expect(unitRow).toMatchObject({ parent: { name: "Percent 100% Institute" }, _count: { people: 1 }, isOwnInstitution: false });
  });

  it.each(["en", "zh-CN"] as const)("gives the people directory the Prisma query's rows, counts and totals in %s", async (locale) => {
    let compared = 0;
    const peopleCases: { q?: string; page?: number }[] = [{}, { page: 3 }, { page: 500 }, { q: "ada" }, { q: "LAB" }, { q: "percent" }, { q: "%" }, { q: "_" }, { q: "dean" }, { q: "大学" }, { q: "nobody at all" }];
    for (const filters of peopleCases) {
      const expected = await prismaPeoplePage(t.db, { ...filters, locale });
      const actual = await listPeople({ ...filters, locale, database: t.db });
      expect({ filters, rows: actual.rows, total: actual.total }).toEqual({ filters, rows: expected.rows, total: expected.total });
      compared += expected.rows.length;
    }
    expect(compared).toBeGreaterThan(100);
    expect((await listPeople({ locale, database: t.db })).rows.some((p) => p._count.participations > 0)).toBe(true);
    // Found by the name of the organisation (a unit) the person belongs to.
    expect((await listPeople({ q: "Underscores_and", locale, database: t.db })).rows).toEqual([expect.objectContaining({ name: "Ada Lab", organization: expect.objectContaining({ name: "Lab of Underscores_and Such" }) })]);
  });

  it("says the total on a page past the last", async () => {
    const all = await t.db.organization.count();
    expect(await listOrganizations({ page: 1000, locale: "en", database: t.db })).toMatchObject({ rows: [], total: all, page: 1000 });
  });

  it("keys rows made without keys before reading, and reads one statement when all are keyed", async () => {
    const made = await t.db.organization.create({ data: { name: "Aaaa Unkeyed First", kind: "OTHER" } });
    expect(await keepSortKeysCurrent(t.db)).toBe(1);
    expect((await t.db.organization.findUniqueOrThrow({ where: { id: made.id } })).sortKey).not.toBeNull();
    await t.db.person.create({ data: { name: "Unkeyed Person" } });
    expect(await keepSortKeysCurrent(t.db)).toBe(1);
    expect(await keepSortKeysCurrent(t.db)).toBe(0);
  });
});
