// Which files may be attached to an agreement: PDF, images and office documents, recognised
// by their content as well as their name, so that a program renamed
// "contract.pdf" is refused. The content decides the type the file is served with.
import { fileTypeFromBuffer } from "file-type";
import { ArchiveRefusedError, DOCUMENT_LIMITS, inspectZip } from "../files/safe-zip";
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
  let detected: { ext: string } | undefined;
  if (content[0] === 0x50 && content[1] === 0x4b && content[2] === 0x03 && content[3] === 0x04) {
    try {
      detected = await officeDocumentType(content);
    } catch (error) {
      if (!(error instanceof ArchiveRefusedError) || error.problem === "unreadable") return { ok: false, problem: "fileContentUnknown", values: { fileName, extension } };
      return { ok: false, problem: "fileArchiveTooLarge", values: { fileName, size: `${DOCUMENT_LIMITS.inflatedBytes / 1024 / 1024} MB`, parts: String(DOCUMENT_LIMITS.entries) } };
    }
  } else {
    detected = await fileTypeFromBuffer(content);
  }
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

/**
 * The type of a zip-based office document (OOXML's main part in [Content_Types].xml, or
 * OpenDocument's `mimetype` entry), read through the safe archive reader: file-type would
 * unpack those entries whole, found through the local headers the reader does not
 * measure. `{ ext: "zip" }` for any other archive. Throws ArchiveRefusedError.
 */
async function officeDocumentType(content: Uint8Array): Promise<{ ext: string }> {
  const { kept } = await inspectZip(content, DOCUMENT_LIMITS, ["mimetype", "[Content_Types].xml"]);
  const declared =
    kept.get("mimetype")?.toString("utf8").trim() ??
    /ContentType="([^"]+)\.main\+xml"/.exec(kept.get("[Content_Types].xml")?.toString("utf8") ?? "")?.[1];
  const ext = Object.entries(ACCEPTED).find(([, type]) => type.contentType === declared)?.[0];
  return { ext: ext ?? "zip" };
}
