// Who may do what with saved views (decision 019). A view changes nothing in the register,
// so anyone who may read the list may keep private views; a shared view appears in every
// colleague's list, so sharing is for those who curate the register (editors and admins).
// Only the owner, or an administrator tidying up, renames or deletes a view.
import { can, hasRole, type Actor } from "../auth/roles";

export const canShareViews = (actor: Actor) => can(actor, "agreement.write");

export const canManageView = (actor: Actor & { id: string }, view: { ownerId: string }) =>
  view.ownerId === actor.id || hasRole(actor, "ADMIN");

/** Whether a person may open a view: their own, or one shared with everyone. */
export const canOpenView = (actor: { id: string }, view: { ownerId: string; shared: boolean }) => view.shared || view.ownerId === actor.id;

/** The list's address for a view: its query string, and the view's id so that the list names it. */
export const viewHref = (view: { id: string; query: string }) => `/agreements?${view.query}${view.query ? "&" : ""}view=${view.id}`;
