// The one Prisma client the application uses.
import "server-only";
import { createPrismaClient, type Database } from "./prisma-client";

const globalForDb = globalThis as unknown as { pactaDb?: Database };

// In development, Next.js reloads modules; keep one client across reloads.
export const db: Database = globalForDb.pactaDb ?? createPrismaClient();
if (process.env.NODE_ENV !== "production") globalForDb.pactaDb = db;
