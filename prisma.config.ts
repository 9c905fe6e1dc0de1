// Configures the Prisma CLI (migrate, generate) for the database DATABASE_URL names.
// Prisma runs its schema engine as WebAssembly through a driver adapter, so no
// native engine is downloaded: migrations work offline.
import fs from "node:fs";
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { parseDatabaseUrl, SCHEMA_PATHS } from "./lib/database-url";

// With a config file Prisma does not read .env itself.
if (fs.existsSync(".env")) process.loadEnvFile(".env");

const target = parseDatabaseUrl();

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: SCHEMA_PATHS[target.provider],
  // PACTA_MIGRATIONS_DIR: an older set of migrations, for the test that upgrades a database built by one.
  migrations: { path: process.env.PACTA_MIGRATIONS_DIR || path.join(path.dirname(SCHEMA_PATHS[target.provider]), "migrations") },
  adapter: async () => {
    if (target.provider === "sqlite") {
      fs.mkdirSync(path.dirname(target.file), { recursive: true });
      return new PrismaBetterSQLite3({ url: target.url });
    }
    const { host, port, user, password, database } = target;
    return new PrismaPg({ host, port, user, password, database });
  },
});
