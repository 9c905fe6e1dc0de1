// Signing ceremonies as people enter them (decision 023): a ceremony's own facts, the people
// present in order, and the agreements signed there.
// Rules:
// - an agreement is signed at one ceremony at most: attaching one recorded at another changes
//   nothing until the person confirms moving it (`move`);
// - a ceremony with agreements attached is not deleted: detach them first, so that no agreement
//   loses its ceremony by a deletion made on another page;
// - edits of the ceremony and of the people present carry the version the person saw, and every
//   change to either raises it; attaching and detaching agreements do not (they are the
//   agreements' changes, recorded in each agreement's own history too).
import type { DatabaseTransaction } from "../prisma-client";
import type { CurrentUser } from "../auth/current-user-type";
import { recordAudit } from "../audit/record-audit";
import { toIsoPartial } from "../dates/partial-date";
import { cannotBeSameDay } from "../agreements/chronology";
import { DomainError } from "../errors";
import type { z } from "zod";
import type {
  AddAttendeeSchema,
  AttachAgreementSchema,
  CeremonyInput,
  DetachAgreementSchema,
  MoveAttendeeSchema,
  RemoveAttendeeSchema,
  UpdateAttendeeSchema,
} from "./schema";

const ENTITY = "SigningEvent";

/** What the audit log keeps of a ceremony: its facts as people read them (names, not ids). */
async function snapshot(tx: DatabaseTransaction, id: string) {
  const e = await tx.signingEvent.findUniqueOrThrow({
    where: { id },
    select: { name: true, heldOn: true, heldOnPrecision: true, place: true, notes: true, host: { select: { name: true } } },
  });
  return {
    name: e.name,
    heldOn: e.heldOn ? toIsoPartial(e.heldOn, e.heldOnPrecision ?? "DAY") : null,
    place: e.place,
    host: e.host?.name ?? null,
    notes: e.notes,
  };
}

async function checkOrganization(tx: DatabaseTransaction, organizationId: string | null, field: string) {
  if (organizationId && !(await tx.organization.findUnique({ where: { id: organizationId }, select: { id: true } }))) {
    throw new DomainError("INVALID", "chooseOrganizationFromList", field);
  }
}

async function ceremonyAt(tx: DatabaseTransaction, id: string) {
  const event = await tx.signingEvent.findUnique({ where: { id }, select: { id: true, name: true, version: true, heldOn: true, heldOnPrecision: true } });
  if (!event) throw new DomainError("NOT_FOUND", "ceremonyGone");
  return event;
}

const fieldsOf = (input: CeremonyInput) => ({
  name: input.name,
  heldOn: input.heldOn?.date ?? null,
  heldOnPrecision: input.heldOn?.precision ?? null,
  place: input.place,
  hostId: input.hostId,
  notes: input.notes,
});

/** Records a ceremony. Errors: chooseOrganizationFromList (hostId). Returns { id }. */
export async function createCeremony(tx: DatabaseTransaction, input: CeremonyInput, actor: CurrentUser) {
  await checkOrganization(tx, input.hostId, "hostId");
  const created = await tx.signingEvent.create({ data: fieldsOf(input), select: { id: true } });
  await recordAudit(tx, { actorId: actor.id, action: "ceremony.created", entityType: ENTITY, entityId: created.id, after: await snapshot(tx, created.id) });
  return { id: created.id };
}

/** Changes a ceremony's facts. Errors: ceremonyGone (NOT_FOUND), ceremonyConflict (CONFLICT: a stale version). */
export async function updateCeremony(tx: DatabaseTransaction, input: CeremonyInput & { id: string; version: number }, actor: CurrentUser) {
  const { id, version, ...fields } = input;
  await ceremonyAt(tx, id);
  await checkOrganization(tx, fields.hostId, "hostId");
  const before = await snapshot(tx, id);
  const { count } = await tx.signingEvent.updateMany({ where: { id, version }, data: { ...fieldsOf(fields), version: { increment: 1 } } });
  if (count === 0) throw new DomainError("CONFLICT", "ceremonyConflict");
  await recordAudit(tx, { actorId: actor.id, action: "ceremony.updated", entityType: ENTITY, entityId: id, before, after: await snapshot(tx, id) });
  return { id };
}

/**
 * Deletes a ceremony with the people recorded there and its evidence. Errors: ceremonyGone,
 * ceremonyHasAgreements (IN_USE, { name, count }) while any agreement is attached.
 */
export async function deleteCeremony(tx: DatabaseTransaction, input: { id: string }, actor: CurrentUser) {
  const event = await ceremonyAt(tx, input.id);
  const count = await tx.agreement.count({ where: { signingEventId: event.id } });
  if (count > 0) throw new DomainError("IN_USE", "ceremonyHasAgreements", undefined, { name: event.name, count });
  const before = { ...(await snapshot(tx, event.id)), attendees: await attendeeLines(tx, event.id) };
  await tx.signingEvent.delete({ where: { id: event.id } });
  await recordAudit(tx, { actorId: actor.id, action: "ceremony.deleted", entityType: ENTITY, entityId: event.id, before });
  return { id: event.id };
}

// ---- The people present ----

/** One attendee as the log says it: "Zhang Qingjie · SIGNED · President · for Wuzhou University". */
function attendeeLine(a: { role: string; position: string | null; note: string | null; person: { name: string | null; localName: string | null } | null; onBehalfOf: { name: string } | null }) {
  return [a.person?.name ?? a.person?.localName, a.role, a.position, a.onBehalfOf?.name, a.note].filter(Boolean).join(" · ");
}
const attendeeSelect = {
  id: true,
  role: true,
  position: true,
  note: true,
  order: true,
  person: { select: { name: true, localName: true } },
  onBehalfOf: { select: { name: true } },
} as const;

async function attendeeLines(tx: DatabaseTransaction, eventId: string) {
  const rows = await tx.eventAttendance.findMany({ where: { eventId }, orderBy: [{ order: "asc" }, { id: "asc" }], select: attendeeSelect });
  return rows.map(attendeeLine);
}

async function attendanceAt(tx: DatabaseTransaction, eventId: string, attendanceId: string) {
  const row = await tx.eventAttendance.findUnique({ where: { id: attendanceId }, select: { ...attendeeSelect, eventId: true } });
  if (!row || row.eventId !== eventId) throw new DomainError("NOT_FOUND", "attendeeGone");
  return row;
}

async function checkAttendee(tx: DatabaseTransaction, input: { personId: string | null; onBehalfOfId: string | null }) {
  if (input.personId && !(await tx.person.findUnique({ where: { id: input.personId }, select: { id: true } }))) {
    throw new DomainError("INVALID", "choosePerson", "personId");
  }
  await checkOrganization(tx, input.onBehalfOfId, "onBehalfOfId");
}

const attendeeData = (input: z.output<typeof AddAttendeeSchema>) => ({
  personId: input.personId,
  role: input.role,
  position: input.position,
  onBehalfOfId: input.onBehalfOfId,
  note: input.note,
});

const touch = (tx: DatabaseTransaction, id: string) => tx.signingEvent.update({ where: { id }, data: { version: { increment: 1 } }, select: { id: true } });

/** Adds someone present, after those already listed. Errors: ceremonyGone, choosePerson, chooseOrganizationFromList. */
export async function addAttendee(tx: DatabaseTransaction, input: z.output<typeof AddAttendeeSchema>, actor: CurrentUser) {
  const event = await ceremonyAt(tx, input.eventId);
  await checkAttendee(tx, input);
  const last = await tx.eventAttendance.findFirst({ where: { eventId: event.id }, orderBy: { order: "desc" }, select: { order: true } });
  const created = await tx.eventAttendance.create({ data: { ...attendeeData(input), eventId: event.id, order: (last?.order ?? -1) + 1 }, select: attendeeSelect });
  await touch(tx, event.id);
  await recordAudit(tx, { actorId: actor.id, action: "ceremony.attendee-added", entityType: ENTITY, entityId: event.id, changes: { attendee: { before: null, after: attendeeLine(created) } } });
  return { id: event.id, attendanceId: created.id };
}

/** Changes one attendee. Errors: ceremonyGone, attendeeGone, ceremonyConflict (stale version), choosePerson, chooseOrganizationFromList. */
export async function updateAttendee(tx: DatabaseTransaction, input: z.output<typeof UpdateAttendeeSchema>, actor: CurrentUser) {
  await ceremonyAt(tx, input.eventId);
  const before = await attendanceAt(tx, input.eventId, input.attendanceId);
  await checkAttendee(tx, input);
  const { count } = await tx.signingEvent.updateMany({ where: { id: input.eventId, version: input.version }, data: { version: { increment: 1 } } });
  if (count === 0) throw new DomainError("CONFLICT", "ceremonyConflict");
  const after = await tx.eventAttendance.update({ where: { id: before.id }, data: attendeeData(input), select: attendeeSelect });
  await recordAudit(tx, {
    actorId: actor.id,
    action: "ceremony.attendee-updated",
    entityType: ENTITY,
    entityId: input.eventId,
    changes: { attendee: { before: attendeeLine(before), after: attendeeLine(after) } },
  });
  return { id: input.eventId };
}

/** Removes one attendee. Errors: ceremonyGone, attendeeGone. */
export async function removeAttendee(tx: DatabaseTransaction, input: z.output<typeof RemoveAttendeeSchema>, actor: CurrentUser) {
  await ceremonyAt(tx, input.eventId);
  const row = await attendanceAt(tx, input.eventId, input.attendanceId);
  await tx.eventAttendance.delete({ where: { id: row.id } });
  await touch(tx, input.eventId);
  await recordAudit(tx, { actorId: actor.id, action: "ceremony.attendee-removed", entityType: ENTITY, entityId: input.eventId, changes: { attendee: { before: attendeeLine(row), after: null } } });
  return { id: input.eventId };
}

/**
 * Moves one attendee a place up or down the list (the order the source names them in). The list
 * is renumbered 0, 1, 2 … so that rows entered with equal orders move predictably. At either end, nothing moves.
 */
export async function moveAttendee(tx: DatabaseTransaction, input: z.output<typeof MoveAttendeeSchema>, actor: CurrentUser) {
  await ceremonyAt(tx, input.eventId);
  await attendanceAt(tx, input.eventId, input.attendanceId);
  const rows = await tx.eventAttendance.findMany({ where: { eventId: input.eventId }, orderBy: [{ order: "asc" }, { id: "asc" }], select: attendeeSelect });
  const from = rows.findIndex((r) => r.id === input.attendanceId);
  const to = input.direction === "up" ? from - 1 : from + 1;
  if (to < 0 || to >= rows.length) return { id: input.eventId };
  const before = rows.map(attendeeLine);
  [rows[from], rows[to]] = [rows[to], rows[from]];
  for (const [order, row] of rows.entries()) {
    if (row.order !== order) await tx.eventAttendance.update({ where: { id: row.id }, data: { order } });
  }
  await touch(tx, input.eventId);
  await recordAudit(tx, { actorId: actor.id, action: "ceremony.attendees-reordered", entityType: ENTITY, entityId: input.eventId, changes: { attendees: { before, after: rows.map(attendeeLine) } } });
  return { id: input.eventId };
}

// ---- The agreements signed there ----

/** The action codes of one attachment or detachment: on the ceremony, and in the agreement's own history. */
const AGREEMENT_CHANGE_CODES = {
  attached: { ceremony: "ceremony.agreement-attached", agreement: "agreement.ceremony-attached" },
  detached: { ceremony: "ceremony.agreement-detached", agreement: "agreement.ceremony-detached" },
} as const;

/**
 * The two audit records of one attachment or detachment: on the ceremony, and in the agreement's
 * own history. Rows for `auditEvent.createMany`, so that an import attaching thousands writes them at once.
 */
export function ceremonyAttachmentAudits(change: "attached" | "detached", event: { id: string; name: string }, agreement: { id: string; reference: string }, actorId: string) {
  const attached = change === "attached";
  return [
    {
      actorId,
      action: AGREEMENT_CHANGE_CODES[change].ceremony,
      entityType: ENTITY,
      entityId: event.id,
      changes: JSON.stringify({ agreements: attached ? { before: null, after: agreement.reference } : { before: agreement.reference, after: null } }),
    },
    {
      actorId,
      action: AGREEMENT_CHANGE_CODES[change].agreement,
      entityType: "Agreement",
      entityId: agreement.id,
      changes: JSON.stringify({ signingEvent: attached ? { before: null, after: event.name } : { before: event.name, after: null } }),
    },
  ];
}

/** The two audit events of one attachment or detachment, in the same transaction as the change. */
async function auditAgreementChange(
  tx: DatabaseTransaction,
  change: "attached" | "detached",
  event: { id: string; name: string },
  agreement: { id: string; reference: string },
  actor: CurrentUser,
) {
  await tx.auditEvent.createMany({ data: ceremonyAttachmentAudits(change, event, agreement, actor.id) });
}

/**
 * Records that agreement `reference` was signed at the ceremony. One recorded at another ceremony
 * is moved only when `move` is true. Errors (field `reference` unless said): noSuchAgreement,
 * agreementAlreadyAtCeremony, agreementAtOtherCeremony (CONFLICT, field `move`, { reference, name }), ceremonyDayDisagrees ({ reference, signed, held }: the two known days cannot be one).
 */
export async function attachAgreement(tx: DatabaseTransaction, input: z.output<typeof AttachAgreementSchema>, actor: CurrentUser) {
  const event = await ceremonyAt(tx, input.eventId);
  const agreement = await tx.agreement.findUnique({
    where: { reference: input.reference },
    select: { id: true, reference: true, signedOn: true, signedOnPrecision: true, signingEvent: { select: { id: true, name: true } } },
  });
  if (!agreement) throw new DomainError("NOT_FOUND", "noSuchAgreement", "reference", { reference: input.reference });
  const previous = agreement.signingEvent;
  if (previous?.id === event.id) throw new DomainError("INVALID", "agreementAlreadyAtCeremony", "reference", { reference: agreement.reference });
  if (previous && !input.move) throw new DomainError("CONFLICT", "agreementAtOtherCeremony", "move", { reference: agreement.reference, name: previous.name });
  // Signed there means signed that day: two known dates that cannot be one day mean one of them is wrong.
  const signed = agreement.signedOn ? { date: agreement.signedOn, precision: agreement.signedOnPrecision ?? "DAY" } : null;
  const held = event.heldOn ? { date: event.heldOn, precision: event.heldOnPrecision ?? "DAY" } : null;
  if (signed && held && cannotBeSameDay(signed, held)) {
    throw new DomainError("INVALID", "ceremonyDayDisagrees", "reference", {
      reference: agreement.reference,
      signed: toIsoPartial(signed.date, signed.precision),
      held: toIsoPartial(held.date, held.precision),
    });
  }
  // Only when it is still where the person was told it is: a concurrent move is not silently undone.
  const { count } = await tx.agreement.updateMany({ where: { id: agreement.id, signingEventId: previous?.id ?? null }, data: { signingEventId: event.id } });
  if (count === 0) throw new DomainError("CONFLICT", "ceremonyConflict");
  if (previous) await auditAgreementChange(tx, "detached", previous, agreement, actor);
  await auditAgreementChange(tx, "attached", event, agreement, actor);
  return { id: event.id, reference: agreement.reference, movedFrom: previous?.id ?? null };
}

/** Records that agreement `reference` was not signed at this ceremony after all. Errors: noSuchAgreement, agreementNotAtCeremony. */
export async function detachAgreement(tx: DatabaseTransaction, input: z.output<typeof DetachAgreementSchema>, actor: CurrentUser) {
  const event = await ceremonyAt(tx, input.eventId);
  const agreement = await tx.agreement.findUnique({ where: { reference: input.reference }, select: { id: true, reference: true, signingEventId: true } });
  if (!agreement) throw new DomainError("NOT_FOUND", "noSuchAgreement", "reference", { reference: input.reference });
  if (agreement.signingEventId !== event.id) throw new DomainError("NOT_FOUND", "agreementNotAtCeremony", undefined, { reference: agreement.reference });
  await tx.agreement.update({ where: { id: agreement.id }, data: { signingEventId: null } });
  await auditAgreementChange(tx, "detached", event, agreement, actor);
  return { id: event.id, reference: agreement.reference };
}
