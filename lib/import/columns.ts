// The columns an import understands. Headers are matched to them by name (the export's own
// headers first, then common variants); anything else in the file is ignored.

import { CATALOGUES } from "../i18n/translator";

export const IMPORT_FIELDS = [
  { key: "reference", label: "Reference", aliases: ["ref", "agreement number", "number", "no"] },
  { key: "title", label: "Title", aliases: ["agreement", "name", "agreement title"], required: true },
  { key: "partners", label: "Partners", aliases: ["partner", "partner name", "partner names", "partner institution", "counterpart"], required: true },
  { key: "partnerLocalNames", label: "Partner local names", aliases: ["partner local name", "local name", "chinese name"] },
  { key: "partnerCountries", label: "Partner countries", aliases: ["country", "partner country"] },
  { key: "type", label: "Type", aliases: ["agreement type", "kind"] },
  { key: "status", label: "Status", aliases: ["state"] },
  { key: "signedOn", label: "Signed on", aliases: ["signed", "date signed", "signature date", "signing date"] },
  { key: "place", label: "Place", aliases: ["place of signing", "signed at"] },
  { key: "effectiveFrom", label: "Effective from", aliases: ["start", "start date", "effective"] },
  { key: "expiresOn", label: "Expires on", aliases: ["expiry", "end", "end date", "expires", "valid until"] },
  { key: "termMonths", label: "Term (months)", aliases: ["term", "duration months"] },
  { key: "noticePeriodDays", label: "Notice period (days)", aliases: ["notice", "notice days"] },
  { key: "automaticRenewal", label: "Automatic renewal", aliases: ["auto renewal", "renews automatically"] },
  { key: "focusAreas", label: "Focus areas", aliases: ["focus", "fields", "areas"] },
  { key: "summary", label: "Summary", aliases: ["description", "scope"] },
  { key: "notes", label: "Notes", aliases: ["source", "remarks", "comments"] },
] as const;

export type ImportField = (typeof IMPORT_FIELDS)[number]["key"];
export const IMPORT_FIELD_KEYS = IMPORT_FIELDS.map((f) => f.key) as ImportField[];

/** Column index per field; a field without a column is absent. */
export type ColumnMapping = Partial<Record<ImportField, number>>;

const normalize = (header: string) => header.normalize("NFKC").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();

/** Matches the file's headers to the known fields; each header is used at most once. */
export function guessMapping(headers: string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  const used = new Set<number>();
  for (const field of IMPORT_FIELDS) {
    // The export's headers in either language read back, so a Chinese export imports as it is.
    const names = [field.label, CATALOGUES["zh-CN"].exports.columns[field.key], ...field.aliases].map(normalize);
    const index = headers.findIndex((h, i) => !used.has(i) && names.includes(normalize(h)));
    if (index >= 0) {
      mapping[field.key] = index;
      used.add(index);
    }
  }
  return mapping;
}

/** The template's header row: exactly the export's columns that an import reads. */
export const TEMPLATE_HEADERS = IMPORT_FIELDS.map((f) => f.label);
