// The one rule of "known, unknown, none" (docs/decisions/022): for an agreement's title,
// signatories, focus areas and term, the record says whether it holds the fact (KNOWN), the
// source does not say it (UNKNOWN) or there is none (NONE: no title, an open-ended term), and
// what it holds must agree. The schema (forms, the API) refuses a write that breaks it, each
// problem on the field to correct; the seed's test checks its records by it too.
import type { ErrorKey } from "../i18n/translator";
import { KNOWLEDGE_STATES, type KnowledgeState } from "../enumerations";

export { KNOWLEDGE_STATES, type KnowledgeState };

/** The facts whose knowledge an agreement records, each with its column. */
export const KNOWLEDGE_FACTS = ["title", "signatories", "focusAreas", "term"] as const;
export type KnowledgeFact = (typeof KNOWLEDGE_FACTS)[number];
export const KNOWLEDGE_COLUMN = {
  title: "titleKnowledge",
  signatories: "signatoriesKnowledge",
  focusAreas: "focusAreasKnowledge",
  term: "termKnowledge",
} as const satisfies Record<KnowledgeFact, string>;

/** What the rule reads: the four knowledge values and what the record holds for each fact. */
export interface AgreementKnowledge {
  titleKnowledge: KnowledgeState;
  signatoriesKnowledge: KnowledgeState;
  focusAreasKnowledge: KnowledgeState;
  termKnowledge: KnowledgeState;
  title: string | null;
  signatoryCount: number;
  focusAreaCount: number;
  /** Which parts of a term are given: an end date, a length in months, the source's wording, automatic renewal. */
  term: { expiresOn: boolean; termMonths: boolean; termText?: boolean; automaticRenewal: boolean };
}

export interface KnowledgeProblem {
  /** The input's field to correct (the form shows the message next to it). */
  field: "title" | "signatories" | "focusAreaIds" | "expiresOn" | "termMonths" | "termText" | "automaticRenewal";
  message: ErrorKey;
}

/**
 * The problems of an agreement's knowledge, [] when consistent:
 * - title: KNOWN needs a title; UNKNOWN and NONE hold none.
 * - signatories and focus areas: a listed one makes them KNOWN, so UNKNOWN and NONE list none.
 *   KNOWN with an empty list is what records written before the rule hold (and an import):
 *   "none recorded", shown as before.
 * - term: UNKNOWN and NONE give no end date, no length, no wording and no automatic renewal
 *   (a notice period may stand: an open-ended agreement may be ended with notice).
 */
export function knowledgeProblems(state: AgreementKnowledge): KnowledgeProblem[] {
  const problems: KnowledgeProblem[] = [];
  const hasTitle = Boolean(state.title && state.title.trim() !== "");
  if (state.titleKnowledge === "KNOWN" && !hasTitle) problems.push({ field: "title", message: "agreementTitle" });
  if (state.titleKnowledge !== "KNOWN" && hasTitle) problems.push({ field: "title", message: "titleNotKnownButGiven" });
  if (state.signatoriesKnowledge !== "KNOWN" && state.signatoryCount > 0) problems.push({ field: "signatories", message: "signatoriesNotKnownButListed" });
  if (state.focusAreasKnowledge !== "KNOWN" && state.focusAreaCount > 0) problems.push({ field: "focusAreaIds", message: "focusAreasNotKnownButListed" });
  if (state.termKnowledge !== "KNOWN") {
    const message: ErrorKey = state.termKnowledge === "NONE" ? "termNoneButGiven" : "termUnknownButGiven";
    if (state.term.expiresOn) problems.push({ field: "expiresOn", message });
    if (state.term.termMonths) problems.push({ field: "termMonths", message });
    if (state.term.termText) problems.push({ field: "termText", message });
    if (state.term.automaticRenewal) problems.push({ field: "automaticRenewal", message });
  }
  return problems;
}
