import { defineCommand } from "../actions/command";
import {
  AddAttendeeSchema,
  AttachAgreementSchema,
  CreateCeremonySchema,
  DeleteCeremonySchema,
  DetachAgreementSchema,
  MoveAttendeeSchema,
  RemoveAttendeeSchema,
  UpdateAttendeeSchema,
  UpdateCeremonySchema,
} from "./schema";
import { addAttendee, attachAgreement, createCeremony, deleteCeremony, detachAgreement, moveAttendee, removeAttendee, updateAttendee, updateCeremony } from "./service";

// A ceremony is part of the agreements' record: whoever may log agreements may enter it.
const permission = "agreement.write" as const;
const pages = (id?: string) => ["/ceremonies", ...(id ? [`/ceremonies/${id}`] : [])];
// The agreements' list and pages show the ceremony.
const everywhere = (id?: string, reference?: string) => [...pages(id), "/agreements", ...(reference ? [`/agreements/${reference}`] : [])];

export const ceremonyCommands = {
  createCeremony: defineCommand({ name: "ceremony.create", permission, schema: CreateCeremonySchema, run: createCeremony, revalidate: (r) => pages(r.id) }),
  updateCeremony: defineCommand({ name: "ceremony.update", permission, schema: UpdateCeremonySchema, run: updateCeremony, revalidate: (r) => everywhere(r.id), successMessage: "changesSaved" }),
  deleteCeremony: defineCommand({ name: "ceremony.delete", permission, schema: DeleteCeremonySchema, run: deleteCeremony, revalidate: () => everywhere() }),
  addAttendee: defineCommand({ name: "ceremony.add-attendee", permission, schema: AddAttendeeSchema, run: addAttendee, revalidate: (r) => everywhere(r.id), successMessage: "attendeeAdded" }),
  updateAttendee: defineCommand({ name: "ceremony.update-attendee", permission, schema: UpdateAttendeeSchema, run: updateAttendee, revalidate: (r) => everywhere(r.id), successMessage: "changesSaved" }),
  removeAttendee: defineCommand({ name: "ceremony.remove-attendee", permission, schema: RemoveAttendeeSchema, run: removeAttendee, revalidate: (r) => everywhere(r.id) }),
  moveAttendee: defineCommand({ name: "ceremony.move-attendee", permission, schema: MoveAttendeeSchema, run: moveAttendee, revalidate: (r) => everywhere(r.id) }),
  attachAgreement: defineCommand({ name: "ceremony.attach-agreement", permission, schema: AttachAgreementSchema, run: attachAgreement, revalidate: (r) => everywhere(r.id, r.reference), successMessage: "agreementAttached" }),
  detachAgreement: defineCommand({ name: "ceremony.detach-agreement", permission, schema: DetachAgreementSchema, run: detachAgreement, revalidate: (r) => everywhere(r.id, r.reference) }),
};
