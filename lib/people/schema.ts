import { z } from "zod";
import { optionalText } from "../actions/text-fields";
import { recordVersion } from "../actions/record-version";
import { hasBidiControl } from "../text/controls";

const PersonFields = z.strictObject({
    name: optionalText(200).refine((name) => !name || !hasBidiControl(name), "nameBidiControl"),
    localName: optionalText(200).refine((name) => !name || !hasBidiControl(name), "nameBidiControl"),
    position: optionalText(200),
    /** The position in the person's own language (校长 beside President). */
    localPosition: optionalText(200),
    organizationId: optionalText(64),
    email: optionalText(320).refine((email) => !email || z.email().safeParse(email).success, "validEmail"),
    phone: optionalText(60),
    notes: optionalText(5000),
});
const named = (p: { name: string | null; localName: string | null; position: string | null }) => Boolean(p.name || p.localName || p.position);
const namedMessage = { message: "personNameOrPosition", path: ["name"] };

export const PersonSchema = PersonFields.refine(named, namedMessage);
export type PersonInput = z.output<typeof PersonSchema>;

export const UpdatePersonSchema = PersonFields.extend({ id: z.string().min(1).max(64), version: recordVersion }).refine(named, namedMessage);
export const DeletePersonSchema = z.strictObject({ id: z.string().min(1).max(64) });
export const MergePeopleSchema = z.strictObject({
  id: z.string().min(1).max(64),
  intoId: z.string().trim().min(1, "choosePersonToKeepShort").max(64),
});
