// Brings the database that DATABASE_URL names up to date: applies the migrations of
// its provider when any is pending, then runs the idempotent seed.
// Run with tsx: `tsx scripts/prepare-database.ts [--no-seed]`. On PostgreSQL, servers that
// start at once take turns (an advisory lock): the first applies, the others wait and then find
// nothing to do.
import fs from "node:fs";
import path from "node:path";
import { parseDatabaseUrl } from "../lib/database-url";
import { createPrismaClient } from "../lib/prisma-client";
import { migrationsFolder, pendingMigrations, withPreparationLock } from "../lib/database-migrations";
import { seed } from "../prisma/seed";
import { refreshSearchDocuments } from "../lib/agreements/search-document";
// @ts-expect-error: a plain ES module script without type declarations
import { runPrisma } from "./prisma.mjs";

async function main() {
  if (fs.existsSync(".env")) process.loadEnvFile(".env");
  const target = parseDatabaseUrl();
  const where =
    target.provider === "sqlite"
      ? `SQLite file ${path.relative(process.cwd(), target.file).startsWith("..") ? target.file : path.relative(process.cwd(), target.file)}`
      : `PostgreSQL database "${target.database}" on ${target.host}:${target.port}`;
  console.log(`  Database: ${where}`);

  await withPreparationLock(target, () => prepare(target.provider), () => console.log("  Another server is preparing the database; waiting for it…"));
}

async function prepare(provider: "sqlite" | "postgresql") {
  // Checking first keeps a restart fast: the migrate CLI takes seconds even when there is nothing to do.
  const probe = createPrismaClient();
  const pending = await pendingMigrations(probe, migrationsFolder(provider));
  await probe.$disconnect(); // the CLI needs the SQLite file to itself

  const db = createPrismaClient();
  try {
    if (pending.length > 0) {
      console.log(`  Applying ${pending.length} migration(s)…`);
      if (runPrisma(["migrate", "deploy"], {}, { quiet: true }) !== 0) throw new Error("Applying the migrations failed.");
    } else {
      console.log("  Migrations up to date.");
    }
    // Agreements stored before search documents existed, or whose documents an older version of
    // the search rule built (SEARCH_RULE_VERSION), get theirs built now: once, then never again.
    const built = await db.$transaction((tx) => refreshSearchDocuments(tx, { outdated: true }), { timeout: 10 * 60_000 });
    if (built > 0) console.log(`  Built the search documents of ${built} agreement(s).`);
    // New indexes are only chosen well once the planner has statistics that include them
    // (at 50,000 agreements, stale ones made the plain list page 10 times slower).
    if (pending.length > 0 || built > 0) await db.$executeRawUnsafe("ANALYZE");
    if (!process.argv.includes("--no-seed")) await seed(db);
  } finally {
    await db.$disconnect();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
