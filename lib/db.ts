// The one Prisma client the application uses, created on first use (so that merely
// importing a module never opens a database).
import "server-only";
import { createPrismaClient, type Database } from "./prisma-client";

const globalForDb = globalThis as unknown as { pactaDb?: Database };

function client(): Database {
  // In development, Next.js reloads modules; the global keeps one client across reloads.
  return (globalForDb.pactaDb ??= createPrismaClient());
}

export const db: Database = new Proxy({} as Database, {
  get(_target, property) {
    const target = client();
    const value = Reflect.get(target, property);
    return typeof value === "function" ? value.bind(target) : value;
  },
});
