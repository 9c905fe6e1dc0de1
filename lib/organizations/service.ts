// Organisation directory: create, edit, delete (refused while anything uses it), merge.
import type { DatabaseTransaction } from "../prisma-client";
import type { CurrentUser } from "../auth/current-user-type";
import { recordAudit } from "../audit/record-audit";
import { DomainError, type MessagePart } from "../errors";
import type { OrganizationInput } from "./schema";
import { refreshSearchDocuments } from "../agreements/search-document";
import { foldText } from "../text/fold";
import { nameSortKeys } from "../i18n/sort-key";

async function snapshot(tx: DatabaseTransaction, id: string) {
  const o = await tx.organization.findUniqueOrThrow({
    where: { id },
    select: {
      name: true, localName: true, acronym: true, kind: true, country: true, region: true, city: true, website: true, notes: true,
      parent: { select: { name: true } },
      otherNames: { select: { name: true } },
    },
  });
  return { ...o, parent: o.parent?.name ?? null, otherNames: o.otherNames.map((n) => n.name) };
}

async function checkParent(tx: DatabaseTransaction, id: string | null, parentId: string | null) {
  if (!parentId) return;
  if (parentId === id) throw new DomainError("INVALID", "organizationSelfParent", "parentId");
  // Walk up from the new parent: meeting this organisation would make a loop.
  for (let current: string | null = parentId, steps = 0; current && steps < 50; steps++) {
    const row: { parentId: string | null } | null = await tx.organization.findUnique({ where: { id: current }, select: { parentId: true } });
    if (!row) throw new DomainError("INVALID", "chooseParent", "parentId");
    if (row.parentId === id && id) throw new DomainError("INVALID", "organizationCycle", "parentId");
    current = row.parentId;
  }
}

export async function createOrganization(tx: DatabaseTransaction, input: OrganizationInput, actor: CurrentUser) {
  await checkParent(tx, null, input.parentId);
  const { otherNames, ...fields } = input;
  const created = await tx.organization.create({
    data: { ...fields, ...nameSortKeys(fields), otherNames: { create: otherNames.map((name) => ({ name })) } },
    select: { id: true },
  });
  await recordAudit(tx, { actorId: actor.id, action: "organization.created", entityType: "Organization", entityId: created.id, after: await snapshot(tx, created.id) });
  return { id: created.id };
}

export async function updateOrganization(tx: DatabaseTransaction, input: OrganizationInput & { id: string; version: number }, actor: CurrentUser) {
  const { id, version, otherNames, ...fields } = input;
  const exists = await tx.organization.findUnique({ where: { id }, select: { id: true } });
  if (!exists) throw new DomainError("NOT_FOUND", "organizationGone");
  await checkParent(tx, id, fields.parentId);
  const before = await snapshot(tx, id);
  // A country chosen settles what the upgrade to country codes could not map (decision 020).
  const settled = fields.country ? { countryAsRecorded: null } : {};
  const { count } = await tx.organization.updateMany({ where: { id, version }, data: { ...fields, ...settled, ...nameSortKeys(fields), version: { increment: 1 } } });
  if (count === 0) throw new DomainError("CONFLICT", "organizationConflict");
  await tx.organizationName.deleteMany({ where: { organizationId: id } });
  await tx.organizationName.createMany({ data: otherNames.map((name) => ({ organizationId: id, name })) });
  // Its names, kind, country and region are part of its agreements' search documents.
  await refreshSearchDocuments(tx, { organizationId: id });
  await recordAudit(tx, { actorId: actor.id, action: "organization.updated", entityType: "Organization", entityId: id, before, after: await snapshot(tx, id) });
  return { id };
}

/** What still refers to an organisation, in words a person can act on. */
export async function organizationUsage(tx: DatabaseTransaction, id: string) {
  const [parties, signatories, leadOf, units, people, ceremonies] = await Promise.all([
    tx.agreementParty.findMany({ where: { organizationId: id }, select: { agreement: { select: { reference: true } } }, take: 5 }),
    tx.participant.count({ where: { onBehalfOfId: id } }),
    tx.agreement.count({ where: { leadUnitId: id } }),
    tx.organization.count({ where: { parentId: id } }),
    tx.person.count({ where: { organizationId: id } }),
    tx.signingEvent.count({ where: { OR: [{ hostId: id }, { attendances: { some: { onBehalfOfId: id } } }] } }),
  ]);
  const agreementCount = await tx.agreementParty.count({ where: { organizationId: id } });
  const uses: MessagePart[] = [];
  const references = parties.map((p) => p.agreement.reference).join(", ") + (agreementCount > 5 ? ", …" : "");
  if (agreementCount) uses.push({ key: "usedAsParty", values: { count: agreementCount, references } });
  if (signatories) uses.push({ key: "usedBySignatories", values: { count: signatories } });
  if (leadOf) uses.push({ key: "usedAsLeadUnit", values: { count: leadOf } });
  if (units) uses.push({ key: "usedByUnits", values: { count: units } });
  if (people) uses.push({ key: "usedByPeople", values: { count: people } });
  if (ceremonies) uses.push({ key: "usedAtCeremonies", values: { count: ceremonies } });
  return uses;
}

export async function deleteOrganization(tx: DatabaseTransaction, input: { id: string }, actor: CurrentUser) {
  const organization = await tx.organization.findUnique({ where: { id: input.id }, select: { name: true, isOwnInstitution: true } });
  if (!organization) throw new DomainError("NOT_FOUND", "organizationGone");
  if (organization.isOwnInstitution) throw new DomainError("IN_USE", "ownInstitutionDelete");
  const uses = await organizationUsage(tx, input.id);
  if (uses.length > 0) {
    throw new DomainError("IN_USE", "organizationInUse", undefined, { name: organization.name, uses });
  }
  const before = await snapshot(tx, input.id);
  await tx.organization.delete({ where: { id: input.id } });
  await recordAudit(tx, { actorId: actor.id, action: "organization.deleted", entityType: "Organization", entityId: input.id, before });
  return { id: input.id };
}

/**
 * Merges a duplicate into the organisation to keep: every link moves over (parties,
 * signatories, lead units, units, people, evidence, long-standing fields), the
 * duplicate's names become other names of the one kept, and the duplicate is deleted.
 */
export async function mergeOrganizations(tx: DatabaseTransaction, input: { id: string; intoId: string }, actor: CurrentUser) {
  if (input.id === input.intoId) throw new DomainError("INVALID", "mergeIntoOther", "intoId");
  const [source, target] = await Promise.all(
    [input.id, input.intoId].map((id) => tx.organization.findUnique({ where: { id }, select: { id: true, name: true, localName: true, acronym: true, isOwnInstitution: true } })),
  );
  if (!source) throw new DomainError("NOT_FOUND", "organizationGone");
  if (!target) throw new DomainError("INVALID", "chooseOrganizationToKeep", "intoId");
  if (source.isOwnInstitution) throw new DomainError("INVALID", "mergeOwnInstitution", "intoId");

  // Parties: where both are parties of one agreement, the duplicate's row goes.
  const sourceParties = await tx.agreementParty.findMany({ where: { organizationId: source.id }, select: { id: true, agreementId: true } });
  for (const party of sourceParties) {
    const clash = await tx.agreementParty.findUnique({ where: { agreementId_organizationId: { agreementId: party.agreementId, organizationId: target.id } } });
    if (clash) await tx.agreementParty.delete({ where: { id: party.id } });
    else await tx.agreementParty.update({ where: { id: party.id }, data: { organizationId: target.id } });
  }
  await tx.participant.updateMany({ where: { onBehalfOfId: source.id }, data: { onBehalfOfId: target.id } });
  await tx.agreement.updateMany({ where: { leadUnitId: source.id }, data: { leadUnitId: target.id } });
  await tx.signingEvent.updateMany({ where: { hostId: source.id }, data: { hostId: target.id } });
  await tx.eventAttendance.updateMany({ where: { onBehalfOfId: source.id }, data: { onBehalfOfId: target.id } });
  // The kept one takes the duplicate's place in the hierarchy if it was one of its units.
  const targetParent = await tx.organization.findUniqueOrThrow({ where: { id: target.id }, select: { parentId: true } });
  if (targetParent.parentId === source.id) {
    const sourceParent = await tx.organization.findUniqueOrThrow({ where: { id: source.id }, select: { parentId: true } });
    await tx.organization.update({ where: { id: target.id }, data: { parentId: sourceParent.parentId } });
  }
  await tx.organization.updateMany({ where: { parentId: source.id, id: { not: target.id } }, data: { parentId: target.id } });
  await tx.person.updateMany({ where: { organizationId: source.id }, data: { organizationId: target.id } });
  await tx.evidence.updateMany({ where: { organizationId: source.id }, data: { organizationId: target.id } });
  const fields = await tx.organizationFocusArea.findMany({ where: { organizationId: source.id }, select: { focusAreaId: true } });
  for (const { focusAreaId } of fields) {
    const has = await tx.organizationFocusArea.findUnique({ where: { organizationId_focusAreaId: { organizationId: target.id, focusAreaId } } });
    if (!has) await tx.organizationFocusArea.create({ data: { organizationId: target.id, focusAreaId } });
  }
  // Names compared by the one text rule: "WUT " and "wut" are one name, kept once.
  const existingNames = new Set(
    [target.name, target.localName, target.acronym, ...(await tx.organizationName.findMany({ where: { organizationId: target.id }, select: { name: true } })).map((n) => n.name)]
      .filter((n): n is string => !!n)
      .map(foldText),
  );
  const sourceNames = [source.name, source.localName, source.acronym, ...(await tx.organizationName.findMany({ where: { organizationId: source.id }, select: { name: true } })).map((n) => n.name)];
  for (const name of sourceNames) {
    if (!name || existingNames.has(foldText(name))) continue;
    existingNames.add(foldText(name));
    await tx.organizationName.create({ data: { organizationId: target.id, name } });
  }
  const before = await snapshot(tx, source.id);
  await tx.organization.delete({ where: { id: source.id } });
  await tx.organization.update({ where: { id: target.id }, data: { version: { increment: 1 } } });
  // The agreements that moved over are found by the kept one's names now, the duplicate's included.
  await refreshSearchDocuments(tx, { organizationId: target.id });
  await recordAudit(tx, { actorId: actor.id, action: "organization.merged", entityType: "Organization", entityId: target.id, changes: { mergedFrom: { before: before.name, after: target.name } } });
  await recordAudit(tx, { actorId: actor.id, action: "organization.deleted", entityType: "Organization", entityId: source.id, before });
  return { id: target.id };
}
