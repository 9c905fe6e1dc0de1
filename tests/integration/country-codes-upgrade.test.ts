// Upgrading a database of the previous release: its free-text countries become ISO codes, and
// what could not be recognised is kept and listed for an administrator (decision 020).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
// @ts-expect-error: a plain ES module script without type declarations
import { runPrisma } from "../../scripts/prisma.mjs";
import { createPrismaClient } from "@/lib/prisma-client";
import { createEmptyDatabase, PROVIDERS, type Provider } from "../support/databases";

/** The migration that turned countries into codes: the previous release had every migration before it. */
const COUNTRY_CODES_MIGRATION = "20261201070000_bilingual_reference_data_and_country_codes";
const FOLDERS = { sqlite: "prisma/migrations", postgresql: "prisma/postgresql/migrations" };

/** Countries as people typed them into the previous release, and what each becomes. */
const TYPED: [string | null, string | null, string | null][] = [
  // [as recorded, code after the upgrade, kept as recorded]
  ["China", "CN", null],
  ["  china ", "CN", null],
  ["中国", "CN", null],
  ["P.R. China", "CN", null],
  ["Germany", "DE", null],
  ["德国", "DE", null],
  ["UK", "GB", null],
  ["United States", "US", null],
  ["USA", "US", null],
  ["Korea", "KR", null],
  ["韩国", "KR", null],
  ["Côte d’Ivoire", "CI", null],
  ["Hong Kong", "HK", null],
  ["jp", "JP", null],
  ["Åland Islands", "AX", null],
  ["Atlantis", null, "Atlantis"],
  ["Guangxi, China", null, "Guangxi, China"],
  ["", null, null],
  [null, null, null],
];

describe.each(PROVIDERS)("the upgrade to country codes on %s", (provider: Provider) => {
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  it("maps the previous release's free-text countries to codes and keeps the ones it could not map", { timeout: 120_000 }, async () => {
    const folder = FOLDERS[provider];
    const all = fs.readdirSync(folder).filter((name) => fs.statSync(path.join(folder, name)).isDirectory()).sort();
    expect(all).toContain(COUNTRY_CODES_MIGRATION);
    const older = fs.mkdtempSync(path.join(os.tmpdir(), "pacta-before-country-codes-"));
    for (const name of all.filter((n) => n < COUNTRY_CODES_MIGRATION)) fs.cpSync(path.join(folder, name), path.join(older, name), { recursive: true });
    const database = await createEmptyDatabase(provider);
    cleanups.push(database.drop, async () => fs.rmSync(older, { recursive: true, force: true }));
    expect(runPrisma(["migrate", "deploy"], { DATABASE_URL: database.url, PACTA_MIGRATIONS_DIR: older }, { quiet: true })).toBe(0);

    // Written with the columns the previous release had.
    let db = createPrismaClient(database.url);
    try {
      for (const [index, [country]] of TYPED.entries()) {
        await db.$executeRaw`INSERT INTO "Organization" ("id", "name", "kind", "country", "updatedAt") VALUES (${`org-${index}`}, ${`Organisation ${index}`}, 'UNIVERSITY', ${country}, CURRENT_TIMESTAMP)`;
      }
      await db.$executeRaw`INSERT INTO "AgreementType" ("id", "code", "name") VALUES ('type-mou', 'MOU', 'Memorandum of understanding'), ('type-own', 'OWN', 'Our own type')`;
      await db.$executeRaw`INSERT INTO "FocusArea" ("id", "name") VALUES ('focus-materials', 'Materials')`;
    } finally {
      await db.$disconnect();
    }

    expect(runPrisma(["migrate", "deploy"], { DATABASE_URL: database.url }, { quiet: true })).toBe(0);
    db = createPrismaClient(database.url);
    try {
      const rows = await db.organization.findMany({ select: { id: true, country: true, countryAsRecorded: true } });
      const byId = new Map(rows.map((r) => [r.id, r]));
      expect(TYPED.map(([typed], index) => [typed, byId.get(`org-${index}`)?.country ?? null, byId.get(`org-${index}`)?.countryAsRecorded ?? null])).toEqual(TYPED);
      // Every stored country is now an upper-case ISO code; the unmapped ones are the administrator's list.
      expect(rows.every((r) => r.country === null || /^[A-Z]{2}$/.test(r.country))).toBe(true);
      expect((await db.organization.findMany({ where: { countryAsRecorded: { not: null } }, select: { countryAsRecorded: true }, orderBy: { countryAsRecorded: "asc" } })).map((r) => r.countryAsRecorded)).toEqual([
        "Atlantis",
        "Guangxi, China",
      ]);
      // The demo data's types and focus areas got their Chinese names; others are left for an administrator.
      expect(await db.agreementType.findMany({ select: { code: true, localName: true }, orderBy: { code: "asc" } })).toEqual([
        { code: "MOU", localName: "合作备忘录" },
        { code: "OWN", localName: null },
      ]);
      expect(await db.focusArea.findMany({ select: { localName: true } })).toEqual([{ localName: "材料" }]);
      // The temporary table of names is gone.
      const leftover =
        provider === "sqlite"
          ? await db.$queryRaw<unknown[]>`SELECT name FROM sqlite_master WHERE name = '_CountryName'`
          : await db.$queryRaw<unknown[]>`SELECT table_name FROM information_schema.tables WHERE table_name = '_CountryName'`;
      expect(leftover).toEqual([]);
    } finally {
      await db.$disconnect();
    }
  });
});
