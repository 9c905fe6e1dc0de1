// Builds a Prisma client for the database DATABASE_URL names: the embedded SQLite
// file by default, PostgreSQL for larger installs. Both generated clients have the
// same model API, so one type serves both. The app uses the shared client in
// lib/db.ts; scripts and tests create their own with this function.
import fs from "node:fs";
import path from "node:path";
import Sqlite from "better-sqlite3";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client.ts";
import { PrismaClient as PostgresPrismaClient } from "../generated/prisma-postgresql/client.ts";
import { parseDatabaseUrl } from "./database-url";

export type Database = PrismaClient;
export type DatabaseTransaction = Omit<Database, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

/** How long a SQLite writer waits for another to finish before giving up. */
const SQLITE_BUSY_TIMEOUT_MS = 10_000;

export function createPrismaClient(databaseUrl?: string): Database {
  const target = parseDatabaseUrl(databaseUrl);
  if (target.provider === "sqlite") {
    fs.mkdirSync(path.dirname(target.file), { recursive: true });
    // WAL lets readers work while one writer writes; the setting is kept in the file.
    const connection = new Sqlite(target.file, { timeout: SQLITE_BUSY_TIMEOUT_MS });
    connection.pragma("journal_mode = WAL");
    connection.close();
    const adapter = new PrismaBetterSQLite3({ url: target.url, timeout: SQLITE_BUSY_TIMEOUT_MS });
    return new PrismaClient({ adapter });
  }
  const { host, port, user, password, database } = target;
  const adapter = new PrismaPg({ host, port, user, password, database, max: 10 });
  return new PostgresPrismaClient({ adapter }) as unknown as Database;
}
