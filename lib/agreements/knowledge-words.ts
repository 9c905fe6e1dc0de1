// The words a spreadsheet cell uses for "not known" and "none" (decision 022, import and export
// columns in decision 025): an export writes them in the reader's language, an import reads them
// in either. Only a cell holding nothing but the word counts, so "None of the above" stays a title.
import { CATALOGUES } from "../i18n/translator";
import type { Locale } from "../i18n/locales";
import { foldText } from "../text/fold";
import type { KnowledgeState } from "./knowledge";

/** The word an export writes for a fact the record says is not known or none. */
export const knowledgeWord = (state: Exclude<KnowledgeState, "KNOWN">, locale: Locale): string => CATALOGUES[locale].exports.knowledge[state];

// Besides the catalogues' words, the ones people type. "n/a", "-" and "—" are not read: they say
// "not applicable" or "left blank", which could mean either, so such a cell stays what it says.
const TYPED: Record<Exclude<KnowledgeState, "KNOWN">, string[]> = {
  UNKNOWN: ["not known", "unknown", "不详", "未知"],
  NONE: ["none", "无"],
};

const STATE_BY_WORD = new Map<string, Exclude<KnowledgeState, "KNOWN">>(
  (["UNKNOWN", "NONE"] as const).flatMap((state) =>
    [...TYPED[state], ...Object.values(CATALOGUES).map((catalogue) => catalogue.exports.knowledge[state])].map((word) => [foldText(word).replace(/\s+/g, " ").trim(), state] as const),
  ),
);

/**
 * The knowledge a whole cell states: "not known", "Unknown", "ＮＯＮＥ", "不详", " 无 " (case,
 * width and spaces folded), else null (an ordinary value, or an empty cell: nothing given).
 */
export function knowledgeOfCell(text: string): Exclude<KnowledgeState, "KNOWN"> | null {
  if (!text) return null;
  return STATE_BY_WORD.get(foldText(text).replace(/\s+/g, " ").trim()) ?? null;
}
