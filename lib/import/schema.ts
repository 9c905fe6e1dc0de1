import { z } from "zod";
import { IMPORT_FIELD_KEYS, type ColumnMapping } from "./columns";

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

export const ImportUploadSchema = z.strictObject({
  file: z.instanceof(File, { message: "importChooseFile" }),
  mapping: mappingField,
});
