// Which of the project's migrations a database has not applied: the folders of its
// provider's migrations (prisma/migrations or prisma/postgresql/migrations) against the
// finished rows of Prisma's own table. Used when the database is prepared (scripts/prepare-database.ts)
// and by the readiness check (lib/health/readiness.ts).
import fs from "node:fs";
import path from "node:path";
import { SCHEMA_PATHS } from "./database-url";
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
