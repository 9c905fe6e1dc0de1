// The one way a new agreement reaches the database. Logging one in the form, starting a
// renewal, importing a register and generating the demo portfolio all describe the
// agreements they want as `NewAgreement`s and hand them here, so the rules that every
// stored agreement obeys live in one place: our institution is party 0, partners follow in
// order, each focus area is linked once, the first timeline entry is written, the search
// document is built, and the audit record is written in the same transaction.
import { randomUUID } from "node:crypto";
import { Prisma } from "../../generated/prisma/client.ts";
import type { DatabaseTransaction } from "../prisma-client";
import { changedFields, recordAudit } from "../audit/record-audit";
import { storedSystemNote, type SystemNote } from "./system-note";
import { refreshSearchDocuments, searchDocument, searchSourceSelect, type SearchDocument, type SearchSourceOrganization } from "./search-document";
import { agreementSnapshot } from "./snapshot";
import type { AgreementStatus } from "./status";

/** The agreement's own columns (title, type, dates and derived end/notice dates, terms, owner, …). */
export type AgreementColumns = Omit<
  Prisma.AgreementUncheckedCreateInput,
  | "id"
  | "reference"
  | "status"
  | "renewalOfId"
  | "archived"
  | "version"
  | "createdAt"
  | "updatedAt"
  | "searchText"
  | "partnerKinds"
  | "partnerCountries"
  | "partnerRegions"
  | "parties"
  | "participants"
  | "focusAreas"
  | "statusChanges"
  | "evidence"
  | "documents"
  | "reminders"
  | "renewedBy"
  | "otherNames"
>;

export type OtherPartyRole = "PARTNER" | "CO_SIGNING_BODY";
/** Another name of an agreement and where it comes from. */
export interface OtherName {
  name: string;
  note: string | null;
}

/** An agreement to store, with its relations by id (organisations and people exist already). */
export interface NewAgreement {
  /** Given by a caller that links new agreements to each other before they are stored (renewal chains); otherwise made here. */
  id?: string;
  reference: string;
  status: AgreementStatus;
  columns: AgreementColumns;
  renewalOfId?: string | null;
  archived?: boolean;
  /** The other parties, in order; our institution is added as party 0 and must not be among them. */
  parties: { organizationId: string; role: OtherPartyRole }[];
  signatories: { personId: string; onBehalfOfId: string }[];
  focusAreaIds: string[];
  /** Other names it goes by (a headline's, a speech's), in order; searched. */
  otherNames?: OtherName[];
  /** Why the agreement entered the register, shown on its timeline in the reader's language. */
  origin: SystemNote | null;
  /** A note typed by the person (a renewal's reason), kept as typed. */
  note?: string | null;
  /** Precomputed by a caller that already holds every name in memory (the demo portfolio). */
  searchDocument?: SearchDocument;
}

/**
 * How the audit log records the new agreements: `snapshot` reads each one back as the history
 * shows it (a form or a renewal: one agreement); `given` records what the caller states without
 * a read-back (an import of thousands of rows); `none` leaves it to one summary event that the
 * caller writes itself (the generated demo portfolio).
 */
export type AuditMode =
  | { kind: "snapshot"; action: string; extra?: (agreement: NewAgreement) => Record<string, unknown> }
  | { kind: "given"; action: string; after: (agreement: NewAgreement, index: number) => Record<string, unknown> }
  | { kind: "none" };

const BATCH = 500;

/**
 * The party rows of an agreement: our institution as party 0, then the others in order.
 * @throws RangeError when our institution is among the others (a caller's bug: the form and the
 *   import check for it first and say so to the person).
 */
function partyRows(agreementId: string, ownInstitutionId: string, parties: NewAgreement["parties"]) {
  if (parties.some((p) => p.organizationId === ownInstitutionId)) {
    throw new RangeError("our institution is party 0 of every agreement, not one of its other parties");
  }
  return [
    { agreementId, organizationId: ownInstitutionId, role: "OUR_INSTITUTION" as const, order: 0 },
    ...parties.map((p, order) => ({ agreementId, organizationId: p.organizationId, role: p.role, order: order + 1 })),
  ];
}

const signatoryRows = (agreementId: string, signatories: NewAgreement["signatories"]) =>
  signatories.map((s, order) => ({ agreementId, personId: s.personId, onBehalfOfId: s.onBehalfOfId, role: "SIGNATORY" as const, order }));

const focusAreaRows = (agreementId: string, focusAreaIds: string[]) => [...new Set(focusAreaIds)].map((focusAreaId) => ({ agreementId, focusAreaId }));

const otherNameRows = (agreementId: string, otherNames: OtherName[] = []) => otherNames.map((n, order) => ({ agreementId, name: n.name, note: n.note, order }));

/**
 * Replaces an existing agreement's parties, signatories, focus areas and other names by the same rules as
 * `insertAgreements` (attendees and witnesses recorded elsewhere are kept), and rebuilds its
 * search document. The caller has claimed the agreement's version and writes the audit record.
 */
export async function replaceAgreementRelations(
  tx: DatabaseTransaction,
  agreementId: string,
  ownInstitutionId: string,
  relations: Pick<NewAgreement, "parties" | "signatories" | "focusAreaIds" | "otherNames">,
) {
  await tx.agreementParty.deleteMany({ where: { agreementId } });
  await tx.agreementParty.createMany({ data: partyRows(agreementId, ownInstitutionId, relations.parties) });
  await tx.participant.deleteMany({ where: { agreementId, role: "SIGNATORY" } });
  await tx.participant.createMany({ data: signatoryRows(agreementId, relations.signatories) });
  await tx.agreementFocusArea.deleteMany({ where: { agreementId } });
  await tx.agreementFocusArea.createMany({ data: focusAreaRows(agreementId, relations.focusAreaIds) });
  await tx.agreementName.deleteMany({ where: { agreementId } });
  await tx.agreementName.createMany({ data: otherNameRows(agreementId, relations.otherNames) });
  await refreshSearchDocuments(tx, { agreementIds: [agreementId] });
}

/** The tables written by `insertRows`, each with its row shape (Prisma's own) and its columns (checked before any SQL is made). */
interface RowOf {
  Agreement: Prisma.AgreementCreateManyInput;
  AgreementParty: Prisma.AgreementPartyCreateManyInput;
  Participant: Prisma.ParticipantCreateManyInput;
  AgreementFocusArea: Prisma.AgreementFocusAreaCreateManyInput;
  AgreementName: Prisma.AgreementNameCreateManyInput;
  StatusChange: Prisma.StatusChangeCreateManyInput;
  AuditEvent: Prisma.AuditEventCreateManyInput;
  Organization: Prisma.OrganizationCreateManyInput;
}
const COLUMNS: { [T in keyof RowOf]: Record<string, string> } = {
  Agreement: Prisma.AgreementScalarFieldEnum,
  AgreementParty: Prisma.AgreementPartyScalarFieldEnum,
  Participant: Prisma.ParticipantScalarFieldEnum,
  AgreementFocusArea: Prisma.AgreementFocusAreaScalarFieldEnum,
  AgreementName: Prisma.AgreementNameScalarFieldEnum,
  StatusChange: Prisma.StatusChangeScalarFieldEnum,
  AuditEvent: Prisma.AuditEventScalarFieldEnum,
  Organization: Prisma.OrganizationScalarFieldEnum,
};
/** Parameters a statement may carry: under SQLite's 32,766 and PostgreSQL's 65,535. */
const MAX_PARAMETERS = 30_000;

/**
 * Inserts rows with multi-row INSERTs through Prisma's parameterised raw SQL: the same rows
 * `createMany` writes, without its query compiler, which at an import of 10,000 rows cost
 * several times the SQL itself (docs/decisions/026). Every value is a bound parameter; table
 * and column names come from this file's types and are checked against the schema's columns.
 * The caller gives what Prisma would make itself (ids, `createdAt`/`updatedAt` and other
 * `now()` stamps); a column a row leaves out takes the database's default, as with `createMany`.
 * Rows that give different columns go in separate statements.
 *
 * @throws RangeError when a row names a column the table does not have (a caller's bug).
 */
export async function insertRows<T extends keyof RowOf>(tx: DatabaseTransaction, table: T, rows: RowOf[T][]): Promise<void> {
  const groups = new Map<string, { columns: string[]; rows: Record<string, unknown>[] }>();
  for (const row of rows as Record<string, unknown>[]) {
    const columns = Object.keys(row).filter((column) => row[column] !== undefined);
    const key = columns.join("\u0000");
    const group = groups.get(key) ?? { columns, rows: [] };
    group.rows.push(row);
    groups.set(key, group);
  }
  for (const { columns, rows: grouped } of groups.values()) {
    const unknown = columns.find((column) => !Object.hasOwn(COLUMNS[table], column));
    if (unknown) throw new RangeError(`${table} has no column ${unknown}`);
    const head = Prisma.raw(`INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES `);
    const size = Math.max(1, Math.min(BATCH, Math.floor(MAX_PARAMETERS / columns.length)));
    for (let i = 0; i < grouped.length; i += size) {
      const values = grouped.slice(i, i + size).map((row) => Prisma.sql`(${Prisma.join(columns.map((c) => row[c]))})`);
      await tx.$executeRaw`${head}${Prisma.join(values)}`;
    }
  }
}

/**
 * The search documents of new agreements, by the one rule (`searchDocument`), from their parties'
 * and signatories' names read once for all of them: what `refreshSearchDocuments` would build
 * after the insert, without reading every new agreement back (at an import of 10,000 rows that
 * read-back and its update cost more than the inserts).
 */
async function newSearchDocuments(tx: DatabaseTransaction, agreements: NewAgreement[], ownInstitutionId: string): Promise<SearchDocument[]> {
  const organizationIds = [...new Set([ownInstitutionId, ...agreements.flatMap((a) => a.parties.map((p) => p.organizationId))])];
  const personIds = [...new Set(agreements.flatMap((a) => a.signatories.map((s) => s.personId)))];
  const organizations = new Map<string, SearchSourceOrganization>();
  const people = new Map<string, { name: string | null; localName: string | null }>();
  const organizationSelect = { id: true, ...searchSourceSelect.parties.select.organization.select };
  for (let i = 0; i < organizationIds.length; i += BATCH) {
    const batch = await tx.organization.findMany({ where: { id: { in: organizationIds.slice(i, i + BATCH) } }, select: organizationSelect });
    for (const { id, ...organization } of batch) organizations.set(id, organization);
  }
  for (let i = 0; i < personIds.length; i += BATCH) {
    for (const person of await tx.person.findMany({ where: { id: { in: personIds.slice(i, i + BATCH) } }, select: { id: true, name: true, localName: true } })) people.set(person.id, person);
  }
  return agreements.map((a) =>
    searchDocument({
      title: a.columns.title ?? null,
      reference: a.reference,
      otherNames: a.otherNames ?? [],
      parties: partyRows("", ownInstitutionId, a.parties).map((p) => ({ role: p.role, organization: organizations.get(p.organizationId)! })),
      participants: a.signatories.map((s) => ({ person: people.get(s.personId) ?? null })),
    }),
  );
}

/**
 * Stores new agreements with their parties, signatories, focus areas, first timeline entry,
 * search documents and audit records, in the caller's transaction. Rows go in with multi-row
 * inserts of up to 500 rows (`insertRows`; for an import, its audit records too), so the same path
 * serves one agreement and fifty thousand with a number of statements that grows with the batches.
 *
 * @param ownInstitutionId the organisation that is party 0 of every agreement.
 * @param actorId who writes (null for generated data); recorded on the timeline and in the audit log.
 * @returns the new agreements' ids, in the order given.
 * @throws RangeError when a caller lists our institution among the other parties.
 */
export async function insertAgreements(
  tx: DatabaseTransaction,
  agreements: NewAgreement[],
  options: { ownInstitutionId: string; actorId: string | null; audit: AuditMode },
): Promise<string[]> {
  const ids = agreements.map((a) => a.id ?? randomUUID());
  const missing = agreements.filter((a) => !a.searchDocument);
  const built = missing.length > 0 ? await newSearchDocuments(tx, missing, options.ownInstitutionId) : [];
  let next = 0;
  const documents = agreements.map((a) => a.searchDocument ?? built[next++]);
  // What Prisma would stamp itself (`now()`, `@updatedAt`, `cuid()`): one instant for the whole write.
  const now = new Date();
  const rows = agreements.map((a, i) => ({
    ...a.columns,
    id: ids[i],
    reference: a.reference,
    status: a.status,
    renewalOfId: a.renewalOfId ?? null,
    archived: a.archived ?? false,
    createdAt: now,
    updatedAt: now,
    ...documents[i],
  }));
  const parties = agreements.flatMap((a, i) => partyRows(ids[i], options.ownInstitutionId, a.parties).map((row) => ({ id: randomUUID(), ...row })));
  const signatories = agreements.flatMap((a, i) => signatoryRows(ids[i], a.signatories).map((row) => ({ id: randomUUID(), ...row })));
  const focusAreas = agreements.flatMap((a, i) => focusAreaRows(ids[i], a.focusAreaIds));
  const otherNames = agreements.flatMap((a, i) => otherNameRows(ids[i], a.otherNames).map((row) => ({ id: randomUUID(), ...row })));
  const timeline = agreements.map((a, i) => ({
    id: randomUUID(),
    agreementId: ids[i],
    toStatus: a.status,
    changedById: options.actorId,
    changedAt: now,
    note: a.note ?? null,
    systemNote: a.origin ? storedSystemNote(a.origin) : null,
  }));

  await insertRows(tx, "Agreement", rows);
  await insertRows(tx, "AgreementParty", parties);
  await insertRows(tx, "Participant", signatories);
  await insertRows(tx, "AgreementFocusArea", focusAreas);
  await insertRows(tx, "AgreementName", otherNames);
  await insertRows(tx, "StatusChange", timeline);

  const audit = options.audit;
  if (audit.kind === "given") {
    // What the caller states, in multi-row inserts: the same records recordAudit writes, a batch a statement.
    const events = agreements.map((agreement, i) => ({
      id: randomUUID(),
      at: now,
      actorId: options.actorId,
      action: audit.action,
      entityType: "Agreement",
      entityId: ids[i],
      changes: JSON.stringify(changedFields(null, audit.after(agreement, i))),
    }));
    await insertRows(tx, "AuditEvent", events);
  } else if (audit.kind === "snapshot") {
    for (const [i, agreement] of agreements.entries()) {
      const after = { reference: agreement.reference, ...audit.extra?.(agreement), ...(await agreementSnapshot(tx, ids[i])) };
      await recordAudit(tx, { actorId: options.actorId, action: audit.action, entityType: "Agreement", entityId: ids[i], after });
    }
  }
  return ids;
}
