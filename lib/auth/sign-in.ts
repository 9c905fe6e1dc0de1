// Checks an e-mail and password against the user table. Kept apart from the
// next-auth wiring so that it can be tested on a real database.
import { z } from "zod";
import type { Database } from "../prisma-client";
import { hashPassword, verifyPassword } from "./password";
import type { Role } from "./roles";

export const SignInSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(320),
  password: z.string().min(1).max(1024),
});

export interface SignedInUser {
  id: string;
  email: string;
  name: string;
  role: Role;
}

// Verifying against a throwaway hash when the account does not exist takes as
// long as a real check, so response time does not reveal which e-mails exist.
let decoyHash: Promise<string> | undefined;

export async function checkCredentials(db: Database, input: unknown): Promise<SignedInUser | null> {
  const parsed = SignInSchema.safeParse(input);
  if (!parsed.success) return null;
  const user = await db.user.findUnique({
    where: { email: parsed.data.email },
    select: { id: true, email: true, name: true, role: true, active: true, passwordHash: true },
  });
  if (!user || !user.active) {
    decoyHash ??= hashPassword("decoy password");
    await verifyPassword(parsed.data.password, await decoyHash);
    return null;
  }
  if (!(await verifyPassword(parsed.data.password, user.passwordHash))) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}
