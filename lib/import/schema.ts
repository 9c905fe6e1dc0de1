import { z } from "zod";
import { ORGANIZATION_KINDS } from "../enumerations";
import { IMPORT_FIELD_KEYS, type ColumnMapping } from "./columns";
import type { PartnerDecisions } from "./plan";
import { CSV_DELIMITERS, CSV_ENCODINGS } from "./read-file";

/** The column chosen for each field, sent as JSON by the import form. */
const mappingField = z
  .string()
  .max(5000)
  .optional()
  .transform((text, ctx): ColumnMapping | undefined => {
    if (!text) return undefined;
    try {
      const raw = JSON.parse(text) as unknown;
      const mapping: ColumnMapping = {};
      // Only known fields are read, whatever else the JSON holds (no "__proto__" tricks).
      for (const field of IMPORT_FIELD_KEYS) {
        const value = raw && typeof raw === "object" ? (raw as Record<string, unknown>)[field] : undefined;
        if (Number.isInteger(value) && (value as number) >= 0 && (value as number) < 500) mapping[field] = value as number;
      }
      return mapping;
    } catch {
      ctx.addIssue({ code: "custom", message: "importMapping" });
      return z.NEVER;
    }
  });

const decision = z.union([z.strictObject({ organizationId: z.string().min(1).max(64) }), z.strictObject({ kind: z.enum(ORGANIZATION_KINDS) })]);

/** The person's choice for each partner name to confirm or create (keyed by its folded name), sent as JSON. */
const decisionsField = z
  .string()
  .max(200_000)
  .optional()
  .transform((text, ctx): PartnerDecisions | undefined => {
    if (!text) return undefined;
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      raw = null;
    }
    const parsed = z.array(z.tuple([z.string().min(1).max(1000), decision])).max(20_000).safeParse(raw);
    if (!parsed.success) {
      ctx.addIssue({ code: "custom", message: "importDecisions" });
      return z.NEVER;
    }
    // A map without a prototype: a partner named "__proto__" is a name like any other.
    return Object.assign(Object.create(null) as PartnerDecisions, Object.fromEntries(parsed.data));
  });

/** "" means: find it from the file. */
const chosen = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .union([z.enum(values), z.literal("")])
    .optional()
    .transform((v) => (v ? (v as T[number]) : undefined));

export const ImportUploadSchema = z.strictObject({
  file: z.instanceof(File, { message: "importChooseFile" }),
  mapping: mappingField,
  delimiter: chosen(CSV_DELIMITERS),
  encoding: chosen(CSV_ENCODINGS),
  decisions: decisionsField,
});
