// Writes a checked import plan: everything in one transaction, or nothing. The steps are
// named below; the agreements themselves go through the one write primitive
// (lib/agreements/write.ts), and new types and focus areas through the reference lists'
// own service, so an import leaves the same records and audit trail as the form and the
// Lists page would.
import { randomUUID } from "node:crypto";
import type { DatabaseTransaction } from "../prisma-client";
import type { CurrentUser } from "../auth/current-user-type";
import { changedFields, recordAudit } from "../audit/record-audit";
import { DomainError } from "../errors";
import { advanceReferenceCounters, formatReference, nextReference, parseReference } from "../agreements/reference";
import { dateColumns, markPredecessorRenewed, ownInstitution } from "../agreements/service";
import { predecessorBecomesRenewed } from "../agreements/lifecycle";
import { recordRelationChanges, type RelationChange, type RelationEnd } from "../agreements/relations";
import { ceremonyAttachmentAudits, createCeremony } from "../ceremonies/service";
import { insertAgreements, insertRows, type NewAgreement } from "../agreements/write";
import { now as currentInstant } from "../dates/institution-time";
import { toIsoPartial } from "../dates/partial-date";
import { saveAgreementType, saveFocusArea } from "../reference-lists/service";
import { foldText } from "../text/fold";
import type { ImportPlan, LinkTarget, PlannedAgreement } from "./plan";

/** Ids of what the plan found missing, by the folded name that rows refer to it with. */
type CreatedByName = Map<string, string>;

/**
 * Creates the organisations that no row matched, once each however many rows name them, with
 * their audit records: multi-row inserts, a few statements for any number of organisations.
 * @returns their ids by folded name.
 */
async function createNewOrganizations(tx: DatabaseTransaction, plan: ImportPlan, actor: CurrentUser): Promise<CreatedByName> {
  const created: CreatedByName = new Map();
  const rows: { id: string; name: string; localName: string | null; country: string | null; kind: (typeof plan.rows)[number]["partners"][number]["kind"] }[] = [];
  for (const partner of plan.rows.flatMap((row) => row.partners)) {
    if (partner.matchId || created.has(partner.key)) continue;
    // The kind the person chose on the preview (Other unless they chose).
    const row = { id: randomUUID(), name: partner.name, localName: partner.localName, country: partner.country, kind: partner.kind };
    rows.push(row);
    created.set(partner.key, row.id);
  }
  const at = new Date();
  const audits = rows.map((o) => ({
    id: randomUUID(),
    at,
    actorId: actor.id,
    action: "organization.imported",
    entityType: "Organization",
    entityId: o.id,
    changes: JSON.stringify(changedFields(null, { name: o.name, localName: o.localName, kind: o.kind })),
  }));
  await insertRows(tx, "Organization", rows.map((row) => ({ ...row, createdAt: at, updatedAt: at })));
  await insertRows(tx, "AuditEvent", audits);
  return created;
}

/**
 * Adds the agreement types and focus areas that no row matched, through the reference lists'
 * service (so each addition is audited as on the Lists page).
 */
async function addNewListEntries(tx: DatabaseTransaction, plan: ImportPlan, actor: CurrentUser) {
  const types: CreatedByName = new Map();
  const focusAreas: CreatedByName = new Map();
  for (const row of plan.rows) {
    if (row.type && !row.type.id && !types.has(foldText(row.type.name))) {
      const { id } = await saveAgreementType(tx, { name: row.type.name, sortOrder: 0, active: true }, actor);
      types.set(foldText(row.type.name), id);
    }
    for (const focus of row.focusAreas) {
      if (focus.id || focusAreas.has(foldText(focus.name))) continue;
      const { id } = await saveFocusArea(tx, { name: focus.name, description: null, active: true }, actor);
      focusAreas.set(foldText(focus.name), id);
    }
  }
  return { types, focusAreas };
}

/**
 * Rows that bring their own reference keep it and go first, so that numbers handed out afterwards
 * cannot collide. The others take the next numbers of their signing year, reserved a year at a
 * time: one number through nextReference (which starts a year's counter after its highest
 * reference), then the rest by moving the counter on by how many more the year needs.
 */
async function referencedRows(tx: DatabaseTransaction, rows: PlannedAgreement[]) {
  const ordered = [...rows.filter((r) => r.reference), ...rows.filter((r) => !r.reference)];
  const yearOf = (row: PlannedAgreement) => (row.signedOn?.date ?? new Date()).getUTCFullYear();
  const needed = new Map<number, number>();
  for (const row of ordered) if (!row.reference) needed.set(yearOf(row), (needed.get(yearOf(row)) ?? 0) + 1);
  const next = new Map<number, number>();
  for (const [year, count] of needed) {
    const first = parseReference(await nextReference(tx, year))!.sequence;
    if (count > 1) await tx.referenceCounter.update({ where: { year }, data: { last: { increment: count - 1 } } });
    next.set(year, first);
  }
  return ordered.map((row) => {
    if (row.reference) return { row, reference: row.reference };
    const year = yearOf(row);
    const sequence = next.get(year)!;
    next.set(year, sequence + 1);
    return { row, reference: formatReference(year, sequence) };
  });
}

/**
 * Creates the signing ceremonies that no row matched, once each, through the ceremonies' own
 * service (audited as on the Ceremonies page): the name, and the date and place the file gives.
 * @returns their ids by the plan's key.
 */
async function createNewCeremonies(tx: DatabaseTransaction, plan: ImportPlan, actor: CurrentUser): Promise<CreatedByName> {
  const created: CreatedByName = new Map();
  for (const ceremony of plan.newCeremonies) {
    const { id } = await createCeremony(tx, { name: ceremony.name, heldOn: ceremony.heldOn, place: ceremony.place, hostId: null, notes: null }, actor);
    created.set(ceremony.key, id);
  }
  return created;
}

/** A stored row's agreement, as the links between agreements name it. */
type Stored = Map<number, RelationEnd>;
const endOf = (target: LinkTarget, stored: Stored): RelationEnd =>
  target.line !== undefined ? stored.get(target.line)! : { id: target.agreementId, reference: target.reference, status: target.status };

/**
 * Writes what rows say of other agreements, once every row is stored: the ceremony attachments'
 * audit records, each renewal link (an agreement of the register renewed by an active row becomes
 * renewed, as when a renewal is activated), and the relations with their notes and audit records
 * on both ends (lib/agreements/relations.ts).
 */
async function linkAgreements(tx: DatabaseTransaction, plan: ImportPlan, stored: Stored, ceremonies: CreatedByName, actor: CurrentUser) {
  const attachments = plan.rows.flatMap((row) => {
    if (!row.ceremony) return [];
    const id = row.ceremony.id ?? ceremonies.get(row.ceremony.key)!;
    return ceremonyAttachmentAudits("attached", { id, name: row.ceremony.name }, stored.get(row.line)!, actor.id);
  });
  if (attachments.length > 0) await tx.auditEvent.createMany({ data: attachments });
  for (const row of plan.rows) {
    if (!row.renews) continue;
    const successor = stored.get(row.line)!;
    const predecessor = endOf(row.renews, stored);
    await tx.agreement.update({ where: { id: successor.id }, data: { renewalOfId: predecessor.id } });
    if (row.renews.line !== undefined) continue;
    // An agreement of the register: its own history says what renews it.
    await recordAudit(tx, { actorId: actor.id, action: "agreement.renewal-started", entityType: "Agreement", entityId: predecessor.id, changes: { renewedBy: { before: null, after: successor.reference } } });
    if (row.status === "ACTIVE" && predecessorBecomesRenewed(row.renews.status)) await markPredecessorRenewed(tx, predecessor.id, successor.reference, actor);
  }
  const relations: RelationChange[] = plan.rows.flatMap((row) => row.relations.map((r) => ({ kind: r.kind, from: stored.get(row.line)!, to: endOf(r.target, stored) })));
  for (let start = 0; start < relations.length; start += 500) {
    const batch = relations.slice(start, start + 500);
    await tx.agreementRelation.createMany({ data: batch.map((r) => ({ kind: r.kind, fromId: r.from.id, toId: r.to.id })) });
    await recordRelationChanges(tx, "added", batch, actor);
  }
}

/** One planned row as the agreement to store. */
function newAgreement(
  row: PlannedAgreement,
  reference: string,
  ids: { ownInstitutionId: string; organizations: CreatedByName; types: CreatedByName; focusAreas: CreatedByName; ceremonies: CreatedByName },
  fileName: string,
  now: Date,
): NewAgreement {
  const partnerIds = [...new Set(row.partners.map((p) => p.matchId ?? ids.organizations.get(p.key)!))].filter((id) => id !== ids.ownInstitutionId);
  return {
    id: randomUUID(),
    reference,
    status: row.status,
    columns: {
      title: row.title || null,
      ...row.knowledge,
      signedOnApproximate: row.signedOnApproximate,
      signingEventId: row.ceremony ? (row.ceremony.id ?? ids.ceremonies.get(row.ceremony.key)!) : null,
      typeId: row.type ? (row.type.id ?? ids.types.get(foldText(row.type.name))!) : null,
      summary: row.summary,
      signedPlace: row.place,
      termMonths: row.termMonths,
      noticePeriodDays: row.noticePeriodDays,
      automaticRenewal: row.automaticRenewal,
      notes: row.notes,
      ...dateColumns(row, now),
    },
    parties: partnerIds.map((organizationId) => ({ organizationId, role: "PARTNER" as const })),
    signatories: [],
    focusAreaIds: row.focusAreas.map((f) => f.id ?? ids.focusAreas.get(foldText(f.name))!),
    otherNames: row.otherNames.map((name) => ({ name, note: null })),
    origin: { key: "importedFrom", values: { file: fileName, line: row.line } },
  };
}

/** What the audit log says of one imported agreement: taken from the plan, with no read-back per row (imports run to thousands). */
function importedAuditRecord({ row, reference }: { row: PlannedAgreement; reference: string }, fileName: string) {
  return {
    reference,
    title: row.title || null,
    // Knowledge only when not known or none, as the agreement's history records it (decision 022).
    ...Object.fromEntries(Object.entries(row.knowledge).filter(([, state]) => state !== "KNOWN")),
    ...(row.otherNames.length > 0 ? { otherNames: row.otherNames } : {}),
    status: row.status,
    type: row.type?.name ?? null,
    signedOn: row.signedOn ? toIsoPartial(row.signedOn.date, row.signedOn.precision) : null,
    ...(row.signedOnApproximate ? { signedOnApproximate: true } : {}),
    ...(row.ceremony ? { signingEvent: row.ceremony.name } : {}),
    ...(row.renews ? { renewalOf: row.renews.reference } : {}),
    parties: row.partners.map((p) => p.name),
    focusAreas: row.focusAreas.map((f) => f.name),
    source: `${fileName}, line ${row.line}`,
  };
}

/**
 * Writes every row of a plan that has no problems left, in the caller's transaction.
 * @returns how many agreements, organisations, types and focus areas were created, and the new references.
 * @throws DomainError INVALID `importHasProblems` when any row or the file still has a problem.
 */
export async function commitImport(tx: DatabaseTransaction, plan: ImportPlan, actor: CurrentUser, fileName: string) {
  if (plan.fileProblems.length > 0 || plan.rowsWithProblems > 0) {
    throw new DomainError("INVALID", "importHasProblems");
  }
  const { id: ownInstitutionId } = await ownInstitution(tx);
  const organizations = await createNewOrganizations(tx, plan, actor);
  const { types, focusAreas } = await addNewListEntries(tx, plan, actor);
  const ceremonies = await createNewCeremonies(tx, plan, actor);
  const rows = await referencedRows(tx, plan.rows);
  // One instant for every row's derived dates (the end and notice deadline as of today).
  const now = currentInstant();
  const agreements = rows.map(({ row, reference }) => newAgreement(row, reference, { ownInstitutionId, organizations, types, focusAreas, ceremonies }, fileName, now));
  await insertAgreements(tx, agreements, {
    ownInstitutionId,
    actorId: actor.id,
    audit: { kind: "given", action: "agreement.imported", after: (_, index) => importedAuditRecord(rows[index], fileName) },
  });
  const references = agreements.map((a) => a.reference);
  await advanceReferenceCounters(tx, references);
  const stored: Stored = new Map(rows.map(({ row }, index) => [row.line, { id: agreements[index].id!, reference: agreements[index].reference, status: row.status }]));
  await linkAgreements(tx, plan, stored, ceremonies, actor);

  const summary = { agreements: references.length, organizations: organizations.size, types: types.size, focusAreas: focusAreas.size, references };
  await recordAudit(tx, {
    actorId: actor.id,
    action: "import.committed",
    entityType: "Import",
    entityId: fileName.slice(0, 200),
    changes: {
      file: { before: null, after: fileName },
      agreements: { before: null, after: summary.agreements },
      organizations: { before: null, after: summary.organizations },
      types: { before: null, after: summary.types },
      focusAreas: { before: null, after: summary.focusAreas },
    },
  });
  return summary;
}
