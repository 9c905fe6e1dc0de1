// The shapes of what a person enters about a source and the evidence it gives. The rules that
// relate one field to another (a date's basis, a quote in the text) are in rules.ts.
import { z } from "zod";
import { recordVersion } from "../actions/record-version";
import { partialDateField } from "../agreements/schema";
import { EVIDENCE_BASES, PUBLICATION_DATE_BASES, SOURCE_COMPLETENESSES, SOURCE_KINDS } from "../enumerations";

/** The languages a source's text can be in (BCP 47 tags), offered in this order; decision 024. */
export const SOURCE_LANGUAGES = ["en", "zh-CN", "zh-TW", "fr", "de", "es", "ru", "ja", "ko", "ar", "pt", "it"] as const;

/** The facts of an agreement that evidence can support, in the order the form offers them. */
export const AGREEMENT_EVIDENCE_FIELDS = [
  "title", "parties", "signedOn", "signedPlace", "signatories", "participants", "status", "summary", "focusAreas",
  "effectiveFrom", "expiresOn", "termMonths", "noticePeriodDays", "renewalOf", "otherNames",
] as const;

/** A source's own facts that evidence can support (the release's date, say, from its address). */
export const SOURCE_EVIDENCE_FIELDS = ["publishedOn", "publisher", "title", "language"] as const;

const id = z.string().trim().min(1).max(64);

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "tooLong")
    .nullish()
    .transform((value) => (value ? value : null));

/** An empty choice ("") is no choice. */
const optionalChoice = <T extends readonly [string, ...string[]]>(values: T, message: string) =>
  z
    .union([z.enum(values, { message }), z.literal("")])
    .nullish()
    .transform((value) => (value ? value : null));

/** A web address: http or https only (a file path, javascript: or mailto: is not where a source can be read). */
const webAddress = optionalText(2000).refine((url) => url === null || isWebAddress(url), "sourceAddress");

export function isWebAddress(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname.length > 0 && !/\s/.test(text);
  } catch {
    return false;
  }
}

export const sourceFields = {
  kind: z.enum(SOURCE_KINDS, { message: "sourceKind" }),
  title: z.string().trim().min(1, "sourceTitle").max(500, "tooLong"),
  url: webAddress,
  publisher: optionalText(300),
  publishedOn: partialDateField,
  publishedOnBasis: optionalChoice(PUBLICATION_DATE_BASES, "chooseFromList"),
  language: optionalChoice(SOURCE_LANGUAGES, "chooseLanguage"),
  completeness: optionalChoice(SOURCE_COMPLETENESSES, "chooseFromList"),
  text: optionalText(200_000),
};

export const evidenceFields = {
  basis: z.enum(EVIDENCE_BASES, { message: "chooseFromList" }),
  quote: optionalText(5000),
  note: optionalText(2000),
  origin: optionalText(500),
};

export const CreateSourceSchema = z.strictObject(sourceFields);
export const UpdateSourceSchema = z.strictObject({ ...sourceFields, id, version: recordVersion });
export const DeleteSourceSchema = z.strictObject({ id });

/** Evidence for one of an agreement's facts (`reference`), or, without it, for one of the source's own. */
export const AddEvidenceSchema = z.strictObject({
  reference: optionalText(40),
  sourceId: id,
  field: z.string().trim().min(1, "chooseEvidenceField").max(40),
  ...evidenceFields,
});

/** A new source and the first fact of the agreement it supports, in one step. */
export const AddSourceToAgreementSchema = z.strictObject({
  reference: z.string().trim().min(1).max(40),
  field: z.string().trim().min(1, "chooseEvidenceField").max(40),
  ...sourceFields,
  ...evidenceFields,
});

export const UpdateEvidenceSchema = z.strictObject({ id, version: recordVersion, field: z.string().trim().min(1, "chooseEvidenceField").max(40), ...evidenceFields });
export const RemoveEvidenceSchema = z.strictObject({ id });

export type SourceInput = z.output<typeof CreateSourceSchema>;
export type EvidenceInput = Pick<z.output<typeof AddEvidenceSchema>, "field" | "basis" | "quote" | "note" | "origin">;
