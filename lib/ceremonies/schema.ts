// The single definition of valid signing-ceremony input (decision 023): the ceremony's own facts,
// the people present and the agreements signed there.
import { z } from "zod";
import { optionalText } from "../actions/text-fields";
import { recordVersion } from "../actions/record-version";
import { tooFarAhead } from "../agreements/chronology";
import { partialDateField } from "../agreements/schema";
import { EVENT_ROLES } from "../enumerations";

const id = z.string().trim().min(1).max(64);
const optionalId = optionalText(64);
// References are written upper-case (AG-2020-0001); a person may type them in any case.
const reference = z.string().trim().min(1, "agreementReference").max(40, "tooLong").transform((value) => value.toUpperCase());

const CeremonyFields = z.strictObject({
  name: z.string().trim().min(1, "ceremonyName").max(300, "tooLong"),
  /** "2020", "2020-01" or "2020-01-03": as much of the day as is known. */
  heldOn: partialDateField.refine((day) => !day || !tooFarAhead(day), "ceremonyHeldTooFarAhead"),
  place: optionalText(300),
  hostId: optionalId,
  notes: optionalText(5000),
});

export const CreateCeremonySchema = CeremonyFields;
export type CeremonyInput = z.output<typeof CreateCeremonySchema>;
export const UpdateCeremonySchema = CeremonyFields.extend({ id, version: recordVersion });
export const DeleteCeremonySchema = z.strictObject({ id });

const AttendeeFields = z.strictObject({
  eventId: id,
  /** A person of the directory; empty when the source names only a position or a unit. */
  personId: optionalId,
  role: z.enum(EVENT_ROLES, { message: "chooseEventRole" }),
  /** The position they held then, which their position today does not change. */
  position: optionalText(200),
  onBehalfOfId: optionalId,
  note: optionalText(500),
});
// Someone must be said to have been there: a person, a position, a unit, or the source's words.
const someone = (a: { personId: string | null; position: string | null; onBehalfOfId: string | null; note: string | null }) =>
  Boolean(a.personId || a.position || a.onBehalfOfId || a.note);
const someoneMessage = { message: "attendeeWho", path: ["personId"] };

export const AddAttendeeSchema = AttendeeFields.refine(someone, someoneMessage);
export type AttendeeInput = z.output<typeof AddAttendeeSchema>;
/** An attendee's edit carries the ceremony's version: the list of people present is part of it. */
export const UpdateAttendeeSchema = AttendeeFields.extend({ attendanceId: id, version: recordVersion }).refine(someone, someoneMessage);
export const RemoveAttendeeSchema = z.strictObject({ eventId: id, attendanceId: id });
export const MoveAttendeeSchema = z.strictObject({ eventId: id, attendanceId: id, direction: z.enum(["up", "down"]) });

export const AttachAgreementSchema = z.strictObject({
  eventId: id,
  reference,
  /** "yes" when the person confirmed moving an agreement recorded at another ceremony. */
  move: z.literal(["yes", ""]).optional().transform((value) => value === "yes"),
});
export const DetachAgreementSchema = z.strictObject({ eventId: id, reference });
