// Sign-in throttling, stored in the database so that it holds across restarts and
// processes. Failures are counted per account and per client address; after a few
// free ones, each further attempt must wait twice as long as the one before (capped),
// so guessing is slowed to a crawl while the real user is never locked out for good.
import type { Database } from "../prisma-client";

export const THROTTLE_POLICY = {
  account: { freeFailures: 5 },
  // An office behind one address has many people: more free failures there.
  address: { freeFailures: 20 },
  firstDelaySeconds: 2,
  maxDelaySeconds: 15 * 60,
  /** A day without failures forgets the count. */
  forgetAfterSeconds: 24 * 60 * 60,
};

export type ThrottleScope = keyof Pick<typeof THROTTLE_POLICY, "account" | "address">;

export function throttleKeys(email: string, address: string | null): { scope: ThrottleScope; key: string }[] {
  const keys: { scope: ThrottleScope; key: string }[] = [{ scope: "account", key: `account:${email}` }];
  if (address) keys.push({ scope: "address", key: `address:${address}` });
  return keys;
}

/** How long the next attempt must wait after `failures` failures in `scope`. */
export function delayAfter(scope: ThrottleScope, failures: number): number {
  const over = failures - THROTTLE_POLICY[scope].freeFailures;
  if (over < 0) return 0;
  return Math.min(THROTTLE_POLICY.firstDelaySeconds * 2 ** over, THROTTLE_POLICY.maxDelaySeconds);
}

/** Seconds until an attempt for this e-mail from this address is allowed (0: now). */
export async function secondsUntilAllowed(db: Database, email: string, address: string | null, now = new Date()): Promise<number> {
  const rows = await db.signInThrottle.findMany({ where: { key: { in: throttleKeys(email, address).map((k) => k.key) } } });
  const waits = rows.map((row) => Math.ceil((row.retryAfter.getTime() - now.getTime()) / 1000));
  return Math.max(0, ...waits);
}

export async function recordFailure(db: Database, email: string, address: string | null, now = new Date()) {
  const forgetBefore = new Date(now.getTime() - THROTTLE_POLICY.forgetAfterSeconds * 1000);
  for (const { scope, key } of throttleKeys(email, address)) {
    // Counted with an atomic increment: parallel guesses each count.
    await db.signInThrottle.updateMany({ where: { key, lastFailureAt: { lt: forgetBefore } }, data: { failures: 0 } });
    const row = await db.signInThrottle.upsert({
      where: { key },
      create: { key, failures: 1, lastFailureAt: now, retryAfter: now },
      update: { failures: { increment: 1 }, lastFailureAt: now },
    });
    const retryAfter = new Date(now.getTime() + delayAfter(scope, row.failures) * 1000);
    await db.signInThrottle.updateMany({ where: { key, retryAfter: { lt: retryAfter } }, data: { retryAfter } });
  }
}

/** A successful sign-in clears the account's count (not the address's: one good password must not reset a guesser). */
export async function recordSuccess(db: Database, email: string) {
  await db.signInThrottle.deleteMany({ where: { key: `account:${email}` } });
}
