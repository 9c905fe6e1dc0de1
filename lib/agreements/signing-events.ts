// Signing ceremonies: one occasion at which several agreements were signed, with the people
// present, each in a role and with the position they held then (issue "The register holds what
// real sources say"; design.md's domain model). Who signed a particular agreement stays on the
// agreement (Participant); the ceremony says who was there.
import "server-only";
import { db } from "../db";
import { toIsoPartial } from "../dates/partial-date";
import type { DatePrecision } from "../enumerations";
import type { Database } from "../prisma-client";
import { agreementNameSelect } from "./label";

/** A ceremony's day as a partial date ({ date, precision, iso }), or null when it is not known. */
export const ceremonyDay = (date: Date | null, precision: DatePrecision | null) =>
  date ? { date, precision: precision ?? "DAY", iso: toIsoPartial(date, precision ?? "DAY") } : null;

/** What every reading of a ceremony shows of it: its name, day, place and host. */
export const CEREMONY_HEAD = {
  id: true,
  name: true,
  heldOn: true,
  heldOnPrecision: true,
  place: true,
  host: { select: { id: true, name: true, localName: true } },
} as const;

/**
 * The ceremony at which agreement `reference` was signed, or null: its day (partial), place, host,
 * the people present in their order, the other agreements signed there, and its evidence.
 * Two statements.
 */
export async function signingEventOf(reference: string, database: Database = db) {
  const agreement = await database.agreement.findUnique({ where: { reference }, select: { signingEventId: true } });
  if (!agreement?.signingEventId) return null;
  const event = await database.signingEvent.findUniqueOrThrow({
    where: { id: agreement.signingEventId },
    select: {
      ...CEREMONY_HEAD,
      attendances: {
        orderBy: { order: "asc" },
        select: {
          role: true,
          position: true,
          note: true,
          person: { select: { id: true, name: true, localName: true } },
          onBehalfOf: { select: { id: true, name: true, localName: true } },
        },
      },
      agreements: { orderBy: { reference: "asc" }, select: agreementNameSelect },
      evidence: { orderBy: { order: "asc" }, select: { field: true, quote: true, basis: true, note: true, origin: true } },
    },
  });
  const { heldOn, heldOnPrecision, agreements, ...rest } = event;
  return {
    ...rest,
    heldOn: ceremonyDay(heldOn, heldOnPrecision),
    agreementCount: agreements.length,
    otherAgreements: agreements.filter((a) => a.reference !== reference),
  };
}
export type SigningEventDetail = NonNullable<Awaited<ReturnType<typeof signingEventOf>>>;

/** The ceremonies a person was present at, newest first, with their role and position then. One statement. */
export async function ceremoniesAttendedBy(personId: string, database: Database = db) {
  const rows = await database.eventAttendance.findMany({
    where: { personId },
    orderBy: [{ event: { heldOn: "desc" } }, { order: "asc" }],
    select: {
      role: true,
      position: true,
      event: { select: { id: true, name: true, heldOn: true, heldOnPrecision: true, place: true, agreements: { select: { reference: true }, orderBy: { reference: "asc" }, take: 1 } } },
    },
  });
  return rows.map(({ event, ...attendance }) => ({
    ...attendance,
    eventId: event.id,
    name: event.name,
    place: event.place,
    heldOn: ceremonyDay(event.heldOn, event.heldOnPrecision),
    /** An agreement signed there, whose page shows the ceremony. */
    firstAgreement: event.agreements[0]?.reference ?? null,
  }));
}
