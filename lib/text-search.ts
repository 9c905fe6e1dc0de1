// Case-insensitive "contains" on both databases: PostgreSQL needs `mode: "insensitive"`;
// SQLite refuses that option, and its LIKE already ignores case for ASCII letters.
// The dialect is the database's own (dialectOf in lib/prisma-client.ts).
import type { Dialect } from "./prisma-client";

export type Provider = Dialect;

export function containsText(text: string, provider: Provider) {
  return provider === "postgresql" ? { contains: text, mode: "insensitive" as const } : { contains: text };
}
