// People directory: create, edit, delete (refused while they appear on agreements), merge.
import type { DatabaseTransaction } from "../prisma-client";
import type { CurrentUser } from "../auth/current-user-type";
import { recordAudit } from "../audit/record-audit";
import { DomainError } from "../errors";
import type { PersonInput } from "./schema";
import { refreshSearchDocuments } from "../agreements/search-document";
import { personDeletionRefusal, personUsage } from "./usage";
import { personSortKeys } from "../organizations/sort-keys";

async function snapshot(tx: DatabaseTransaction, id: string) {
  const p = await tx.person.findUniqueOrThrow({
    where: { id },
    select: { name: true, localName: true, position: true, localPosition: true, email: true, phone: true, notes: true, organization: { select: { name: true } } },
  });
  return { ...p, organization: p.organization?.name ?? null };
}

async function checkOrganization(tx: DatabaseTransaction, organizationId: string | null) {
  if (organizationId && !(await tx.organization.findUnique({ where: { id: organizationId }, select: { id: true } }))) {
    throw new DomainError("INVALID", "chooseOrganizationFromList", "organizationId");
  }
}

export async function createPerson(tx: DatabaseTransaction, input: PersonInput, actor: CurrentUser) {
  await checkOrganization(tx, input.organizationId);
  const created = await tx.person.create({ data: { ...input, ...personSortKeys(input) }, select: { id: true } });
  await recordAudit(tx, { actorId: actor.id, action: "person.created", entityType: "Person", entityId: created.id, after: await snapshot(tx, created.id) });
  return { id: created.id };
}

export async function updatePerson(tx: DatabaseTransaction, input: PersonInput & { id: string; version: number }, actor: CurrentUser) {
  const { id, version, ...fields } = input;
  if (!(await tx.person.findUnique({ where: { id }, select: { id: true } }))) throw new DomainError("NOT_FOUND", "personGone");
  await checkOrganization(tx, fields.organizationId);
  const before = await snapshot(tx, id);
  const { count } = await tx.person.updateMany({ where: { id, version }, data: { ...fields, ...personSortKeys(fields), version: { increment: 1 } } });
  if (count === 0) throw new DomainError("CONFLICT", "personConflict");
  await refreshSearchDocuments(tx, { personId: id });
  await recordAudit(tx, { actorId: actor.id, action: "person.updated", entityType: "Person", entityId: id, before, after: await snapshot(tx, id) });
  return { id };
}

export async function deletePerson(tx: DatabaseTransaction, input: { id: string }, actor: CurrentUser) {
  const usage = await personUsage(tx, input.id);
  if (!usage) throw new DomainError("NOT_FOUND", "personGone");
  const refusal = personDeletionRefusal(usage);
  if (refusal) throw new DomainError("IN_USE", refusal.key, undefined, refusal.values);
  const before = await snapshot(tx, input.id);
  await tx.person.delete({ where: { id: input.id } });
  await recordAudit(tx, { actorId: actor.id, action: "person.deleted", entityType: "Person", entityId: input.id, before });
  return { id: input.id };
}

/** Merges a duplicate person into the one to keep: their signatures and evidence move over. */
export async function mergePeople(tx: DatabaseTransaction, input: { id: string; intoId: string }, actor: CurrentUser) {
  if (input.id === input.intoId) throw new DomainError("INVALID", "mergeIntoOtherPerson", "intoId");
  const source = await tx.person.findUnique({ where: { id: input.id }, select: { id: true } });
  if (!source) throw new DomainError("NOT_FOUND", "personGone");
  const target = await tx.person.findUnique({ where: { id: input.intoId }, select: { id: true, name: true, localName: true, position: true, organizationId: true } });
  if (!target) throw new DomainError("INVALID", "choosePersonToKeep", "intoId");
  const before = await snapshot(tx, source.id);
  await tx.participant.updateMany({ where: { personId: source.id }, data: { personId: target.id } });
  await tx.evidence.updateMany({ where: { personId: source.id }, data: { personId: target.id } });
  await tx.eventAttendance.updateMany({ where: { personId: source.id }, data: { personId: target.id } });
  // What the kept record lacks, the duplicate may know.
  const duplicate = await tx.person.findUniqueOrThrow({ where: { id: source.id }, select: { name: true, localName: true, position: true, organizationId: true } });
  await tx.person.update({
    where: { id: target.id },
    data: {
      name: target.name ?? duplicate.name,
      localName: target.localName ?? duplicate.localName,
      position: target.position ?? duplicate.position,
      organizationId: target.organizationId ?? duplicate.organizationId,
      ...personSortKeys({ name: target.name ?? duplicate.name, localName: target.localName ?? duplicate.localName, position: target.position ?? duplicate.position }),
      version: { increment: 1 },
    },
  });
  await tx.person.delete({ where: { id: source.id } });
  await refreshSearchDocuments(tx, { personId: target.id });
  await recordAudit(tx, { actorId: actor.id, action: "person.merged", entityType: "Person", entityId: target.id, changes: { mergedFrom: { before: before.name ?? before.position, after: target.name ?? target.position } } });
  await recordAudit(tx, { actorId: actor.id, action: "person.deleted", entityType: "Person", entityId: source.id, before });
  return { id: target.id };
}
