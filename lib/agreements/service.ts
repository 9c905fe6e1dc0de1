// The agreement use cases, as plain functions over a transaction: each checks the
// domain rules, writes, and records its audit event in the same transaction.
// Commands (commands.ts) run them after checking the session, the role and the input.
import type { DatabaseTransaction } from "../prisma-client";
import type { CurrentUser } from "../auth/current-user-type";
import { recordAudit } from "../audit/record-audit";
import type { PartialDate } from "../dates/partial-date";
import type { KnowledgeState, ParticipantRole, PartyRole } from "../enumerations";
import { DomainError } from "../errors";
import type { ErrorKey } from "../i18n/translator";
import { canRenew, canTransition, predecessorBecomesRenewed } from "./lifecycle";
import { nextReference } from "./reference";
import { storedSystemNote } from "./system-note";
import { insertAgreements, replaceAgreementRelations, type OtherPartyRole } from "./write";
import type { ChangeStatusSchema, CreateAgreementInput, GiveNoticeSchema, RenewAgreementSchema, UpdateAgreementInput } from "./schema";
import { agreementSnapshot } from "./snapshot";
import { expiryFromTerm } from "./term";
import { RENEWAL_COLUMNS, derivedEndColumns, renewalTermsOf } from "./running-period";
import { lastDayOf, toIsoPartial, truncateToPrecision } from "../dates/partial-date";
import { institutionToday, now as currentInstant } from "../dates/institution-time";
import type { z } from "zod";

type AgreementFields = Omit<CreateAgreementInput, "status">;

export async function ownInstitution(tx: DatabaseTransaction) {
  const own = await tx.organization.findFirst({ where: { isOwnInstitution: true, parentId: null }, select: { id: true } });
  if (!own) throw new DomainError("INVALID", "noOwnInstitution");
  return own;
}

/** Checks that every id the input refers to exists, naming the field that does not. */
async function checkReferences(tx: DatabaseTransaction, input: AgreementFields) {
  const missing = async (field: string, found: Promise<unknown>, message: ErrorKey) => {
    if (!(await found)) throw new DomainError("INVALID", message, field);
  };
  if (input.typeId) await missing("typeId", tx.agreementType.findFirst({ where: { id: input.typeId, active: true } }), "chooseType");
  if (input.ownerId) await missing("ownerId", tx.user.findFirst({ where: { id: input.ownerId, active: true } }), "chooseOwner");
  if (input.leadUnitId) await missing("leadUnitId", tx.organization.findUnique({ where: { id: input.leadUnitId } }), "chooseLeadUnit");
  const focusAreas = await tx.focusArea.count({ where: { id: { in: input.focusAreaIds } } });
  if (focusAreas !== new Set(input.focusAreaIds).size) throw new DomainError("INVALID", "chooseFocusAreas", "focusAreaIds");
  for (const [index, party] of input.parties.entries()) {
    if ("organizationId" in party) {
      await missing(`parties.${index}.organizationId`, tx.organization.findUnique({ where: { id: party.organizationId } }), "chooseOrganization");
    }
  }
  for (const [index, signatory] of input.signatories.entries()) {
    if ("personId" in signatory) {
      await missing(`signatories.${index}.personId`, tx.person.findUnique({ where: { id: signatory.personId } }), "choosePerson");
    }
  }
}

/** Creates the organisations and people typed into the form, and returns the ids to link. */
async function resolvePartiesAndSignatories(tx: DatabaseTransaction, input: AgreementFields, actor: CurrentUser) {
  const own = await ownInstitution(tx);
  const partyIds: string[] = [];
  for (const party of input.parties) {
    if ("organizationId" in party) {
      partyIds.push(party.organizationId);
      continue;
    }
    const created = await tx.organization.create({ data: party.newOrganization, select: { id: true } });
    await recordAudit(tx, { actorId: actor.id, action: "organization.created", entityType: "Organization", entityId: created.id, after: party.newOrganization });
    partyIds.push(created.id);
  }
  if (new Set(partyIds).size !== partyIds.length || partyIds.includes(own.id)) {
    throw new DomainError("INVALID", "partyOnce", "parties");
  }
  const signatories: { personId: string; onBehalfOfId: string }[] = [];
  for (const signatory of input.signatories) {
    const onBehalfOfId = signatory.onBehalfOfParty === -1 ? own.id : partyIds[signatory.onBehalfOfParty];
    if ("personId" in signatory) {
      signatories.push({ personId: signatory.personId, onBehalfOfId });
      continue;
    }
    const person = await tx.person.create({ data: { ...signatory.newPerson, organizationId: onBehalfOfId }, select: { id: true } });
    await recordAudit(tx, { actorId: actor.id, action: "person.created", entityType: "Person", entityId: person.id, after: signatory.newPerson });
    signatories.push({ personId: person.id, onBehalfOfId });
  }
  return {
    ownInstitutionId: own.id,
    parties: input.parties.map((party, index) => ({ organizationId: partyIds[index], role: party.role })),
    signatories,
    focusAreaIds: input.focusAreaIds,
    otherNames: input.otherNames,
  };
}

/**
 * The stored date columns, with the expiry derived from the term when only the term is known,
 * and the derived end, notice deadline and roll-over flag on today (in the institution's
 * zone): for an agreement that renews automatically, those of its running period
 * (lib/agreements/running-period.ts); the running-period refresh moves them on later.
 */
export function dateColumns(
  input: {
    signedOn: PartialDate | null;
    effectiveFrom: PartialDate | null;
    expiresOn: PartialDate | null;
    termMonths: number | null;
    noticePeriodDays: number | null;
    automaticRenewal?: boolean;
    renewalTermMonths?: number | null;
    renewalFinalDate?: PartialDate | null;
    renewalLimit?: number | null;
    noticeGivenOn?: Date | null;
  },
  now: Date = currentInstant(),
) {
  const start = input.effectiveFrom ?? input.signedOn;
  const expires = input.expiresOn ?? (start && input.termMonths ? expiryFromTerm(start, input.termMonths) : null);
  const columns = {
    signedOn: input.signedOn?.date ?? null,
    signedOnPrecision: input.signedOn?.precision ?? null,
    effectiveFrom: input.effectiveFrom?.date ?? null,
    effectiveFromPrecision: input.effectiveFrom?.precision ?? null,
    expiresOn: expires?.date ?? null,
    expiresOnPrecision: expires?.precision ?? null,
    // A final date "until 2030" lets it run to the end of 2030.
    renewalFinalDate: input.renewalFinalDate ? lastDayOf(input.renewalFinalDate.date, input.renewalFinalDate.precision) : null,
  };
  const derived = derivedEndColumns(
    {
      ...columns,
      automaticRenewal: input.automaticRenewal ?? false,
      termMonths: input.termMonths,
      noticePeriodDays: input.noticePeriodDays,
      renewalTermMonths: input.renewalTermMonths ?? null,
      renewalLimit: input.renewalLimit ?? null,
      noticeGivenOn: input.noticeGivenOn ?? null,
    },
    institutionToday(now),
  );
  return { ...columns, ...derived };
}

function scalarColumns(input: AgreementFields, noticeGivenOn: Date | null = null) {
  return {
    title: input.title,
    titleKnowledge: input.titleKnowledge,
    signatoriesKnowledge: input.signatoriesKnowledge,
    focusAreasKnowledge: input.focusAreasKnowledge,
    termKnowledge: input.termKnowledge,
    signedOnApproximate: input.signedOnApproximate,
    typeId: input.typeId,
    summary: input.summary,
    signedPlace: input.signedPlace,
    termMonths: input.termMonths,
    automaticRenewal: input.automaticRenewal,
    noticePeriodDays: input.noticePeriodDays,
    renewalTermMonths: input.renewalTermMonths,
    renewalLimit: input.renewalLimit,
    ownerId: input.ownerId,
    leadUnitId: input.leadUnitId,
    notes: input.notes,
    ...dateColumns({ ...input, noticeGivenOn }),
  };
}

const yearOf = (date: PartialDate | null) => (date ?? { date: new Date() }).date.getUTCFullYear();

export async function createAgreement(tx: DatabaseTransaction, input: CreateAgreementInput, actor: CurrentUser) {
  await checkReferences(tx, input);
  const { ownInstitutionId, ...relations } = await resolvePartiesAndSignatories(tx, input, actor);
  const reference = await nextReference(tx, yearOf(input.signedOn));
  // No origin note: the timeline and the history say "logged" in the reader's language.
  const agreement = { reference, status: input.status, columns: scalarColumns(input), ...relations, origin: null };
  await insertAgreements(tx, [agreement], { ownInstitutionId, actorId: actor.id, audit: { kind: "snapshot", action: "agreement.created" } });
  return { reference };
}

/**
 * Moves the agreement from the version the person saw to the next one. Zero rows
 * changed means it does not exist or someone else saved first: one lookup tells which.
 */
async function claimVersion(tx: DatabaseTransaction, reference: string, version: number, data: Record<string, unknown> = {}) {
  const { count } = await tx.agreement.updateMany({ where: { reference, version }, data: { ...data, version: { increment: 1 } } });
  if (count === 1) return;
  const current = await tx.agreement.findUnique({ where: { reference }, select: { updatedAt: true } });
  if (!current) throw new DomainError("NOT_FOUND", "noSuchAgreement", undefined, { reference });
  throw conflict(current.updatedAt);
}

/** Raises the calendar feed's revision when the end or the notice deadline moved (subscribed calendars then update). */
export function datesRevision(
  before: { endsOn: Date | null; noticeDeadline: Date | null },
  after: { endsOn: Date | null; noticeDeadline: Date | null },
  now: Date = currentInstant(),
) {
  const same = (a: Date | null, b: Date | null) => (a?.getTime() ?? null) === (b?.getTime() ?? null);
  if (same(before.endsOn, after.endsOn) && same(before.noticeDeadline, after.noticeDeadline)) return {};
  return { datesRevision: { increment: 1 }, datesChangedAt: now };
}

function conflict(changedAt: Date) {
  return new DomainError("CONFLICT", "agreementConflict", undefined, { changedAt: changedAt.toISOString().slice(0, 16).replace("T", " ") });
}

/**
 * The agreement as it is now. Given the version the person saw, a newer one is a
 * conflict at once: rules such as "which status may follow" are judged on what they saw.
 */
async function findAgreement(tx: DatabaseTransaction, reference: string, seenVersion?: number) {
  const agreement = await tx.agreement.findUnique({
    where: { reference },
    select: {
      id: true,
      reference: true,
      status: true,
      version: true,
      updatedAt: true,
      renewalOfId: true,
      archived: true,
      renewedBy: { select: { reference: true } },
    },
  });
  if (!agreement) throw new DomainError("NOT_FOUND", "noSuchAgreement", undefined, { reference });
  if (seenVersion !== undefined && agreement.version !== seenVersion) throw conflict(agreement.updatedAt);
  return agreement;
}

export async function updateAgreement(tx: DatabaseTransaction, input: UpdateAgreementInput, actor: CurrentUser) {
  const existing = await findAgreement(tx, input.reference, input.version);
  const before = await agreementSnapshot(tx, existing.id);
  await checkReferences(tx, input);
  const stored = await tx.agreement.findUniqueOrThrow({ where: { id: existing.id }, select: { noticeGivenOn: true, endsOn: true, noticeDeadline: true } });
  const columns = scalarColumns(input, stored.noticeGivenOn);
  await claimVersion(tx, input.reference, input.version, { ...columns, ...datesRevision(stored, columns) });
  const { ownInstitutionId, ...relations } = await resolvePartiesAndSignatories(tx, input, actor);
  await replaceAgreementRelations(tx, existing.id, ownInstitutionId, relations);
  await recordAudit(tx, {
    actorId: actor.id,
    action: "agreement.updated",
    entityType: "Agreement",
    entityId: existing.id,
    before,
    after: await agreementSnapshot(tx, existing.id),
  });
  return { reference: input.reference };
}

export async function changeStatus(tx: DatabaseTransaction, input: z.output<typeof ChangeStatusSchema>, actor: CurrentUser) {
  const agreement = await findAgreement(tx, input.reference, input.version);
  if (!canTransition(agreement.status, input.toStatus)) {
    throw new DomainError(
      "INVALID",
      "statusTransition",
      "toStatus",
      { from: agreement.status, to: input.toStatus },
    );
  }
  // When it took effect, as against when it is recorded: today unless the person says otherwise, never later.
  const today = institutionToday();
  const effective = input.effectiveOn ?? { date: today, precision: "DAY" as const };
  if (truncateToPrecision(effective.date, effective.precision) > today) throw new DomainError("INVALID", "statusEffectiveAhead", "effectiveOn");
  await claimVersion(tx, input.reference, input.version, { status: input.toStatus });
  await tx.statusChange.create({
    data: {
      agreementId: agreement.id,
      fromStatus: agreement.status,
      toStatus: input.toStatus,
      changedById: actor.id,
      note: input.note,
      effectiveOn: effective.date,
      effectiveOnPrecision: effective.precision,
    },
  });
  await recordAudit(tx, {
    actorId: actor.id,
    action: "agreement.status-changed",
    entityType: "Agreement",
    entityId: agreement.id,
    changes: {
      status: { before: agreement.status, after: input.toStatus },
      effectiveOn: { before: null, after: toIsoPartial(effective.date, effective.precision) },
      ...(input.note ? { note: { before: null, after: input.note } } : {}),
    },
  });
  if (input.toStatus === "ACTIVE" && agreement.renewalOfId) await markPredecessorRenewed(tx, agreement.renewalOfId, agreement.reference, actor);
  return { reference: input.reference, status: input.toStatus };
}

/**
 * Records notice given against an agreement's automatic renewal: the day, who recorded it and,
 * optionally, the agreement's document that gives it. The agreement then ends at the end of the
 * running period of that day (lib/agreements/running-period.ts); its stored end and deadline follow.
 * @throws DomainError INVALID when it does not renew automatically or is not active, when the day
 *   is after today, or the document is not one of the agreement's; CONFLICT when notice was already given.
 */
export async function giveNotice(tx: DatabaseTransaction, input: z.output<typeof GiveNoticeSchema>, actor: CurrentUser) {
  const agreement = await findAgreement(tx, input.reference, input.version);
  const row = await tx.agreement.findUniqueOrThrow({
    where: { id: agreement.id },
    select: { ...RENEWAL_COLUMNS, endsOn: true, noticeDeadline: true, noticeGivenOn: true },
  });
  const today = institutionToday();
  if (agreement.status !== "ACTIVE" || !renewalTermsOf(row)) throw new DomainError("INVALID", "noticeNotRenewing", "givenOn");
  if (row.noticeGivenOn) throw new DomainError("CONFLICT", "noticeAlreadyGiven", "givenOn", { date: toIsoPartial(row.noticeGivenOn, "DAY") });
  const givenOn = input.givenOn?.date ?? today;
  if (givenOn > today) throw new DomainError("INVALID", "noticeGivenAhead", "givenOn");
  if (input.documentId) {
    const document = await tx.agreementDocument.findFirst({ where: { id: input.documentId, agreementId: agreement.id, deletedAt: null }, select: { id: true } });
    if (!document) throw new DomainError("INVALID", "chooseFromList", "documentId");
  }
  const derived = derivedEndColumns({ ...row, noticeGivenOn: givenOn }, today);
  await claimVersion(tx, input.reference, input.version, {
    noticeGivenOn: givenOn,
    noticeGivenById: actor.id,
    noticeDocumentId: input.documentId,
    ...derived,
    ...datesRevision(row, derived),
  });
  await recordAudit(tx, {
    actorId: actor.id,
    action: "agreement.notice-given",
    entityType: "Agreement",
    entityId: agreement.id,
    changes: {
      noticeGivenOn: { before: null, after: toIsoPartial(givenOn, "DAY") },
      endsOn: { before: row.endsOn ? toIsoPartial(row.endsOn, "DAY") : null, after: derived.endsOn ? toIsoPartial(derived.endsOn, "DAY") : null },
      ...(input.documentId ? { noticeDocumentId: { before: null, after: input.documentId } } : {}),
      ...(input.note ? { note: { before: null, after: input.note } } : {}),
    },
  });
  return { reference: input.reference, endsOn: derived.endsOn };
}

/** When a renewal becomes (or is imported as) active, its predecessor becomes renewed, noted on its timeline and audited. */
export async function markPredecessorRenewed(tx: DatabaseTransaction, predecessorId: string, successorReference: string, actor: CurrentUser) {
  const predecessor = await tx.agreement.findUniqueOrThrow({ where: { id: predecessorId }, select: { status: true } });
  if (!predecessorBecomesRenewed(predecessor.status)) return;
  await tx.agreement.update({ where: { id: predecessorId }, data: { status: "RENEWED", version: { increment: 1 } } });
  const systemNote = storedSystemNote({ key: "renewedBy", values: { reference: successorReference } });
  await tx.statusChange.create({
    data: { agreementId: predecessorId, fromStatus: predecessor.status, toStatus: "RENEWED", changedById: actor.id, systemNote },
  });
  await recordAudit(tx, {
    actorId: actor.id,
    action: "agreement.status-changed",
    entityType: "Agreement",
    entityId: predecessorId,
    changes: { status: { before: predecessor.status, after: "RENEWED" }, renewedBy: { before: null, after: successorReference } },
  });
}

/** Starts the successor of an agreement: a draft that copies its parties, signatories and focus areas. */
export async function renewAgreement(tx: DatabaseTransaction, input: z.output<typeof RenewAgreementSchema>, actor: CurrentUser) {
  const predecessor = await findAgreement(tx, input.reference, input.version);
  if (predecessor.renewedBy) {
    throw new DomainError("CONFLICT", "alreadyRenewed", undefined, { reference: predecessor.renewedBy.reference });
  }
  if (!canRenew(predecessor.status)) {
    throw new DomainError("INVALID", "notRenewable", undefined, { status: predecessor.status });
  }
  await claimVersion(tx, input.reference, input.version);
  const source = await tx.agreement.findUniqueOrThrow({
    where: { id: predecessor.id },
    select: {
      title: true,
      titleKnowledge: true,
      signatoriesKnowledge: true,
      focusAreasKnowledge: true,
      termKnowledge: true,
      typeId: true,
      summary: true,
      termMonths: true,
      automaticRenewal: true,
      noticePeriodDays: true,
      ownerId: true,
      leadUnitId: true,
      parties: { select: { organizationId: true, role: true, order: true } },
      participants: { where: { role: "SIGNATORY" }, select: { personId: true, onBehalfOfId: true, role: true, order: true } },
      focusAreas: { select: { focusAreaId: true } },
    },
  });
  const plan = renewalPlan(source, input);
  const reference = await nextReference(tx, yearOf(input.signedOn));
  const successor = {
    reference,
    status: "DRAFT" as const,
    renewalOfId: predecessor.id,
    ...plan,
    origin: { key: "renewalOf" as const, values: { reference: predecessor.reference } },
    note: input.note,
  };
  const { id: ownInstitutionId } = await ownInstitution(tx);
  await insertAgreements(tx, [successor], {
    ownInstitutionId,
    actorId: actor.id,
    audit: { kind: "snapshot", action: "agreement.created", extra: () => ({ renewalOf: predecessor.reference }) },
  });
  await recordAudit(tx, {
    actorId: actor.id,
    action: "agreement.renewal-started",
    entityType: "Agreement",
    entityId: predecessor.id,
    changes: { renewedBy: { before: null, after: reference } },
  });
  return { reference };
}

type RenewalSource = {
  title: string | null;
  titleKnowledge: KnowledgeState;
  signatoriesKnowledge: KnowledgeState;
  focusAreasKnowledge: KnowledgeState;
  termKnowledge: KnowledgeState;
  typeId: string | null;
  summary: string | null;
  termMonths: number | null;
  automaticRenewal: boolean;
  noticePeriodDays: number | null;
  ownerId: string | null;
  leadUnitId: string | null;
  parties: { organizationId: string; role: PartyRole; order: number }[];
  participants: { personId: string | null; onBehalfOfId: string | null; role: ParticipantRole; order: number }[];
  focusAreas: { focusAreaId: string }[];
};

/**
 * What a renewal copies from its predecessor: the terms, parties, signatories and focus
 * areas, with what the record knows of each; not its dates (the new ones come from the renewal
 * form), not who attended and not its other names (they name the predecessor). A term given
 * for the renewal is known; none given keeps what was known of the predecessor's.
 */
export function renewalPlan(
  source: RenewalSource,
  dates: { signedOn: PartialDate | null; effectiveFrom: PartialDate | null; expiresOn: PartialDate | null; termMonths: number | null },
) {
  const termMonths = dates.termMonths ?? source.termMonths;
  const termGiven = dates.expiresOn !== null || dates.termMonths !== null;
  return {
    columns: {
      title: source.title,
      titleKnowledge: source.titleKnowledge,
      signatoriesKnowledge: source.signatoriesKnowledge,
      focusAreasKnowledge: source.focusAreasKnowledge,
      termKnowledge: termGiven ? ("KNOWN" as const) : source.termKnowledge,
      typeId: source.typeId,
      summary: source.summary,
      termMonths,
      automaticRenewal: source.automaticRenewal,
      noticePeriodDays: source.noticePeriodDays,
      ownerId: source.ownerId,
      leadUnitId: source.leadUnitId,
      ...dateColumns({ ...dates, termMonths, noticePeriodDays: source.noticePeriodDays, automaticRenewal: source.automaticRenewal }),
    },
    parties: [...source.parties]
      .filter((p): p is typeof p & { role: OtherPartyRole } => p.role !== "OUR_INSTITUTION")
      .sort((a, b) => a.order - b.order)
      .map(({ organizationId, role }) => ({ organizationId, role })),
    signatories: [...source.participants]
      .filter((p) => p.role === "SIGNATORY" && p.personId && p.onBehalfOfId)
      .sort((a, b) => a.order - b.order)
      .map((p) => ({ personId: p.personId!, onBehalfOfId: p.onBehalfOfId! })),
    focusAreaIds: source.focusAreas.map(({ focusAreaId }) => focusAreaId),
  };
}

export async function recordAmendment(tx: DatabaseTransaction, input: { reference: string; note: string }, actor: CurrentUser) {
  const agreement = await findAgreement(tx, input.reference);
  await tx.statusChange.create({
    data: { agreementId: agreement.id, kind: "AMENDMENT", fromStatus: agreement.status, toStatus: agreement.status, changedById: actor.id, note: input.note },
  });
  await recordAudit(tx, {
    actorId: actor.id,
    action: "agreement.amended",
    entityType: "Agreement",
    entityId: agreement.id,
    changes: { amendment: { before: null, after: input.note } },
  });
  return { reference: input.reference };
}

export async function setArchived(tx: DatabaseTransaction, input: { reference: string; version: number; archived: boolean }, actor: CurrentUser) {
  const agreement = await findAgreement(tx, input.reference, input.version);
  if (agreement.archived === input.archived) return { reference: input.reference, archived: input.archived };
  await claimVersion(tx, input.reference, input.version, { archived: input.archived });
  await recordAudit(tx, {
    actorId: actor.id,
    action: input.archived ? "agreement.archived" : "agreement.restored",
    entityType: "Agreement",
    entityId: agreement.id,
    changes: { archived: { before: agreement.archived, after: input.archived } },
  });
  return { reference: input.reference, archived: input.archived };
}

