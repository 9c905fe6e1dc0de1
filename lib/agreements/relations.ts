// Relations between agreements besides renewal: an implementing agreement under its framework,
// an amendment, a replacement, an agreement that follows from an MoU, or one simply related.
// A relation reads "from <kind> to" (AG-2 IMPLEMENTS AG-1, its framework). Renewal keeps its own
// chain (Agreement.renewalOfId, lib/agreements/service.ts).
//
// Rules (issue "The register holds what real sources say", design.md's lifecycle):
// - an agreement is never related to itself, and two agreements are related in one way only (a
//   second relation between them, of any kind or direction, would contradict or repeat the first);
// - the directed kinds together never form a cycle: each points from the agreement that rests on
//   another (implements, amends, supersedes, follows from) to that other, so no agreement can rest
//   on itself through others, whatever the kinds along the way;
// - adding or removing a relation writes a note on BOTH agreements' timelines, so that each keeps
//   its history whatever later happens to the other end (archiving keeps the relation itself).
import { z } from "zod";
import type { CurrentUser } from "../auth/current-user-type";
import { AGREEMENT_RELATION_KINDS, type AgreementRelationKind } from "../enumerations";
import { DomainError } from "../errors";
import type { DatabaseTransaction } from "../prisma-client";
import { storedSystemNote } from "./system-note";

// References are written upper-case (AG-2020-0001); a person may type them in any case.
const reference = z.string().trim().min(1, "chooseAgreement").max(40, "tooLong").transform((value) => value.toUpperCase());

export const AddRelationSchema = z.strictObject({
  reference: z.string().trim().min(1).max(40),
  kind: z.enum(AGREEMENT_RELATION_KINDS, { message: "chooseRelationKind" }),
  otherReference: reference,
});

export const RemoveRelationSchema = z.strictObject({
  reference: z.string().trim().min(1).max(40),
  relationId: z.string().trim().min(1).max(64),
});

/** Seen from one agreement: "outgoing" when it is the relation's `from` (it implements …), else "incoming". */
export type RelationDirection = "outgoing" | "incoming";

/** The audit log's field for a relation, seen from each end (labelled in `history.fields` and `audit.fields`). */
const AUDIT_FIELD: Record<AgreementRelationKind, Record<RelationDirection, string>> = {
  IMPLEMENTS: { outgoing: "implements", incoming: "implementedBy" },
  AMENDS: { outgoing: "amends", incoming: "amendedBy" },
  SUPERSEDES: { outgoing: "supersedes", incoming: "supersededBy" },
  FOLLOWS_FROM: { outgoing: "followsFrom", incoming: "followedBy" },
  RELATED: { outgoing: "relatedTo", incoming: "relatedTo" },
};

/** One end of a relation as its notes and audit records name it. */
export interface RelationEnd {
  id: string;
  reference: string;
  status: string;
}
/** A relation added or removed: "from <kind> to". */
export interface RelationChange {
  kind: AgreementRelationKind;
  from: RelationEnd;
  to: RelationEnd;
}

/**
 * What adding or removing relations writes besides the relation rows: a note on both ends'
 * timelines and an audit event on each end, so that both agreements' histories say who related
 * them and when. Multi-row inserts: an import records thousands at once, a form one.
 */
export async function recordRelationChanges(tx: DatabaseTransaction, change: "added" | "removed", relations: RelationChange[], actor: CurrentUser) {
  if (relations.length === 0) return;
  const note = (self: RelationEnd, other: RelationEnd, kind: AgreementRelationKind, direction: RelationDirection) => ({
    agreementId: self.id,
    kind: "RELATION" as const,
    fromStatus: self.status as never,
    toStatus: self.status as never,
    changedById: actor.id,
    systemNote: storedSystemNote({ key: change === "added" ? "relationAdded" : "relationRemoved", values: { kind, direction, reference: other.reference } }),
  });
  await tx.statusChange.createMany({ data: relations.flatMap(({ kind, from, to }) => [note(from, to, kind, "outgoing"), note(to, from, kind, "incoming")]) });
  const action = change === "added" ? "agreement.relation-added" : "agreement.relation-removed";
  const value = (other: string) => (change === "added" ? { before: null, after: other } : { before: other, after: null });
  const audit = (self: RelationEnd, field: string, other: RelationEnd) => ({
    actorId: actor.id,
    action,
    entityType: "Agreement",
    entityId: self.id,
    changes: JSON.stringify({ [field]: value(other.reference) }),
  });
  await tx.auditEvent.createMany({
    data: relations.flatMap(({ kind, from, to }) => [audit(from, AUDIT_FIELD[kind].outgoing, to), audit(to, AUDIT_FIELD[kind].incoming, from)]),
  });
}

/** Kinds in which an agreement cannot reach itself: all but RELATED, which has no direction. */
export const isDirected = (kind: AgreementRelationKind) => kind !== "RELATED";
/** The directed kinds, walked together by the cycle rule. */
export const DIRECTED_KINDS = AGREEMENT_RELATION_KINDS.filter(isDirected);

/** The ids one step on from a set of agreements' ids, along one kind of link (from → to). */
export type NextStep = (frontier: string[]) => Promise<string[]> | string[];

/**
 * Whether `start` reaches `target` by following `next`, breadth first: the one walk behind every
 * "no cycle" rule (relations in the database, and an import's rows before they are stored).
 * Chains of frameworks and amendments are short; `visited` bounds the walk.
 */
export async function reaches(start: string, target: string, next: NextStep): Promise<boolean> {
  const visited = new Set([start]);
  let frontier = [start];
  while (frontier.length > 0) {
    const step = await next(frontier);
    frontier = [];
    for (const id of step) {
      if (id === target) return true;
      if (visited.has(id)) continue;
      visited.add(id);
      frontier.push(id);
    }
  }
  return false;
}

/** Whether recording "from <kind> to" would close a cycle: a directed kind, and `to` already reaches `from`. */
export async function closesCycle(kind: AgreementRelationKind, fromId: string, toId: string, next: NextStep): Promise<boolean> {
  return isDirected(kind) && (await reaches(toId, fromId, next));
}

/** One step along the stored relations of every directed kind: one statement per step. */
const storedStep =
  (tx: DatabaseTransaction): NextStep =>
  async (frontier) =>
    (await tx.agreementRelation.findMany({ where: { kind: { in: DIRECTED_KINDS }, fromId: { in: frontier } }, select: { toId: true } })).map((e) => e.toId);

const agreementAt = (tx: DatabaseTransaction, reference: string, field?: string) =>
  tx.agreement
    .findUnique({ where: { reference }, select: { id: true, reference: true, status: true } })
    .then((found) => found ?? Promise.reject(new DomainError("NOT_FOUND", "noSuchAgreement", field, { reference })));

/**
 * Records that agreement `reference` stands in `kind` to `otherReference` (from = reference).
 * Errors (DomainError, field `otherReference`): noSuchAgreement, relationToItself, relationExists,
 * relationPairTaken (the two are already related in another way), relationCycle ({ reference }: the agreement that already leads back).
 */
export async function addRelation(tx: DatabaseTransaction, input: z.output<typeof AddRelationSchema>, actor: CurrentUser) {
  const from = await agreementAt(tx, input.reference);
  const to = await agreementAt(tx, input.otherReference, "otherReference");
  if (from.id === to.id) throw new DomainError("INVALID", "relationToItself", "otherReference");
  const existing = await tx.agreementRelation.findFirst({
    where: { OR: [{ fromId: from.id, toId: to.id }, { fromId: to.id, toId: from.id }] },
    select: { kind: true, fromId: true },
  });
  if (existing) {
    const same = existing.kind === input.kind && (existing.fromId === from.id || !isDirected(input.kind));
    throw new DomainError("CONFLICT", same ? "relationExists" : "relationPairTaken", "otherReference", { reference: to.reference });
  }
  if (await closesCycle(input.kind, from.id, to.id, storedStep(tx))) {
    throw new DomainError("INVALID", "relationCycle", "otherReference", { reference: to.reference });
  }
  const relation = await tx.agreementRelation.create({ data: { kind: input.kind, fromId: from.id, toId: to.id }, select: { id: true } });
  await recordRelationChanges(tx, "added", [{ kind: input.kind, from, to }], actor);
  return { reference: from.reference, otherReference: to.reference, relationId: relation.id };
}

/** Removes a relation of agreement `reference` (either end). Errors: relationGone (NOT_FOUND). */
export async function removeRelation(tx: DatabaseTransaction, input: z.output<typeof RemoveRelationSchema>, actor: CurrentUser) {
  const relation = await tx.agreementRelation.findUnique({
    where: { id: input.relationId },
    select: {
      id: true,
      kind: true,
      from: { select: { id: true, reference: true, status: true } },
      to: { select: { id: true, reference: true, status: true } },
    },
  });
  if (!relation || (relation.from.reference !== input.reference && relation.to.reference !== input.reference)) {
    throw new DomainError("NOT_FOUND", "relationGone");
  }
  await tx.agreementRelation.delete({ where: { id: relation.id } });
  await recordRelationChanges(tx, "removed", [relation], actor);
  return { reference: input.reference, otherReference: relation.from.reference === input.reference ? relation.to.reference : relation.from.reference };
}
