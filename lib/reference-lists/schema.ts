import { z } from "zod";

const checkbox = z
  .union([z.boolean(), z.literal("on"), z.literal("true"), z.literal("false"), z.literal("")])
  .nullish()
  .transform((value) => value === true || value === "on" || value === "true");

/** The Chinese name of an entry: optional (a reader of Chinese sees the English name when it is missing). */
const localName = z
  .string()
  .trim()
  .max(200, "tooLong")
  .nullish()
  .transform((v) => (v ? v : null));

export const FocusAreaSchema = z.strictObject({
  id: z.string().max(64).nullish(),
  name: z.string().trim().min(1, "focusAreaName").max(200, "tooLong"),
  localName,
  description: z
    .string()
    .trim()
    .max(2000, "tooLong")
    .nullish()
    .transform((v) => (v ? v : null)),
  active: checkbox,
});

export const AgreementTypeSchema = z.strictObject({
  id: z.string().max(64).nullish(),
  name: z.string().trim().min(1, "agreementTypeName").max(200, "tooLong"),
  localName,
  sortOrder: z.coerce.number().int().min(0, "zeroOrMore").max(10_000).default(0),
  active: checkbox,
});

export const DeleteEntrySchema = z.strictObject({ id: z.string().min(1).max(64) });
