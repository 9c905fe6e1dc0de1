// The files that may be attached to an agreement and how large they may be: read by the
// server's check (file-types.ts) and by the upload form, which refuses a file before sending it.

export const MAX_DOCUMENT_BYTES = 25 * 1024 * 1024;

/** The accepted types: the extensions a name may end with, by the type its content shows. */
export const ACCEPTED: Record<string, { extensions: string[]; contentType: string }> = {
  pdf: { extensions: ["pdf"], contentType: "application/pdf" },
  png: { extensions: ["png"], contentType: "image/png" },
  jpg: { extensions: ["jpg", "jpeg"], contentType: "image/jpeg" },
  tif: { extensions: ["tif", "tiff"], contentType: "image/tiff" },
  docx: { extensions: ["docx"], contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" },
  xlsx: { extensions: ["xlsx"], contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
  pptx: { extensions: ["pptx"], contentType: "application/vnd.openxmlformats-officedocument.presentationml.presentation" },
  odt: { extensions: ["odt"], contentType: "application/vnd.oasis.opendocument.text" },
  ods: { extensions: ["ods"], contentType: "application/vnd.oasis.opendocument.spreadsheet" },
  // Word 97–2003, Excel 97–2003 and PowerPoint 97–2003 share one container format; the name tells them apart.
  cfb: { extensions: ["doc", "xls", "ppt"], contentType: "application/x-cfb" },
};
export const LEGACY_OFFICE_TYPES: Record<string, string> = { doc: "application/msword", xls: "application/vnd.ms-excel", ppt: "application/vnd.ms-powerpoint" };

export const ACCEPTED_EXTENSIONS = Object.values(ACCEPTED).flatMap((type) => type.extensions);

