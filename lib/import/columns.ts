// The columns an import understands. Headers are matched to them by name (the export's own
// headers first, then common variants); anything else in the file is ignored.

import { CATALOGUES } from "../i18n/translator";

export const IMPORT_FIELDS = [
  { key: "reference", aliases: ["ref", "agreement number", "number", "no"] },
  // "not known" or "none" in a title, signatories, focus areas or term (expiry) cell records that
  // knowledge (lib/agreements/knowledge-words.ts); an empty title cell is still a missing title.
  { key: "title", aliases: ["agreement", "name", "agreement title"], required: true },
  { key: "partners", aliases: ["partner", "partner name", "partner names", "partner institution", "counterpart"], required: true },
  { key: "partnerLocalNames", aliases: ["partner local name", "local name", "chinese name"] },
  { key: "partnerCountries", aliases: ["country", "partner country"] },
  { key: "type", aliases: ["agreement type", "kind"] },
  { key: "status", aliases: ["state"] },
  { key: "signedOn", aliases: ["signed", "date signed", "signature date", "signing date"] },
  { key: "place", aliases: ["place of signing", "signed at"] },
  { key: "effectiveFrom", aliases: ["start", "start date", "effective"] },
  { key: "expiresOn", aliases: ["expiry", "end", "end date", "expires", "valid until"] },
  { key: "termMonths", aliases: ["term", "duration months"] },
  { key: "noticePeriodDays", aliases: ["notice", "notice days"] },
  { key: "automaticRenewal", aliases: ["auto renewal", "renews automatically"] },
  { key: "focusAreas", aliases: ["focus", "fields", "areas"] },
  { key: "signingCeremony", aliases: ["ceremony", "signing event", "ceremony name"] },
  { key: "signingCeremonyDate", aliases: ["ceremony held on", "date of ceremony"] },
  // Links to other agreements, by reference: in the register, or another row of the same file.
  { key: "renews", aliases: ["renewal of", "renewed from"] },
  { key: "implements", aliases: ["framework", "under framework", "implements the framework"] },
  { key: "amends", aliases: ["amendment of"] },
  { key: "supersedes", aliases: ["replaces"] },
  { key: "followsFrom", aliases: ["follows"] },
  { key: "relatedTo", aliases: ["related", "related agreements"] },
  { key: "summary", aliases: ["description", "scope"] },
  { key: "notes", aliases: ["source", "remarks", "comments"] },
  // Last, so that files laid out by the earlier columns' order still read the same.
  { key: "otherNames", aliases: ["other name", "also known as", "aka"] },
  // Only its "not known" or "none" is read: people are not matched from a cell (names are ignored, as before).
  { key: "signatories", aliases: ["signatory", "signed by"] },
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
    const names = [CATALOGUES.en.exports.columns[field.key], CATALOGUES["zh-CN"].exports.columns[field.key], ...field.aliases].map(normalize);
    const index = headers.findIndex((h, i) => !used.has(i) && names.includes(normalize(h)));
    if (index >= 0) {
      mapping[field.key] = index;
      used.add(index);
    }
  }
  return mapping;
}

