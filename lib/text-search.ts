// Case-insensitive "contains" on both databases: PostgreSQL needs `mode: "insensitive"`;
// SQLite refuses that option, and its LIKE already ignores case for ASCII letters.
// The dialect is the database's own (dialectOf in lib/prisma-client.ts).
import { Prisma } from "../generated/prisma/client.ts";
import type { Dialect } from "./prisma-client";

export type Provider = Dialect;

export function containsText(text: string, provider: Provider) {
  return provider === "postgresql" ? { contains: text, mode: "insensitive" as const } : { contains: text };
}

/**
 * containsText as a condition of a raw statement (`column` is SQL from our code, `text` a bound
 * parameter): the statement Prisma writes for it, `LIKE '%text%'` (PostgreSQL: `ILIKE`), with `%`
 * and `_` in the text left as wildcards as Prisma leaves them, so both find the same rows.
 */
export function containsTextSql(column: Prisma.Sql, text: string, provider: Provider): Prisma.Sql {
  const pattern = `%${text}%`;
  return provider === "postgresql" ? Prisma.sql`${column}::text ILIKE ${pattern}` : Prisma.sql`${column} LIKE ${pattern}`;
}
