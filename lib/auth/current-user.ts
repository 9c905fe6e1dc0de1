// The signed-in user of this request, read fresh from the database so that a
// deactivated account or a changed role takes effect at once, and a session signed in
// before the password changed (an older session version) counts as signed out.
import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { db } from "../db";
import { authOptions } from "./options";
import { can, type Action } from "./roles";

import type { CurrentUser } from "./current-user-type";

export type { CurrentUser };

export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await getServerSession(authOptions);
  const id = session?.user?.id;
  if (!id) return null;
  const user = await db.user.findUnique({
    where: { id },
    select: { id: true, email: true, name: true, role: true, active: true, sessionVersion: true, locale: true },
  });
  if (!user || !user.active || user.sessionVersion !== session.user.sessionVersion) return null;
  const { sessionVersion: _, ...current } = user;
  return current;
});

/**
 * For pages: the signed-in user who may do `permission` (a name from the one table in
 * roles.ts; a page that submits a command asks for that command's permission, which
 * tests/unit/page-permissions.test.ts checks); anonymous visitors are sent to sign in
 * and come back to `returnTo`; a signed-in user without the permission is sent to the
 * page that says so.
 */
export async function requireUser(returnTo: string, permission: Action = "agreement.read"): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  if (!can(user, permission)) redirect("/forbidden");
  return user;
}

/** For pages that show or hide a control: may the current user do this? */
export async function currentUserCan(action: Action): Promise<boolean> {
  return can(await getCurrentUser(), action);
}
