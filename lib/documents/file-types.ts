// Which files may be attached to an agreement: PDF, images and office documents, recognised
// by their content as well as their name, so that a program renamed
// "contract.pdf" is refused. The content decides the type the file is served with.
import { fileTypeFromBuffer } from "file-type";
import { ACCEPTED, ACCEPTED_EXTENSIONS, ACCEPTED_TYPES_TEXT, LEGACY_OFFICE_TYPES } from "./accepted-types";

export type FileCheck = { ok: true; contentType: string } | { ok: false; message: string };

const extensionOf = (fileName: string) => /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? "";

/** Whether a file may be attached, from its name and its content. */
export async function checkDocumentFile(fileName: string, content: Uint8Array): Promise<FileCheck> {
  const extension = extensionOf(fileName);
  if (!ACCEPTED_EXTENSIONS.includes(extension)) {
    return { ok: false, message: `“${fileName}” cannot be attached: accepted are ${ACCEPTED_TYPES_TEXT}.` };
  }
  const detected = await fileTypeFromBuffer(content);
  const accepted = detected ? ACCEPTED[detected.ext] : undefined;
  if (!accepted) {
    const what = detected ? `of another type (${detected.ext.toUpperCase()})` : "not a file of a type Pacta recognises";
    return { ok: false, message: `“${fileName}” is named .${extension} but its content is ${what}. Nothing was attached.` };
  }
  if (!accepted.extensions.includes(extension)) {
    return { ok: false, message: `“${fileName}” is named .${extension} but its content is a ${accepted.label}. Rename it and try again.` };
  }
  return { ok: true, contentType: detected!.ext === "cfb" ? LEGACY_OFFICE_TYPES[extension] : accepted.contentType };
}
