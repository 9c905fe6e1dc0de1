// The migrations of each provider apply to an empty database, again without effect,
// and build exactly the database that the Prisma schema describes.
import Sqlite from "better-sqlite3";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
// @ts-expect-error: a plain ES module script without type declarations
import { capturePrisma } from "../../scripts/prisma.mjs";
import { createEmptyDatabase, migrate, PROVIDERS, type Provider } from "../support/databases";

const SCHEMAS = { sqlite: "prisma/schema.prisma", postgresql: "prisma/postgresql/schema.prisma" };

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

  it("build the same database as the schema describes (no drift between schema and migrations)", { timeout: 120_000 }, async () => {
    const migrated = await createEmptyDatabase(provider);
    const pushed = await createEmptyDatabase(provider);
    cleanups.push(migrated.drop, pushed.drop);
    migrate(migrated.url);
    await createFromSchema(provider, pushed.url);
    expect(await describeDatabase(provider, migrated.url)).toEqual(await describeDatabase(provider, pushed.url));
  });
});
