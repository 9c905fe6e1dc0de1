// Reads of saved views: the ones a person may open (their own and the shared ones).
import "server-only";
import { db } from "../db";
import type { Database } from "../prisma-client";
import type { CurrentUser } from "../auth/current-user-type";
import { canManageView, canOpenView } from "./rules";

export interface SavedViewSummary {
  id: string;
  name: string;
  query: string;
  shared: boolean;
  ownerName: string;
  /** Whether it is this person's own view. */
  mine: boolean;
  /** Whether this person may rename or delete it. */
  manageable: boolean;
}

/** The person's own views, then the shared views of others, each by name. */
export async function viewsFor(user: CurrentUser, database: Database = db): Promise<SavedViewSummary[]> {
  const views = await database.savedView.findMany({
    where: { OR: [{ ownerId: user.id }, { shared: true }] },
    select: { id: true, name: true, query: true, shared: true, ownerId: true, owner: { select: { name: true } } },
    orderBy: { name: "asc" },
  });
  const mine = (v: { ownerId: string }) => (v.ownerId === user.id ? 0 : 1);
  return views
    .sort((a, b) => mine(a) - mine(b))
    .map((v) => ({ id: v.id, name: v.name, query: v.query, shared: v.shared, ownerName: v.owner.name, mine: v.ownerId === user.id, manageable: canManageView(user, v) }));
}

/** One view, if this person may open it (theirs, or shared); otherwise null, as if it did not exist. */
export async function viewFor(user: CurrentUser, id: string, database: Database = db): Promise<SavedViewSummary | null> {
  const view = await database.savedView.findUnique({
    where: { id },
    select: { id: true, name: true, query: true, shared: true, ownerId: true, owner: { select: { name: true } } },
  });
  if (!view || !canOpenView(user, view)) return null;
  return { id: view.id, name: view.name, query: view.query, shared: view.shared, ownerName: view.owner.name, mine: view.ownerId === user.id, manageable: canManageView(user, view) };
}
