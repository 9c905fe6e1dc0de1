// The migrations of each provider apply to an empty database, again without effect,
// and build exactly the database that the Prisma schema describes.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Sqlite from "better-sqlite3";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
// @ts-expect-error: a plain ES module script without type declarations
import { capturePrisma, runPrisma } from "../../scripts/prisma.mjs";
import { attemptSignIn } from "@/lib/auth/sign-in";
import { hashPassword } from "@/lib/auth/password";
import { createPrismaClient } from "@/lib/prisma-client";
import { seedArticle } from "@/prisma/seed/article-seed";
import { createEmptyDatabase, createTestDatabase, migrate, PROVIDERS, type Provider } from "../support/databases";
import { listAgreements } from "@/lib/agreements/queries";
import { parseListParams } from "@/lib/agreements/list-params";

/** The first migration the previous release did not have (the upgrade test applies it and all after it). */
const FIRST_MIGRATION_AFTER_PREVIOUS_RELEASE = "20261126200000_search_documents_and_list_indexes";

const SCHEMAS = { sqlite: "prisma/schema.prisma", postgresql: "prisma/postgresql/schema.prisma" };

/**
 * Indexes only the migrations create, because Prisma's schema cannot declare them: PostgreSQL's
 * walks of the list's NULLS LAST order (decision 031). Nothing else may differ from the schema.
 */
const BEYOND_THE_SCHEMA: Record<Provider, string[]> = {
  sqlite: [],
  postgresql: ["Agreement_newest_first_by_status_idx", "Agreement_newest_first_idx"],
};

/** Builds a database straight from the schema (what `db push` does, which fails on PostgreSQL in adapter mode). */
async function createFromSchema(provider: Provider, url: string) {
  const script: string = capturePrisma(
    ["migrate", "diff", "--from-empty", "--to-schema-datamodel", SCHEMAS[provider], "--script"],
    { DATABASE_URL: url },
  );
  if (provider === "sqlite") {
    const db = new Sqlite(url.slice("file:".length));
    db.exec(script);
    db.close();
    return;
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(script);
  await client.end();
}

async function describeDatabase(provider: Provider, url: string): Promise<string[]> {
  if (provider === "sqlite") {
    // Compared column by column, not as CREATE TABLE text: ALTER TABLE appends columns at the end.
    const db = new Sqlite(url.slice("file:".length), { readonly: true });
    try {
      const tables = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name != '_prisma_migrations'";
      const columns = db
        .prepare(`SELECT t.name AS tbl, c.name, c.type, c."notnull" AS required, c.dflt_value AS dflt, c.pk FROM (${tables}) t, pragma_table_info(t.name) c ORDER BY t.name, c.name`)
        .all() as Record<string, unknown>[];
      const keys = db
        .prepare(`SELECT t.name AS tbl, f."from", f."table", f."to", f.on_update, f.on_delete FROM (${tables}) t, pragma_foreign_key_list(t.name) f ORDER BY t.name, f."from"`)
        .all() as Record<string, unknown>[];
      const indexes = db
        .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%' ORDER BY name")
        .all() as { name: string; sql: string | null }[];
      return [
        ...columns.map((c) => `column ${JSON.stringify(c)}`),
        ...keys.map((k) => `foreign key ${JSON.stringify(k)}`),
        ...indexes.map((i) => `index ${i.name}: ${(i.sql ?? "").replace(/\s+/g, " ")}`),
      ];
    } finally {
      db.close();
    }
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const columns = await client.query(
      `SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default
         FROM information_schema.columns WHERE table_schema = 'public' AND table_name != '_prisma_migrations'
        ORDER BY table_name, column_name`,
    );
    const indexes = await client.query(
      `SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename != '_prisma_migrations' ORDER BY indexname`,
    );
    const constraints = await client.query(
      `SELECT conname, pg_get_constraintdef(oid) AS def FROM pg_constraint
        WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text NOT LIKE '%_prisma_migrations%' ORDER BY conname`,
    );
    const enums = await client.query(
      `SELECT t.typname, string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder) AS labels
         FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY t.typname ORDER BY t.typname`,
    );
    return [
      ...columns.rows.map((r) => `column ${r.table_name}.${r.column_name} ${r.data_type}/${r.udt_name} ${r.is_nullable} ${r.column_default}`),
      ...indexes.rows.map((r) => `index ${r.indexname}: ${r.indexdef}`),
      ...constraints.rows.map((r) => `constraint ${r.conname}: ${r.def}`),
      ...enums.rows.map((r) => `enum ${r.typname}: ${r.labels}`),
    ];
  } finally {
    await client.end();
  }
}

/**
 * Copies every row of `from` (built by all migrations) into `to` (built by older ones),
 * keeping only the columns the older database has: its data as the older release would
 * have written it, whatever the current client insists on writing.
 */
async function copyRowsIntoOlder(provider: Provider, from: string, to: string) {
  if (provider === "sqlite") {
    const db = new Sqlite(to.slice("file:".length));
    try {
      db.pragma("foreign_keys = OFF");
      db.prepare("ATTACH DATABASE ? AS source").run(from.slice("file:".length));
      const tables = db.prepare("SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name != '_prisma_migrations'").all() as { name: string }[];
      for (const { name } of tables) {
        const columns = (db.prepare("SELECT name FROM pragma_table_info(?)").all(name) as { name: string }[]).map((c) => `"${c.name}"`).join(", ");
        db.exec(`INSERT INTO main."${name}" (${columns}) SELECT ${columns} FROM source."${name}"`);
      }
    } finally {
      db.close();
    }
    return;
  }
  const source = new pg.Client({ connectionString: from });
  const target = new pg.Client({ connectionString: to });
  await Promise.all([source.connect(), target.connect()]);
  try {
    await target.query("SET session_replication_role = replica"); // foreign keys unchecked while tables arrive in any order
    const tables = await target.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name != '_prisma_migrations'`);
    // A row holding an enum value the older release did not have (OUTSIDE_SOURCE, say) is one it could not have written.
    const labels = new Map<string, Set<string>>();
    for (const { typname, enumlabel } of (await target.query(`SELECT t.typname, e.enumlabel FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid`)).rows) {
      if (!labels.has(typname)) labels.set(typname, new Set());
      labels.get(typname)!.add(enumlabel);
    }
    for (const { table_name: table } of tables.rows) {
      const columns = (await target.query(`SELECT column_name, udt_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1`, [table])).rows;
      const list = columns.map((c) => `"${c.column_name}"`).join(", ");
      // Enum values travel as text and are cast back on insert.
      const casts = columns.map((c, i) => `$${i + 1}::"${c.udt_name}"`).join(", ");
      for (const row of (await source.query(`SELECT ${columns.map((c) => `"${c.column_name}"::text`).join(", ")} FROM "${table}"`)).rows) {
        const values = Object.values(row);
        if (columns.some((c, i) => labels.has(c.udt_name) && values[i] !== null && !labels.get(c.udt_name)!.has(values[i] as string))) continue;
        await target.query(`INSERT INTO "${table}" (${list}) VALUES (${casts})`, Object.values(row));
      }
    }
  } finally {
    await Promise.all([source.end(), target.end()]);
  }
}

/** The structure of a database built by every migration from empty. */
async function describeMigrated(provider: Provider, cleanups: (() => Promise<void>)[]) {
  const fresh = await createEmptyDatabase(provider);
  cleanups.push(fresh.drop);
  migrate(fresh.url);
  return describeDatabase(provider, fresh.url);
}

describe.each(PROVIDERS)("migrations on %s", (provider) => {
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const cleanup of cleanups) await cleanup();
  });

  // Migrating PostgreSQL through the CLI takes about 11 s here: its schema engine leaves a 10 s timer behind.
  it("apply to an empty database, and applying them again is a no-op", { timeout: 120_000 }, async () => {
    const database = await createEmptyDatabase(provider);
    cleanups.push(database.drop);
    migrate(database.url);
    const once = await describeDatabase(provider, database.url);
    expect(once.length).toBeGreaterThan(20);
    migrate(database.url);
    expect(await describeDatabase(provider, database.url)).toEqual(once);
  });

  it("upgrade a database built and filled by the previous release's migrations, keeping its data", { timeout: 120_000 }, async () => {
    const folder = path.dirname(SCHEMAS[provider]) + "/migrations";
    const all = fs.readdirSync(folder).filter((name) => fs.statSync(path.join(folder, name)).isDirectory()).sort();
    const older = fs.mkdtempSync(path.join(os.tmpdir(), "pacta-older-migrations-"));
    // The previous release ended before the search documents; everything since is the upgrade.
    const previous = all.filter((name) => name < FIRST_MIGRATION_AFTER_PREVIOUS_RELEASE);
    expect(previous.length).toBeGreaterThan(0);
    expect(previous.length).toBeLessThan(all.length);
    for (const name of previous) fs.cpSync(path.join(folder, name), path.join(older, name), { recursive: true });
    const database = await createEmptyDatabase(provider);
    cleanups.push(database.drop, async () => fs.rmSync(older, { recursive: true, force: true }));
    const status = runPrisma(["migrate", "deploy"], { DATABASE_URL: database.url, PACTA_MIGRATIONS_DIR: older }, { quiet: true });
    expect(status).toBe(0);

    // Fill it as that release would have: the seed, and an account written with the columns it had.
    const current = await createTestDatabase(provider);
    cleanups.push(current.drop);
    await seedArticle(current.db);
    // The previous release required a title: the untitled agreements of the seed had one then.
    await current.db.$executeRaw`UPDATE "Agreement" SET "title" = 'Agreement with ' || "reference" WHERE "title" IS NULL`;
    await current.db.$disconnect();
    await copyRowsIntoOlder(provider, current.url, database.url);
    let db = createPrismaClient(database.url);
    try {
      const hash = await hashPassword("an older account's password", { logN: 10, r: 8, p: 1 });
      await db.$executeRaw`INSERT INTO "User" ("id", "email", "name", "passwordHash", "role", "active", "updatedAt") VALUES ('older-user', 'older@example.edu', 'Older', ${hash}, 'EDITOR', true, CURRENT_TIMESTAMP)`;
      // An agreement that renews automatically, as the previous release stored it (its first term's end).
      await db.$executeRaw`UPDATE "Agreement" SET "automaticRenewal" = true, "termMonths" = 12, "expiresOn" = "signedOn", "expiresOnPrecision" = "signedOnPrecision", "endsOn" = "signedOn" WHERE "reference" = (SELECT MIN("reference") FROM "Agreement" WHERE "signedOn" IS NOT NULL)`;
      const snapshot = () =>
        db.agreement.findMany({
          orderBy: { reference: "asc" },
          select: { reference: true, title: true, status: true, signedOn: true, endsOn: true, parties: { select: { organizationId: true, role: true }, orderBy: { order: "asc" } } },
        });
      const before = { agreements: await snapshot(), organizations: await db.organization.count(), audit: await db.auditEvent.count() };
      expect(before.agreements.length).toBeGreaterThan(5);

      // The current migrations, as `npm start` applies them: before the server opens the database.
      await db.$disconnect();
      const prepared = spawnSync(process.execPath, ["--import", "tsx", "scripts/prepare-database.ts", "--no-seed"], {
        env: { ...process.env, DATABASE_URL: database.url },
        encoding: "utf8",
      });
      expect(prepared.status, prepared.stderr).toBe(0);
      expect(prepared.stdout).toMatch(/Built the search documents of \d+ agreement/);
      db = createPrismaClient(database.url);
      expect(await snapshot()).toEqual(before.agreements);
      // Agreements written before "known, unknown, none" (decision 022) keep their titles and are KNOWN throughout, with no other names.
      const knowledge = await db.agreement.findMany({ select: { title: true, titleKnowledge: true, signatoriesKnowledge: true, focusAreasKnowledge: true, termKnowledge: true } });
      for (const a of knowledge) expect(a).toEqual({ title: expect.stringMatching(/\S/), titleKnowledge: "KNOWN", signatoriesKnowledge: "KNOWN", focusAreasKnowledge: "KNOWN", termKnowledge: "KNOWN" });
      expect(await db.agreementName.count()).toBe(0);
      expect(await db.organization.count()).toBe(before.organizations);
      expect(await db.auditEvent.count()).toBe(before.audit);
      // The account still signs in, with the new columns at their defaults.
      expect(await attemptSignIn(db, { email: "older@example.edu", password: "an older account's password" })).toMatchObject({ status: "signed-in", user: { sessionVersion: 1 } });
      expect(await db.user.findUniqueOrThrow({ where: { email: "older@example.edu" }, select: { reminderScope: true, reminderDays: true } })).toEqual({
        reminderScope: "OWNED",
        reminderDays: "180,90,30",
      });
      // It still renews automatically and counts as running (the refresh moves its stored end on);
      // every other agreement keeps its end, and recorded status changes took effect when recorded.
      expect(await db.agreement.findMany({ where: { rollsOver: true }, select: { automaticRenewal: true, termMonths: true } })).toEqual([{ automaticRenewal: true, termMonths: 12 }]);
      expect(await db.statusChange.count({ where: { effectiveOn: { not: null } } })).toBe(0);
      // Every agreement got its search document, and the planner statistics know the new indexes.
      expect(await db.agreement.count({ where: { searchText: null } })).toBe(0);
      expect((await listAgreements(parseListParams({ q: "柳州" }), { database: db })).total).toBeGreaterThan(0);
      const analyzed =
        provider === "sqlite"
          ? await db.$queryRaw<unknown[]>`SELECT 1 FROM sqlite_stat1 WHERE idx = 'Agreement_status_archived_signedOn_reference_endsOn_partnerKinds_searchText_idx'`
          : await db.$queryRaw<unknown[]>`SELECT 1 FROM pg_stat_user_tables WHERE relname = 'Agreement' AND last_analyze IS NOT NULL`;
      expect(analyzed).toHaveLength(1);
      expect(await describeDatabase(provider, database.url)).toEqual(await describeMigrated(provider, cleanups));
    } finally {
      await db.$disconnect();
    }
  });

  it("build the same database as the schema describes (no drift between schema and migrations)", { timeout: 120_000 }, async () => {
    const migrated = await createEmptyDatabase(provider);
    const pushed = await createEmptyDatabase(provider);
    cleanups.push(migrated.drop, pushed.drop);
    migrate(migrated.url);
    await createFromSchema(provider, pushed.url);
    const described = await describeDatabase(provider, migrated.url);
    const beyond = (line: string) => BEYOND_THE_SCHEMA[provider].some((name) => line.startsWith(`index ${name}: `));
    expect(described.filter(beyond)).toHaveLength(BEYOND_THE_SCHEMA[provider].length);
    expect(described.filter((line) => !beyond(line))).toEqual(await describeDatabase(provider, pushed.url));
  });
});
