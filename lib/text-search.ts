// Case-insensitive "contains" on both databases: PostgreSQL needs `mode: "insensitive"`;
// SQLite refuses that option, and its LIKE already ignores case for ASCII letters.
import { parseDatabaseUrl } from "./database-url";

export type Provider = "sqlite" | "postgresql";

export function containsText(text: string, provider: Provider = parseDatabaseUrl().provider) {
  return provider === "postgresql" ? { contains: text, mode: "insensitive" as const } : { contains: text };
}
