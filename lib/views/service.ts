// The saved views' use cases, over a transaction; each records its audit event in it.
import type { z } from "zod";
import type { DatabaseTransaction } from "../prisma-client";
import type { CurrentUser } from "../auth/current-user-type";
import { recordAudit } from "../audit/record-audit";
import { DomainError } from "../errors";
import type { DeleteViewSchema, SaveViewSchema, UpdateViewSchema } from "./schema";
import { canManageView, canShareViews } from "./rules";

async function nameIsFree(tx: DatabaseTransaction, ownerId: string, name: string, exceptId?: string) {
  const taken = await tx.savedView.findFirst({ where: { ownerId, name, ...(exceptId ? { id: { not: exceptId } } : {}) }, select: { id: true } });
  if (taken) throw new DomainError("CONFLICT", "viewNameTaken", "name", { name });
}

function checkSharing(actor: CurrentUser, shared: boolean) {
  if (shared && !canShareViews(actor)) throw new DomainError("INVALID", "viewShareEditors", "shared");
}

/**
 * Saves the list's current filters and columns under a name, for the actor.
 * @throws DomainError CONFLICT when the actor already has a view of that name; INVALID when a viewer asks to share it.
 */
export async function saveView(tx: DatabaseTransaction, input: z.output<typeof SaveViewSchema>, actor: CurrentUser) {
  checkSharing(actor, input.shared);
  await nameIsFree(tx, actor.id, input.name);
  const view = await tx.savedView.create({ data: { ownerId: actor.id, name: input.name, query: input.query, shared: input.shared } });
  await recordAudit(tx, {
    actorId: actor.id,
    action: "view.created",
    entityType: "SavedView",
    entityId: view.id,
    after: { name: view.name, query: view.query, shared: view.shared },
  });
  return { id: view.id, query: view.query };
}

async function manageableView(tx: DatabaseTransaction, id: string, actor: CurrentUser) {
  const view = await tx.savedView.findUnique({ where: { id } });
  // Another person's private view is not revealed to exist.
  if (!view || (!view.shared && view.ownerId !== actor.id && !canManageView(actor, view))) throw new DomainError("NOT_FOUND", "noSuchView");
  if (!canManageView(actor, view)) throw new DomainError("INVALID", "viewNotYours");
  return view;
}

/** Renames a view or changes whether it is shared: its owner, or an administrator. */
export async function updateView(tx: DatabaseTransaction, input: z.output<typeof UpdateViewSchema>, actor: CurrentUser) {
  const view = await manageableView(tx, input.id, actor);
  if (input.shared !== view.shared) checkSharing(actor, input.shared);
  await nameIsFree(tx, view.ownerId, input.name, view.id);
  const updated = await tx.savedView.update({ where: { id: view.id }, data: { name: input.name, shared: input.shared } });
  await recordAudit(tx, {
    actorId: actor.id,
    action: "view.updated",
    entityType: "SavedView",
    entityId: view.id,
    before: { name: view.name, shared: view.shared },
    after: { name: updated.name, shared: updated.shared },
  });
  return { id: view.id, query: updated.query };
}

/** Deletes a view: its owner, or an administrator. */
export async function deleteView(tx: DatabaseTransaction, input: z.output<typeof DeleteViewSchema>, actor: CurrentUser) {
  const view = await manageableView(tx, input.id, actor);
  await tx.savedView.delete({ where: { id: view.id } });
  await recordAudit(tx, {
    actorId: actor.id,
    action: "view.deleted",
    entityType: "SavedView",
    entityId: view.id,
    before: { name: view.name, query: view.query, shared: view.shared },
  });
  return { id: view.id };
}
