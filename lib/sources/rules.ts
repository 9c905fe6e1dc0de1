// The rules of sources and evidence, in one place: the service applies them to every write,
// and each refusal names the field a person must change. Pure, so unit tests read them directly.
import type { ErrorKey } from "../i18n/translator";
import { AGREEMENT_EVIDENCE_FIELDS, SOURCE_EVIDENCE_FIELDS, type EvidenceInput, type SourceInput } from "./schema";

export interface Refusal {
  field: string;
  key: ErrorKey;
}

/**
 * Text as compared for quotes: white space of any kind (a non-breaking space, a line break) folded
 * to one space, curly quotation marks and apostrophes made straight, dashes made hyphens.
 * The same folding the seed's quotes are checked with, plus the typographic marks a person retypes.
 */
export function foldForQuote(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033\u300c\u300d\u300e\u300f]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/\s+/g, " ")
    .trim();
}

/** Whether `quote` occurs in `text` once both are folded (foldForQuote). */
export function quoteOccursIn(quote: string, text: string): boolean {
  return foldForQuote(text).includes(foldForQuote(quote));
}

/** A source's publication date needs the basis it is known on (issue 24: a date from the address is not one the text states). */
export function sourceRefusal(source: Pick<SourceInput, "publishedOn" | "publishedOnBasis">): Refusal | null {
  if (source.publishedOn && !source.publishedOnBasis) return { field: "publishedOnBasis", key: "publicationDateBasis" };
  if (!source.publishedOn && source.publishedOnBasis) return { field: "publishedOn", key: "publicationDateForBasis" };
  return null;
}

/**
 * What is wrong with a piece of evidence, or null:
 * - the field must be one of the owner's (an agreement's facts, or the source's own);
 * - STATED and INFERRED quote the source: the quote is required and, when the source keeps its
 *   text, must occur in it (after foldForQuote);
 * - INFERRED says how it was inferred (`note`);
 * - OUTSIDE_SOURCE says where the fact came from (`origin`) and quotes nothing.
 */
export function evidenceRefusal(evidence: EvidenceInput, owner: "agreement" | "source", sourceText: string | null): Refusal | null {
  const fields: readonly string[] = owner === "agreement" ? AGREEMENT_EVIDENCE_FIELDS : SOURCE_EVIDENCE_FIELDS;
  if (!fields.includes(evidence.field)) return { field: "field", key: "chooseEvidenceField" };
  if (evidence.basis === "OUTSIDE_SOURCE") {
    if (evidence.quote) return { field: "quote", key: "outsideSourceQuote" };
    if (!evidence.origin) return { field: "origin", key: "outsideSourceOrigin" };
    return null;
  }
  if (!evidence.quote) return { field: "quote", key: "evidenceQuote" };
  if (sourceText && !quoteOccursIn(evidence.quote, sourceText)) return { field: "quote", key: "quoteNotInSource" };
  if (evidence.basis === "INFERRED" && !evidence.note) return { field: "note", key: "inferredNote" };
  return null;
}
