// Checks an e-mail and password against the user table, throttled and logged. Kept
// apart from the next-auth wiring so that it can be tested on a real database.
import { z } from "zod";
import { recordAudit } from "../audit/record-audit";
import type { Database } from "../prisma-client";
import { hashPassword, verifyPassword } from "./password";
import type { Role } from "./roles";
import { passwordSignInSettings, type PasswordSignInSettings } from "./sso/settings";
import { recordFailure, recordSuccess, secondsUntilAllowed } from "./throttle";

export const SignInSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(320),
  password: z.string().min(1).max(1024),
});

export interface SignedInUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  sessionVersion: number;
}

export type SignInOutcome =
  | { status: "signed-in"; user: SignedInUser }
  | { status: "refused" }
  | { status: "throttled"; retryAfterSeconds: number };

// Verifying against a throwaway hash when the account does not exist takes as
// long as a real check, so response time does not reveal which e-mails exist.
let decoyHash: Promise<string> | undefined;

/**
 * One sign-in attempt from `address` (the client's IP address, when known). Every
 * attempt is written to the audit log with the e-mail and address, never the password.
 * With password sign-in switched off (PACTA_PASSWORD_SIGN_IN=off), only the active
 * administrators named in PACTA_BREAK_GLASS_ADMINS get in; anyone else is refused like a
 * wrong password (same answer, same time, same throttling), audited as "sign-in.password-off".
 */
export async function attemptSignIn(
  db: Database,
  input: unknown,
  address: string | null = null,
  passwords: PasswordSignInSettings = passwordSignInSettings(),
): Promise<SignInOutcome> {
  const parsed = SignInSchema.safeParse(input);
  if (!parsed.success) return { status: "refused" };
  const { email, password } = parsed.data;
  const wait = await secondsUntilAllowed(db, email, address);
  if (wait > 0) {
    await logAttempt(db, "sign-in.throttled", email, address, null);
    return { status: "throttled", retryAfterSeconds: wait };
  }
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, role: true, active: true, passwordHash: true, sessionVersion: true },
  });
  let valid = false;
  if (!user || !user.active) {
    decoyHash ??= hashPassword("decoy password");
    await verifyPassword(password, await decoyHash);
  } else {
    valid = await verifyPassword(password, user.passwordHash);
  }
  if (!user || !user.active || !valid) {
    await recordFailure(db, email, address);
    await logAttempt(db, "sign-in.failed", email, address, null);
    return { status: "refused" };
  }
  const breakGlass = passwords.breakGlassAdmins.includes(email) && user.role === "ADMIN";
  if (!passwords.enabled && !breakGlass) {
    // Counted as a failure too, so that the throttle cannot tell a right password from a wrong one.
    await recordFailure(db, email, address);
    await logAttempt(db, "sign-in.password-off", email, address, user.id);
    return { status: "refused" };
  }
  await recordSuccess(db, email);
  await logAttempt(db, "sign-in.succeeded", email, address, user.id);
  return { status: "signed-in", user: { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion } };
}

async function logAttempt(db: Database, action: string, email: string, address: string | null, actorId: string | null) {
  await recordAudit(db, { actorId, action, entityType: "SignIn", entityId: email, changes: { address: { before: null, after: address } } });
}

