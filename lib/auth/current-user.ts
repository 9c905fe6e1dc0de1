// The signed-in user of this request, read fresh from the database so that a
// deactivated account or a changed role takes effect at once, and a session signed in
// before the password changed (an older session version) counts as signed out.
import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { db } from "../db";
import { authOptions } from "./options";
import { can, hasRole, type Action, type Role } from "./roles";

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
 * For pages: the signed-in user with at least `minimum`; anonymous visitors are sent
 * to sign in and come back to `returnTo`; a signed-in user without the role is sent
 * to the page that says so.
 */
export async function requireUser(returnTo: string, minimum: Role = "VIEWER"): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  if (!hasRole(user, minimum)) redirect("/forbidden");
  return user;
}

/** For pages that show or hide a control: may the current user do this? */
export async function currentUserCan(action: Action): Promise<boolean> {
  return can(await getCurrentUser(), action);
}
