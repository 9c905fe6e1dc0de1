// Whether this server can serve requests, for a load balancer's readiness probe: the
// database answers, every migration of this version is applied, and the document store
// takes a write. Each check has a time limit, so a hanging database makes the probe fail
// fast instead of hanging with it. The answer names only which check failed; the cause
// goes to the server's log, for the operator.
import { db as appDatabase } from "../db";
import { migrationsFolder, pendingMigrations } from "../database-migrations";
import { parseDatabaseUrl } from "../database-url";
import type { Database } from "../prisma-client";
import { type DocumentStore, documentStore } from "../documents/storage";

/** How long one check may take before it counts as failed (milliseconds). */
export const READINESS_CHECK_TIMEOUT_MS = 3_000;

export type Readiness = { ready: true } | { ready: false; reason: "database unreachable" | "migrations pending" | "storage not writable" };

class TimedOut extends Error {}

function withinLimit<T>(work: Promise<T>, limitMs: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimedOut(`no answer within ${limitMs} ms`)), limitMs);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Runs the three checks in order and stops at the first that fails.
 * `migrations` is the folder of the provider's migrations (lib/database-migrations.ts).
 */
export async function checkReadiness(
  { db, migrations, store }: { db: Database; migrations: string; store: () => DocumentStore },
  limitMs = READINESS_CHECK_TIMEOUT_MS,
): Promise<Readiness> {
  try {
    await withinLimit(db.$queryRawUnsafe("SELECT 1"), limitMs);
  } catch (error) {
    return failed("database unreachable", error);
  }
  try {
    const pending = await withinLimit(pendingMigrations(db, migrations, { strict: true }), limitMs);
    if (pending.length > 0) return failed("migrations pending", `${pending.length} not applied: ${pending.join(", ")}`);
  } catch (error) {
    return failed("database unreachable", error);
  }
  try {
    await withinLimit(store().checkWritable(), limitMs);
  } catch (error) {
    return failed("storage not writable", error);
  }
  return { ready: true };
}

function failed(reason: Exclude<Readiness, { ready: true }>["reason"], cause: unknown): Readiness {
  console.error(`[pacta] not ready: ${reason} (${cause instanceof Error ? cause.message : String(cause)})`);
  return { ready: false, reason };
}

/** This server's readiness: its database (DATABASE_URL), that provider's migrations and its document store. */
export function serverReadiness(): Promise<Readiness> {
  return checkReadiness({ db: appDatabase, migrations: migrationsFolder(parseDatabaseUrl().provider), store: documentStore });
}
