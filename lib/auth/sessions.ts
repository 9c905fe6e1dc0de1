// Server-side session records: the session cookie (a signed JWT) carries a session id,
// and a session is open only while its row says so. This is what makes signing out,
// a password change and deactivation end sessions everywhere at once: a copied cookie
// is only as good as its row. A session ends
// - when its person signs out (that session),
// - when the password changes or the account is deactivated (all of the account's),
// - SESSION_POLICY.absoluteSeconds after sign-in, however often it is used, and
// - after SESSION_POLICY.idleSeconds without a request.
import { randomBytes } from "node:crypto";
import type { Database, DatabaseTransaction } from "../prisma-client";

export const SESSION_POLICY = {
  /** A working day: sign in again the next morning (the README's promise). */
  absoluteSeconds: 8 * 60 * 60,
  /** A browser left alone for an hour is signed out. */
  idleSeconds: 60 * 60,
  /** lastSeenAt is written at most this often, so that every request does not write. */
  touchEverySeconds: 60,
  /** Rows of ended sessions are kept this long (for an administrator's questions), then removed. */
  keepEndedSeconds: 7 * 24 * 60 * 60,
};

const secondsAgo = (now: Date, seconds: number) => new Date(now.getTime() - seconds * 1000);

/** Opens a session for `userId` at sign-in; returns its id (32 random bytes, base64url), the cookie's `sid`. */
export async function openSession(db: Database | DatabaseTransaction, userId: string, now = new Date()): Promise<string> {
  const id = randomBytes(32).toString("base64url");
  await db.userSession.create({ data: { id, userId, createdAt: now, lastSeenAt: now } });
  // Housekeeping on the rare write that signing in is: sessions long over are forgotten.
  await db.userSession.deleteMany({ where: { lastSeenAt: { lt: secondsAgo(now, SESSION_POLICY.keepEndedSeconds) } } });
  return id;
}

/**
 * Whether session `id` of `userId` is still open at `now` (and the account active); an
 * open session's lastSeenAt is brought up to date. A closed one is marked ended.
 */
export async function continueSession(db: Database, id: string, userId: string, now = new Date()): Promise<boolean> {
  const session = await db.userSession.findUnique({
    where: { id },
    select: { userId: true, createdAt: true, lastSeenAt: true, endedAt: true, user: { select: { active: true } } },
  });
  if (!session || session.userId !== userId || session.endedAt) return false;
  const open =
    session.user.active &&
    session.createdAt > secondsAgo(now, SESSION_POLICY.absoluteSeconds) &&
    session.lastSeenAt > secondsAgo(now, SESSION_POLICY.idleSeconds);
  if (!open) {
    await db.userSession.updateMany({ where: { id, endedAt: null }, data: { endedAt: now } });
    return false;
  }
  if (session.lastSeenAt < secondsAgo(now, SESSION_POLICY.touchEverySeconds)) {
    await db.userSession.update({ where: { id }, data: { lastSeenAt: now } });
  }
  return true;
}

/** Ends one session (signing out). */
export async function endSession(db: Database | DatabaseTransaction, id: string, now = new Date()): Promise<void> {
  await db.userSession.updateMany({ where: { id, endedAt: null }, data: { endedAt: now } });
}

/** Ends every session of an account (a new password, deactivation), in the caller's transaction. */
export async function endAllSessions(db: Database | DatabaseTransaction, userId: string, now = new Date()): Promise<void> {
  await db.userSession.updateMany({ where: { userId, endedAt: null }, data: { endedAt: now } });
}
