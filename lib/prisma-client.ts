// Builds a Prisma client for the database DATABASE_URL names: the embedded SQLite
// file by default, PostgreSQL for larger installs. Both generated clients have the
// same model API, so one type serves both. The app uses the shared client in
// lib/db.ts; scripts and tests create their own with this function.
import fs from "node:fs";
import path from "node:path";
import Sqlite from "better-sqlite3";
import pg from "pg";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client.ts";
import { PrismaClient as PostgresPrismaClient } from "../generated/prisma-postgresql/client.ts";
import { parseDatabaseUrl, type DatabaseTarget } from "./database-url";

export type Database = PrismaClient;
export type DatabaseTransaction = Omit<Database, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

/** The SQL dialect of a database: where the two differ (case-insensitive search, nulls in order, raw SQL). */
export type Dialect = DatabaseTarget["provider"];

// Each client carries its dialect, so that a query given a database (the app's, a test's,
// a script's) never asks the environment which one it is. A registered symbol: the server
// build may hold this module more than once, and the app's one client (lib/db.ts) is made by
// whichever copy runs first.
const DIALECT = Symbol.for("pacta.dialect");

/** The dialect of a client made by createPrismaClient (or the app's `db`, which forwards to one). */
export function dialectOf(database: Database): Dialect {
  const dialect = (database as unknown as Record<symbol, Dialect | undefined>)[DIALECT];
  if (!dialect) throw new Error("dialectOf: this client was not made by createPrismaClient");
  return dialect;
}

function withDialect(client: Database, dialect: Dialect): Database {
  return Object.defineProperty(client, DIALECT, { value: dialect });
}

const SQLITE_FILE = Symbol.for("pacta.sqliteFile");
const ON_QUERY = Symbol.for("pacta.onQuery");

/**
 * Tells the client's `onQuery` listener (if it has one) of a statement run beside Prisma on the
 * client's database (a SqliteReader's), so that the listener still sees every statement.
 */
export function noteQuery(database: Database, sql: string): void {
  (database as unknown as Record<symbol, ((sql: string) => void) | undefined>)[ON_QUERY]?.(sql);
}

/** The file of a SQLite client made by createPrismaClient (or the app's `db`); null for PostgreSQL. */
export function sqliteFileOf(database: Database): string | null {
  return (database as unknown as Record<symbol, string | undefined>)[SQLITE_FILE] ?? null;
}

/** How long a SQLite writer waits for another to finish before giving up. */
const SQLITE_BUSY_TIMEOUT_MS = 10_000;

/**
 * SQLite keeps 2 MB of the file in memory by default; the list's count and search read
 * every active agreement, which at 50,000 agreements is many times that (and a count
 * twice as slow). 64 MiB holds the agreements of a large register.
 */
const SQLITE_CACHE_KIB = 65_536;

class SqliteAdapter extends PrismaBetterSQLite3 {
  async connect() {
    const adapter = await super.connect();
    await adapter.executeScript(`PRAGMA cache_size = -${SQLITE_CACHE_KIB};`);
    return adapter;
  }
}

/** `onQuery` sees every SQL statement the client sends (tests count them). */
export function createPrismaClient(databaseUrl?: string, options: { onQuery?: (sql: string) => void } = {}): Database {
  const target = parseDatabaseUrl(databaseUrl);
  const log = options.onQuery ? [{ emit: "event" as const, level: "query" as const }] : undefined;
  const observe = (client: Database) => {
    withDialect(client, target.provider);
    if (options.onQuery) Object.defineProperty(client, ON_QUERY, { value: options.onQuery });
    if (options.onQuery) (client as unknown as { $on(event: "query", listener: (e: { query: string }) => void): void }).$on("query", (e) => options.onQuery!(e.query));
    return client;
  };
  if (target.provider === "sqlite") {
    fs.mkdirSync(path.dirname(target.file), { recursive: true });
    // WAL lets readers work while one writer writes; the setting is kept in the file.
    const connection = new Sqlite(target.file, { timeout: SQLITE_BUSY_TIMEOUT_MS });
    connection.pragma("journal_mode = WAL");
    connection.close();
    const adapter = new SqliteAdapter({ url: target.url, timeout: SQLITE_BUSY_TIMEOUT_MS });
    return Object.defineProperty(observe(new PrismaClient({ adapter, log })), SQLITE_FILE, { value: target.file });
  }
  const { host, port, user, password, database } = target;
  const config = { host, port, user, password, database, max: 10 };
  if (options.onQuery) {
    // The PostgreSQL adapter reports no query events: watch the statements at the driver instead.
    const pool = new pg.Pool(config);
    // An idle connection the server closes (say, when a test drops its database) must not crash the process.
    pool.on("error", () => {});
    const onQuery = options.onQuery;
    pool.on("connect", (client) => {
      const query = client.query.bind(client) as (...args: unknown[]) => unknown;
      (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
        const first = args[0] as string | { text?: string };
        onQuery(typeof first === "string" ? first : (first?.text ?? ""));
        return query(...args);
      };
    });
    return withDialect(new PostgresPrismaClient({ adapter: new PrismaPg(pool as never, { disposeExternalPool: true }) }) as unknown as Database, "postgresql");
  }
  const adapter = new PrismaPg(config);
  return withDialect(new PostgresPrismaClient({ adapter }) as unknown as Database, "postgresql");
}
