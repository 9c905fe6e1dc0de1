// Which files may be attached to an agreement: PDF, images and office documents, recognised
// by their content as well as their name, so that a program renamed
// "contract.pdf" is refused. The content decides the type the file is served with.
import { fileTypeFromBuffer } from "file-type";
import type { ErrorKey } from "../i18n/translator";
import { ACCEPTED, ACCEPTED_EXTENSIONS, LEGACY_OFFICE_TYPES } from "./accepted-types";

export type FileCheck = { ok: true; contentType: string } | { ok: false; problem: ErrorKey; values: Record<string, string> };

const extensionOf = (fileName: string) => /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? "";

/** Whether a file may be attached, from its name and its content. */
export async function checkDocumentFile(fileName: string, content: Uint8Array): Promise<FileCheck> {
  const extension = extensionOf(fileName);
  if (!ACCEPTED_EXTENSIONS.includes(extension)) {
    return { ok: false, problem: "fileTypeRefused", values: { fileName } };
  }
  const detected = await fileTypeFromBuffer(content);
  const accepted = detected ? ACCEPTED[detected.ext] : undefined;
  if (!accepted) {
    return detected
      ? { ok: false, problem: "fileContentOther", values: { fileName, extension, detected: detected.ext.toUpperCase() } }
      : { ok: false, problem: "fileContentUnknown", values: { fileName, extension } };
  }
  if (!accepted.extensions.includes(extension)) {
    return { ok: false, problem: "fileContentRename", values: { fileName, extension, kind: detected!.ext } };
  }
  return { ok: true, contentType: detected!.ext === "cfb" ? LEGACY_OFFICE_TYPES[extension] : accepted.contentType };
}
