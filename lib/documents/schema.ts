// The single definition of valid document input: attaching, adding a version, deleting.
import { z } from "zod";
import { optionalText } from "../actions/text-fields";
import { MAX_DOCUMENT_BYTES } from "./accepted-types";
import { isSafeFileName } from "../text/controls";
import { fileSizeText } from "./labels";
import { DOCUMENT_KINDS } from "../enumerations";

export { DOCUMENT_KINDS };

/** Languages an agreement's document is commonly written in; "mul" is the tag for several at once. */
export const DOCUMENT_LANGUAGES = ["en", "zh", "mul", "fr", "de", "es", "ru", "ja", "ko", "ar", "pt"] as const;

const documentFile = z
  .instanceof(File, { message: "chooseFile" })
  .refine((file) => file.size > 0, { message: "fileEmpty" })
  .refine((file) => file.size <= MAX_DOCUMENT_BYTES, {
    message: "fileTooLarge",
    params: { limit: fileSizeText(MAX_DOCUMENT_BYTES) },
  })
  .refine((file) => file.name.length <= 255, { message: "fileNameTooLong" })
  // A NUL cannot be stored, a line break would forge lines in logs, and a bidi override disguises the type.
  .refine((file) => isSafeFileName(file.name), { message: "fileNameUnsafe" });

const id = z.string().trim().min(1).max(64);

export const AttachDocumentSchema = z.strictObject({
  reference: z.string().trim().min(1).max(40),
  kind: z.enum(DOCUMENT_KINDS, { message: "documentKind" }),
  language: z
    .enum(DOCUMENT_LANGUAGES, { message: "chooseLanguage" })
    .or(z.literal(""))
    .nullish()
    .transform((value) => value || null),
  note: optionalText(500),
  file: documentFile,
});
export type AttachDocumentInput = z.output<typeof AttachDocumentSchema>;

export const AddDocumentVersionSchema = z.strictObject({
  documentId: id,
  note: optionalText(500),
  file: documentFile,
});
export type AddDocumentVersionInput = z.output<typeof AddDocumentVersionSchema>;

export const DeleteDocumentSchema = z.strictObject({ documentId: id });
