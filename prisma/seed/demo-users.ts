// The three demo accounts, one per role. No fixed password ships: it is
// PACTA_DEMO_PASSWORD when set, otherwise generated once and kept in the
// git-ignored data folder so that the user can find it again.
import fs from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import type { Database } from "../../lib/prisma-client";
import { hashPassword } from "../../lib/auth/password";
import type { Role } from "../../lib/auth/roles";

export const DEMO_ACCOUNTS: { email: string; name: string; role: Role }[] = [
  { email: "admin@pacta.local", name: "Demo Administrator", role: "ADMIN" },
  { email: "editor@pacta.local", name: "Demo Editor", role: "EDITOR" },
  { email: "viewer@pacta.local", name: "Demo Viewer", role: "VIEWER" },
];

export const DEMO_PASSWORD_FILE = path.join("data", "demo-password.txt");

/** The password to give new demo accounts, and where it came from. */
export function demoPassword(): { password: string; origin: "environment" | "file" | "generated" } {
  const fromEnvironment = process.env.PACTA_DEMO_PASSWORD;
  if (fromEnvironment) return { password: fromEnvironment, origin: "environment" };
  if (fs.existsSync(DEMO_PASSWORD_FILE)) {
    return { password: fs.readFileSync(DEMO_PASSWORD_FILE, "utf8").trim(), origin: "file" };
  }
  return { password: randomBytes(12).toString("base64url"), origin: "generated" };
}

/** Creates the demo accounts that are missing; existing accounts are left as they are. */
export async function ensureDemoUsers(db: Database, password: string): Promise<number> {
  const existing = await db.user.findMany({
    where: { email: { in: DEMO_ACCOUNTS.map((a) => a.email) } },
    select: { email: true },
  });
  const missing = DEMO_ACCOUNTS.filter((a) => !existing.some((e) => e.email === a.email));
  for (const account of missing) {
    const passwordHash = await hashPassword(password);
    await db.$transaction(async (tx) => {
      const user = await tx.user.create({ data: { ...account, passwordHash }, select: { id: true } });
      await tx.auditEvent.create({
        data: {
          action: "user.created",
          entityType: "User",
          entityId: user.id,
          changes: JSON.stringify({ email: { before: null, after: account.email }, role: { before: null, after: account.role } }),
        },
      });
    });
  }
  return missing.length;
}

export function saveGeneratedPassword(password: string) {
  fs.mkdirSync(path.dirname(DEMO_PASSWORD_FILE), { recursive: true });
  fs.writeFileSync(DEMO_PASSWORD_FILE, password + "\n", { mode: 0o600 });
}
