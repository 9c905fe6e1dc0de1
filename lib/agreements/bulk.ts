// One change applied to many agreements at once: reassign the owner, archive or restore,
// change the status, add a focus area. Each agreement goes through the same rule and service
// as a change made on its own page (service.ts, lifecycle.ts), all in one transaction with one
// audit event per agreement changed: if any one refuses, the whole batch is refused with that
// agreement's reason and nothing is written (decision 019).
import type { DatabaseTransaction } from "../prisma-client";
import type { CurrentUser } from "../auth/current-user-type";
import { recordAudit } from "../audit/record-audit";
import { DomainError } from "../errors";
import type { MessagePart } from "../i18n/translator";
import { canTransition } from "./lifecycle";
import { parseListParams } from "./list-params";
import { agreementListWhere } from "./list-where";
import { changeStatus, setArchived } from "./service";
import { agreementSnapshot } from "./snapshot";
import { BULK_LIMIT, type BulkActionInput } from "./bulk-schema";

interface Target {
  id: string;
  reference: string;
  version: number;
  status: Parameters<typeof canTransition>[0];
  archived: boolean;
  ownerId: string | null;
  updatedAt: Date;
  focusAreas: { focusAreaId: string }[];
}

/** A refusal of one agreement, said as the refusal of the batch. */
function refusal(reference: string, error: DomainError): DomainError {
  const values = Object.fromEntries(Object.entries(error.values).filter((entry): entry is [string, string | number] => !Array.isArray(entry[1])));
  const reason: MessagePart[] = [{ key: error.key, values }];
  return new DomainError(error.code, "bulkRefused", undefined, { reference, reason });
}

/** The agreements the batch is about, as they are now, in reference order. */
async function targetsOf(tx: DatabaseTransaction, input: BulkActionInput): Promise<Target[]> {
  const select = {
    id: true,
    reference: true,
    version: true,
    status: true,
    archived: true,
    ownerId: true,
    updatedAt: true,
    focusAreas: { where: { focusAreaId: input.focusAreaId ?? "" }, select: { focusAreaId: true } },
  } as const;
  if (input.query !== undefined) {
    const where = agreementListWhere(parseListParams(Object.fromEntries(new URLSearchParams(input.query.replace(/^\?/, "")))));
    const count = await tx.agreement.count({ where });
    if (count > BULK_LIMIT) throw new DomainError("INVALID", "bulkTooMany", undefined, { maximum: BULK_LIMIT, count });
    if (count === 0) throw new DomainError("INVALID", "bulkNothingChosen");
    return tx.agreement.findMany({ where, select, orderBy: { reference: "asc" } });
  }
  const items = input.items ?? [];
  const found = await tx.agreement.findMany({ where: { reference: { in: items.map((i) => i.reference) } }, select, orderBy: { reference: "asc" } });
  const byReference = new Map(found.map((a) => [a.reference, a]));
  for (const item of items) {
    const agreement = byReference.get(item.reference);
    if (!agreement) throw refusal(item.reference, new DomainError("NOT_FOUND", "noSuchAgreement", undefined, { reference: item.reference }));
    // Judged on what the person saw: a newer version refuses the batch, as it would a single change.
    if (agreement.version !== item.version) {
      throw refusal(item.reference, new DomainError("CONFLICT", "agreementConflict", undefined, { changedAt: agreement.updatedAt.toISOString().slice(0, 16).replace("T", " ") }));
    }
  }
  return found;
}

/** Whether the change would alter this agreement; throws the single change's refusal when the rules forbid it. */
function changes(target: Target, input: BulkActionInput): boolean {
  switch (input.operation) {
    case "archive":
      return !target.archived;
    case "restore":
      return target.archived;
    case "reassignOwner":
      return target.ownerId !== input.ownerId;
    case "addFocusArea":
      return target.focusAreas.length === 0;
    case "changeStatus":
      if (target.status === input.toStatus) return false;
      if (!canTransition(target.status, input.toStatus!)) {
        throw refusal(target.reference, new DomainError("INVALID", "statusTransition", undefined, { from: target.status, to: input.toStatus! }));
      }
      return true;
  }
}

/** Checks what the change refers to (an active owner, an active focus area), as the agreement form does. */
async function checkChoices(tx: DatabaseTransaction, input: BulkActionInput) {
  if (input.operation === "reassignOwner" && !(await tx.user.findFirst({ where: { id: input.ownerId, active: true }, select: { id: true } }))) {
    throw new DomainError("INVALID", "chooseOwner", "ownerId");
  }
  if (input.operation === "addFocusArea" && !(await tx.focusArea.findFirst({ where: { id: input.focusAreaId, active: true }, select: { id: true } }))) {
    throw new DomainError("INVALID", "chooseFocusAreas", "focusAreaId");
  }
}

/**
 * What the batch would do, without writing: how many agreements it covers and how many it
 * would change (the others are already so). The confirmation says the second number.
 * @throws DomainError bulkRefused naming the first agreement that refuses, with its reason;
 *   bulkTooMany above BULK_LIMIT; chooseOwner / chooseFocusAreas for a choice that no longer exists.
 */
export async function previewBulkAction(tx: DatabaseTransaction, input: BulkActionInput) {
  await checkChoices(tx, input);
  const targets = await targetsOf(tx, input);
  const changing = targets.filter((t) => changes(t, input));
  return { total: targets.length, changes: changing.length, references: changing.map((t) => t.reference) };
}

/** Moves one agreement from the version read to the next; zero rows means someone saved in between. */
async function claim(tx: DatabaseTransaction, target: Target, data: Record<string, unknown>) {
  const { count } = await tx.agreement.updateMany({ where: { id: target.id, version: target.version }, data: { ...data, version: { increment: 1 } } });
  if (count === 1) return;
  const now = await tx.agreement.findUniqueOrThrow({ where: { id: target.id }, select: { updatedAt: true } });
  throw refusal(target.reference, new DomainError("CONFLICT", "agreementConflict", undefined, { changedAt: now.updatedAt.toISOString().slice(0, 16).replace("T", " ") }));
}

async function applyOne(tx: DatabaseTransaction, target: Target, input: BulkActionInput, actor: CurrentUser) {
  const { reference, version } = target;
  switch (input.operation) {
    case "archive":
    case "restore":
      return setArchived(tx, { reference, version, archived: input.operation === "archive" }, actor);
    case "changeStatus":
      return changeStatus(tx, { reference, version, toStatus: input.toStatus!, effectiveOn: null, note: null }, actor);
    case "reassignOwner":
    case "addFocusArea": {
      // The agreement form's own audit: the agreement as its history reads it, before and after.
      const before = await agreementSnapshot(tx, target.id);
      if (input.operation === "reassignOwner") await claim(tx, target, { ownerId: input.ownerId });
      else {
        // A focus area listed makes the focus areas known (the knowledge rule, lib/agreements/knowledge.ts).
        await claim(tx, target, { focusAreasKnowledge: "KNOWN" });
        await tx.agreementFocusArea.create({ data: { agreementId: target.id, focusAreaId: input.focusAreaId! } });
      }
      await recordAudit(tx, { actorId: actor.id, action: "agreement.updated", entityType: "Agreement", entityId: target.id, before, after: await agreementSnapshot(tx, target.id) });
      return { reference };
    }
  }
}

/**
 * Applies the change to every agreement it would alter, in one transaction.
 * @returns the references changed.
 * @throws DomainError as previewBulkAction, and bulkListChanged when the number of agreements
 *   that would change is no longer the number the confirmation said (input.expectedChanges).
 */
export async function runBulkAction(tx: DatabaseTransaction, input: BulkActionInput, actor: CurrentUser) {
  await checkChoices(tx, input);
  const targets = await targetsOf(tx, input);
  const changing = targets.filter((t) => changes(t, input));
  if (input.expectedChanges !== undefined && input.expectedChanges !== changing.length) {
    throw new DomainError("CONFLICT", "bulkListChanged", undefined, { expected: input.expectedChanges, count: changing.length });
  }
  for (const target of changing) {
    try {
      await applyOne(tx, target, input, actor);
    } catch (error) {
      if (error instanceof DomainError && error.key !== "bulkRefused") throw refusal(target.reference, error);
      throw error;
    }
  }
  return { changed: changing.length, references: changing.map((t) => t.reference) };
}
