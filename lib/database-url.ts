// Which database DATABASE_URL names. Shared by the app (lib/db.ts), the Prisma CLI
// (prisma.config.ts) and the scripts, so that all of them agree on one rule.
import path from "node:path";

export const DEFAULT_DATABASE_URL = "file:./data/pacta.db";

export type DatabaseTarget =
  | { provider: "sqlite"; url: string; file: string }
  | {
      provider: "postgresql";
      url: string;
      host: string;
      port: number;
      user: string;
      password: string | undefined;
      database: string;
    };

export function parseDatabaseUrl(raw: string | undefined = process.env.DATABASE_URL): DatabaseTarget {
  const url = raw && raw.trim() !== "" ? raw.trim() : DEFAULT_DATABASE_URL;
  if (url.startsWith("file:")) {
    const file = path.resolve(/*turbopackIgnore: true*/ process.cwd(), url.slice("file:".length).replace(/^\/\/(?=\/)/, ""));
    return { provider: "sqlite", url: `file:${file}`, file };
  }
  if (url.startsWith("postgres://") || url.startsWith("postgresql://")) {
    const parsed = new URL(url);
    const database = decodeURIComponent(parsed.pathname.replace(/^\//, ""));
    if (!database) throw new Error("DATABASE_URL must name a PostgreSQL database, e.g. postgresql://user@127.0.0.1:5432/pacta");
    return {
      provider: "postgresql",
      url,
      host: parsed.hostname || "127.0.0.1",
      port: parsed.port ? Number(parsed.port) : 5432,
      user: decodeURIComponent(parsed.username || "postgres"),
      password: parsed.password ? decodeURIComponent(parsed.password) : undefined,
      database,
    };
  }
  throw new Error(`DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL); got "${url.split(":")[0]}:…"`);
}

export const SCHEMA_PATHS = {
  sqlite: "prisma/schema.prisma",
  postgresql: "prisma/postgresql/schema.prisma",
} as const;
