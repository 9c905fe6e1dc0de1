// User accounts, managed by administrators. There is always at least one active administrator.
import { randomBytes } from "node:crypto";
import type { z } from "zod";
import type { Database, DatabaseTransaction } from "../prisma-client";
import { recordFailure, secondsUntilAllowed } from "../auth/throttle";
import type { CurrentUser } from "../auth/current-user-type";
import { hashPassword, verifyPassword } from "../auth/password";
import { endAllSessions } from "../auth/sessions";
import { recordAudit } from "../audit/record-audit";
import { DomainError } from "../errors";
import type { ChangeOwnPasswordSchema, CreateUserSchema, ResetUserPasswordSchema, SetLanguageSchema, UpdateUserSchema } from "./schema";

export async function createUser(tx: DatabaseTransaction, input: z.output<typeof CreateUserSchema>, actor: CurrentUser) {
  if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
    throw new DomainError("INVALID", "emailTaken", "email");
  }
  const { password, ...fields } = input;
  const created = await tx.user.create({ data: { ...fields, passwordHash: await hashPassword(password) }, select: { id: true } });
  await recordAudit(tx, { actorId: actor.id, action: "user.created", entityType: "User", entityId: created.id, after: fields });
  return { id: created.id };
}

export async function updateUser(tx: DatabaseTransaction, input: z.output<typeof UpdateUserSchema>, actor: CurrentUser) {
  const user = await tx.user.findUnique({ where: { id: input.id }, select: { role: true, active: true } });
  if (!user) throw new DomainError("NOT_FOUND", "accountGone");
  const losesAdmin = user.role === "ADMIN" && user.active && (input.role !== "ADMIN" || !input.active);
  if (losesAdmin) {
    const otherAdmins = await tx.user.count({ where: { role: "ADMIN", active: true, id: { not: input.id } } });
    if (otherAdmins === 0) {
      throw new DomainError("INVALID", "lastAdministrator", "role");
    }
  }
  // Deactivating ends the account's sessions at their next request and retires its calendar
  // address (reactivating gives none back: the person asks for a new one on their profile).
  const endSessions = user.active && !input.active;
  await tx.user.update({
    where: { id: input.id },
    data: { role: input.role, active: input.active, ...(endSessions ? { sessionVersion: { increment: 1 }, calendarToken: null } : {}) },
  });
  if (endSessions) await endAllSessions(tx, input.id);
  await recordAudit(tx, {
    actorId: actor.id,
    action: "user.updated",
    entityType: "User",
    entityId: input.id,
    before: user,
    after: { role: input.role, active: input.active },
  });
  return { id: input.id };
}

/** Gives the user a new secret calendar address; the old one stops working at once. */
export async function regenerateCalendarToken(tx: DatabaseTransaction, _input: Record<string, never>, actor: CurrentUser) {
  const token = randomBytes(24).toString("base64url");
  await tx.user.update({ where: { id: actor.id }, data: { calendarToken: token } });
  // The token itself is a secret: the audit records only that it changed.
  await recordAudit(tx, { actorId: actor.id, action: "user.calendar-address-renewed", entityType: "User", entityId: actor.id, changes: { calendarToken: { before: "…", after: "…" } } });
  return { token };
}

/** Sets a new password; every session of the account ends at its next request. */
async function replacePassword(tx: DatabaseTransaction, userId: string, password: string, action: string, actor: CurrentUser) {
  await tx.user.update({ where: { id: userId }, data: { passwordHash: await hashPassword(password), sessionVersion: { increment: 1 } } });
  await endAllSessions(tx, userId);
  await recordAudit(tx, { actorId: actor.id, action, entityType: "User", entityId: userId, changes: { password: { before: null, after: "(changed)" } } });
}

export async function resetUserPassword(tx: DatabaseTransaction, input: z.output<typeof ResetUserPasswordSchema>, actor: CurrentUser) {
  if (!(await tx.user.findUnique({ where: { id: input.id }, select: { id: true } }))) throw new DomainError("NOT_FOUND", "accountGone");
  await replacePassword(tx, input.id, input.password, "user.password-reset", actor);
  return { id: input.id };
}

/**
 * The current-password check of a password change, throttled like signing in (the same
 * per-account count and delays, lib/auth/throttle.ts): a stolen session cannot be used to
 * guess the password. Runs before the change's transaction, so that a failure is counted
 * although the change is refused. Throws DomainError "currentPasswordThrottled" (with the
 * seconds to wait) or "wrongCurrentPassword".
 */
export async function checkCurrentPassword(db: Database, input: z.output<typeof ChangeOwnPasswordSchema>, actor: CurrentUser) {
  const wait = await secondsUntilAllowed(db, actor.email, null);
  if (wait > 0) throw new DomainError("INVALID", "currentPasswordThrottled", "currentPassword", { seconds: wait });
  const { passwordHash } = await db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { passwordHash: true } });
  if (!(await verifyPassword(input.currentPassword, passwordHash))) {
    await recordFailure(db, actor.email, null);
    throw new DomainError("INVALID", "wrongCurrentPassword", "currentPassword");
  }
}

export async function changeOwnPassword(tx: DatabaseTransaction, input: z.output<typeof ChangeOwnPasswordSchema>, actor: CurrentUser) {
  const { passwordHash } = await tx.user.findUniqueOrThrow({ where: { id: actor.id }, select: { passwordHash: true } });
  if (!(await verifyPassword(input.currentPassword, passwordHash))) {
    throw new DomainError("INVALID", "wrongCurrentPassword", "currentPassword");
  }
  await replacePassword(tx, actor.id, input.newPassword, "user.password-changed", actor);
  return { id: actor.id };
}

export async function setLanguage(tx: DatabaseTransaction, input: z.output<typeof SetLanguageSchema>, actor: CurrentUser) {
  const before = await tx.user.findUniqueOrThrow({ where: { id: actor.id }, select: { locale: true } });
  const after = { locale: input.locale };
  await tx.user.update({ where: { id: actor.id }, data: after });
  await recordAudit(tx, { actorId: actor.id, action: "user.language-changed", entityType: "User", entityId: actor.id, before, after });
  return after;
}
