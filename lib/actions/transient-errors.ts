// Errors that say "another writer got there first, try again" rather than "this
// change is wrong": SQLite's busy and stale-snapshot refusals (a transaction that
// read before another connection wrote cannot start writing), and PostgreSQL's
// serialization failures and deadlocks. Retrying the whole transaction is safe
// because nothing of it was committed.

const TRANSIENT_CODES = new Set([
  "P2034", // Prisma: write conflict or deadlock
  "P1008", // Prisma: the operation timed out (SQLite's busy wait ran out)
  "SQLITE_BUSY",
  "SQLITE_BUSY_SNAPSHOT",
  "SQLITE_LOCKED",
  "40001", // PostgreSQL: serialization_failure
  "40P01", // PostgreSQL: deadlock_detected
]);

export function isTransientWriteError(error: unknown): boolean {
  for (let cause = error; cause && typeof cause === "object"; cause = (cause as { cause?: unknown }).cause) {
    const code = (cause as { code?: unknown }).code;
    if (typeof code === "string" && TRANSIENT_CODES.has(code)) return true;
    if (/database is locked/.test(String((cause as { message?: unknown }).message))) return true;
  }
  return false;
}

export const MAX_WRITE_ATTEMPTS = 6;

/** Runs `work`, trying again after a transient error with a growing, jittered pause (at most MAX_WRITE_ATTEMPTS tries). */
export async function retryTransient<T>(work: () => Promise<T>, onRetry?: (attempt: number, error: unknown) => void): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= MAX_WRITE_ATTEMPTS || !isTransientWriteError(error)) throw error;
      onRetry?.(attempt, error);
      const pause = 10 * 2 ** attempt * (0.5 + Math.random());
      await new Promise((resolve) => setTimeout(resolve, pause));
    }
  }
}
