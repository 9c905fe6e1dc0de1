// Which of the project's migrations a database has not applied: the folders of its
// provider's migrations (prisma/migrations or prisma/postgresql/migrations) against the
// finished rows of Prisma's own table. Used when the database is prepared (scripts/prepare-database.ts)
// and by the readiness check (lib/health/readiness.ts).
import fs from "node:fs";
import path from "node:path";
import { SCHEMA_PATHS, type DatabaseTarget } from "./database-url";
import type { Database } from "./prisma-client";

/** The migrations folder of a provider, from the working directory (the project's root when it runs). */
export function migrationsFolder(provider: keyof typeof SCHEMA_PATHS): string {
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), path.dirname(SCHEMA_PATHS[provider]), "migrations");
}

/** The migrations' names in the folder, oldest first. */
export function availableMigrations(folder: string): string[] {
  return fs
    .readdirSync(/*turbopackIgnore: true*/ folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/**
 * Migrations in the folder that the database has not applied (all of them when it has no
 * migrations table yet: a new database). Errors of the database itself (unreachable) are thrown
 * only when `strict`; otherwise they count as "no table".
 */
export async function pendingMigrations(db: Database, folder: string, { strict = false } = {}): Promise<string[]> {
  const available = availableMigrations(folder);
  let applied: { migration_name: string }[];
  try {
    applied = await db.$queryRawUnsafe<{ migration_name: string }[]>(
      `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
  } catch (error) {
    if (strict) throw error;
    return available;
  }
  const names = new Set(applied.map((row) => row.migration_name));
  return available.filter((name) => !names.has(name));
}

/**
 * The PostgreSQL advisory lock that preparing a database holds ("PACTA" in ASCII): several servers
 * started at once (a rolling update, two machines booting) prepare the database one after another,
 * so migrations, search documents and the seed are applied once while the others wait. Prisma's own
 * migrate lock covers only the migrate step and gives up after ten seconds.
 */
export const PREPARE_LOCK_KEY = 0x5041435441;

/**
 * Runs `work` while holding the preparation lock on the PostgreSQL database at `url` (a connection of
 * its own, so the lock lasts however `work` reaches the database, a child process included), released
 * when it ends or fails. `onWait` is called once if another process holds it. SQLite needs no lock:
 * one machine's processes, and the migrate command locks the file.
 */
export async function withPreparationLock<T>(target: DatabaseTarget, work: () => Promise<T>, onWait: () => void = () => {}): Promise<T> {
  if (target.provider !== "postgresql") return work();
  const { Client } = await import("pg");
  const client = new Client({ connectionString: target.url });
  await client.connect();
  try {
    const [{ locked }] = (await client.query<{ locked: boolean }>("SELECT pg_try_advisory_lock($1) AS locked", [PREPARE_LOCK_KEY])).rows;
    if (!locked) {
      onWait();
      await client.query("SELECT pg_advisory_lock($1)", [PREPARE_LOCK_KEY]);
    }
    return await work();
  } finally {
    // Closing the connection releases the lock too; unlocking first says so plainly.
    await client.query("SELECT pg_advisory_unlock($1)", [PREPARE_LOCK_KEY]).catch(() => {});
    await client.end();
  }
}
