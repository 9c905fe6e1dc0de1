// Real databases for integration tests: a fresh SQLite file, or a fresh PostgreSQL
// database created and dropped by the test. The global setup migrates one base
// database per provider with the project's own migrations (through the same CLI
// wrapper `npm start` uses); each test then gets a copy of it, which is much
// faster than migrating again (the habit of the Epic Stack).
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { inject } from "vitest";
// @ts-expect-error: a plain ES module script without type declarations
import { runPrisma } from "../../scripts/prisma.mjs";
import { createPrismaClient, type Database } from "../../lib/prisma-client";

export type Provider = "sqlite" | "postgresql";
export const PROVIDERS: Provider[] = ["sqlite", "postgresql"];

/** Where the tests may create and drop their own PostgreSQL databases. */
export const POSTGRES_ADMIN_URL = process.env.PACTA_TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

declare module "vitest" {
  export interface ProvidedContext {
    sqliteBaseFile: string;
    postgresTemplate: string;
  }
}

export interface TestDatabase {
  provider: Provider;
  url: string;
  db: Database;
  drop(): Promise<void>;
}

export function migrate(url: string) {
  const status = runPrisma(["migrate", "deploy"], { DATABASE_URL: url }, { quiet: true });
  if (status !== 0) throw new Error(`prisma migrate deploy failed for ${url}`);
}

export async function withAdminClient<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(
      `PostgreSQL is not reachable at ${POSTGRES_ADMIN_URL} (${(error as Error).message}). ` +
        "The integration tests need it: start it, or set PACTA_TEST_POSTGRES_URL to a server where tests may create databases.",
    );
  }
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export function postgresUrl(database: string): string {
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${database}`;
  return url.toString();
}

/** The file of a SQLite database URL (file:/path/to.db). */
export const sqliteFile = (url: string) => url.slice("file:".length);

export const uniqueName = (prefix = "pacta_test") => `${prefix}_${process.pid}_${randomBytes(4).toString("hex")}`;

/** An empty database of the provider (from `template`, when given). */
export async function createEmptyDatabase(
  provider: Provider,
  template?: string,
): Promise<{ url: string; drop(): Promise<void> }> {
  const name = uniqueName();
  if (provider === "sqlite") {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pacta-test-"));
    const file = path.join(dir, `${name}.db`);
    if (template) fs.copyFileSync(template, file);
    return { url: `file:${file}`, drop: async () => fs.rmSync(dir, { recursive: true, force: true }) };
  }
  await withAdminClient(async (client) => {
    const sql = template ? `CREATE DATABASE "${name}" TEMPLATE "${template}"` : `CREATE DATABASE "${name}"`;
    // Copying a template fails while another copy of it is being made: try again shortly.
    for (let attempt = 1; ; attempt++) {
      try {
        await client.query(sql);
        return;
      } catch (error) {
        if (attempt >= 20 || !/being accessed by other users/.test((error as Error).message)) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
      }
    }
  });
  return {
    url: postgresUrl(name),
    drop: () => withAdminClient((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => {}),
  };
}

/** A fresh, migrated database of the provider with a client connected to it. */
export async function createTestDatabase(provider: Provider): Promise<TestDatabase> {
  const empty = await createEmptyDatabase(provider, provider === "sqlite" ? inject("sqliteBaseFile") : inject("postgresTemplate"));
  const db = createPrismaClient(empty.url);
  return {
    provider,
    url: empty.url,
    db,
    drop: async () => {
      await db.$disconnect();
      await empty.drop();
    },
  };
}

/**
 * A second client of the database at `url` that records every statement it sends, for tests that
 * count statements (an N+1 shows as a count that grows with the data). Empty `statements` between counts.
 */
export function countingClient(url: string): { client: Database; statements: string[] } {
  const statements: string[] = [];
  return { client: createPrismaClient(url, { onQuery: (sql) => statements.push(sql) }), statements };
}
