// Partner matching: which organisation already in Pacta a name typed in a register means.
// An exact match (by the one text rule, `foldText`) is taken as it is; a close one (an
// abbreviation, an acronym in brackets, the other Chinese script, a slip of a letter or two)
// is only offered, for a person to confirm: nothing is merged or created from a guess.
import { distance } from "fastest-levenshtein";
import * as OpenCC from "opencc-js/t2cn";
import { foldText } from "../text/fold";

export interface MatchableOrganization {
  id: string;
  name: string;
  localName: string | null;
  acronym: string | null;
  otherNames: string[];
}

/** Why a name was offered as a possible match. */
export type MatchReason = "abbreviation" | "acronym" | "script" | "spelling" | "wordOrder" | "legalForm";

export interface MatchCandidate {
  id: string;
  name: string;
  localName: string | null;
  reason: MatchReason;
}

/**
 * Common abbreviations in institutions' names, each word folded and without its full stop.
 * Source: the abbreviations of ISO 4 (List of Title Word Abbreviations) for the words that
 * institutions' names use most.
 */
const ABBREVIATIONS: Record<string, string> = {
  univ: "university",
  uni: "university",
  inst: "institute",
  tech: "technology",
  technol: "technology",
  natl: "national",
  nat: "national",
  intl: "international",
  int: "international",
  coll: "college",
  acad: "academy",
  sci: "science",
  dept: "department",
  assoc: "association",
  ctr: "centre",
  center: "centre",
  res: "research",
  co: "company",
  corp: "corporation",
  ltd: "limited",
  govt: "government",
  gov: "government",
  "&": "and",
};

/**
 * The folded name as its words alone: punctuation and hyphens are spaces ("Al Farabi" for
 * "Al-Farabi"), "&" is "and" ("A&M", "A and M"), a leading "the" goes (people drop it), and
 * spaces between Chinese characters go ("中 国 科 学 院"); with `abbreviations`, each
 * abbreviation written out.
 */
function loose(folded: string, abbreviations = false): string {
  return folded
    .replace(/&/g, " and ")
    .replace(/[.,'’"()[\]{}【】\-]/g, " ")
    .split(/\s+/)
    .filter(Boolean)
    .filter((word, index) => !(index === 0 && word === "the"))
    .map((word) => (abbreviations ? (ABBREVIATIONS[word] ?? word) : word))
    .join(" ")
    .replace(/(?<=\p{Script=Han}) (?=\p{Script=Han})/gu, "");
}
/** The folded name without punctuation, each abbreviation written out. */
const expanded = (folded: string) => loose(folded, true);

// Words that join a name's parts and move when it is reworded ("People's Government of Liuzhou",
// "Liuzhou People's Government"): left out when comparing the words a name is made of.
const JOINING_WORDS = new Set(["of", "the", "and", "for", "at", "in", "de", "du", "des", "la", "le", "di", "del", "der", "die", "das", "und", "für", "s"]);
/** The name's words as a set, in one order: the same for a reworded name. Empty for a name of fewer than two words. */
function wordSet(expandedName: string): string {
  const words = expandedName.split(" ").filter((w) => !JOINING_WORDS.has(w));
  return words.length < 2 ? "" : [...new Set(words)].sort().join(" ");
}

// Legal forms that Chinese companies' names carry or drop (广西汽车集团 for 广西汽车集团有限公司),
// longest first, and their English counterparts.
const CHINESE_LEGAL_FORMS = /(股份有限公司|有限责任公司|有限公司|集团公司|总公司|集团|公司)+$/u;
const LATIN_LEGAL_FORMS = /( (co|company|corporation|ltd|limited|llc|inc|plc|gmbh|ag|sa|group))+$/u;
/** The name without its legal form, or "" when under two characters would be left. */
function withoutLegalForm(expandedName: string): string {
  const core = expandedName.replace(HAN.test(expandedName) ? CHINESE_LEGAL_FORMS : LATIN_LEGAL_FORMS, "");
  return core.length >= 2 ? core : "";
}

const toSimplified = OpenCC.Converter({ from: "t", to: "cn" });
const HAN = /\p{Script=Han}/u;

/** The largest number of letters a spelling may differ by and still be offered: none under 8 letters, then one per 12. */
const allowedEdits = (length: number) => (length < 8 ? 0 : Math.min(3, Math.ceil((length - 7) / 12)));

// Numbers and single letters tell institutions apart ("Université Paris 1" and "Paris 7",
// "Example University A" and "B"): names that differ in them are not one spelling of another.
const marks = (expandedName: string) => expandedName.split(" ").filter((w) => /^(\p{N}+|\p{L})$/u.test(w)).join(" ");
const sameMarks = (a: string, b: string) => marks(a) === marks(b);
// A slip of a letter or two leaves the words and their first letters in place: only names with
// the same initials are compared letter by letter (which keeps an import of thousands of new
// names against thousands of organisations to milliseconds).
const signature = (expandedName: string) => expandedName.split(" ").map((w) => w[0]).join("");

/**
 * Finds organisations by a name as typed.
 *
 * `exact(name)`: the organisation one of whose names (name, local name, acronym, other names)
 * folds (lib/text/fold.ts) to the same text, or null. Where two organisations share a folded
 * name, the first given wins (callers list organisations by name).
 *
 * `candidates(name)`: organisations the name probably means, for a person to confirm, at most
 * `limit`, each with its reason: the same words once punctuation, hyphens, "&", a leading
 * "The" and spaces between Chinese characters are set aside (see `loose`), the same name once
 * abbreviations are written out ("Univ." →
 * "University", ISO 4), the name without an acronym in brackets ("Wuhan University of Technology
 * (WUT)") or the acronym itself, the same Chinese name in the other script (traditional ↔
 * simplified, OpenCC), an acronym in brackets anywhere or after a dash, the name before a comma (a city or country after it),
 * the same words in another order ("Liuzhou People's Government" for "People's Government of Liuzhou"), the same name
 * with or without a company's legal form ("广西汽车集团" for "广西汽车集团有限公司"), or a spelling within a small edit distance (Levenshtein; none under 8
 * letters, then one letter per 12) with the same words' initials, numbers and single letters.
 */
export class OrganizationMatcher {
  private readonly byFolded = new Map<string, MatchableOrganization>();
  private readonly byLoose = new Map<string, MatchableOrganization>();
  private readonly byExpanded = new Map<string, MatchableOrganization>();
  private readonly bySimplified = new Map<string, MatchableOrganization>();
  private readonly byAcronym = new Map<string, MatchableOrganization>();
  private readonly byWordSet = new Map<string, MatchableOrganization>();
  private readonly byCore = new Map<string, MatchableOrganization>();
  /** Names for the spelling comparison, by their words' initials (see `signature`). */
  private readonly spellings = new Map<string, { expanded: string; organization: MatchableOrganization }[]>();

  constructor(organizations: MatchableOrganization[]) {
    for (const o of organizations) {
      const names = [o.name, o.localName, o.acronym, ...o.otherNames].filter((n): n is string => Boolean(n && n.trim()));
      for (const name of names) {
        const folded = foldText(name);
        if (!this.byFolded.has(folded)) this.byFolded.set(folded, o);
        const words = loose(folded);
        if (!this.byLoose.has(words)) this.byLoose.set(words, o);
        const long = expanded(folded);
        if (!this.byExpanded.has(long)) this.byExpanded.set(long, o);
        const set = wordSet(long);
        if (set && !this.byWordSet.has(set)) this.byWordSet.set(set, o);
        const core = withoutLegalForm(long);
        if (core && !this.byCore.has(core)) this.byCore.set(core, o);
        if (HAN.test(name)) {
          const simplified = foldText(toSimplified(name));
          if (!this.bySimplified.has(simplified)) this.bySimplified.set(simplified, o);
        }
        const bucket = this.spellings.get(signature(long));
        if (bucket) bucket.push({ expanded: long, organization: o });
        else this.spellings.set(signature(long), [{ expanded: long, organization: o }]);
      }
      if (o.acronym) this.byAcronym.set(foldText(o.acronym), o);
    }
  }

  /** The organisation with this name by the one text rule, or null. */
  exact(name: string): MatchableOrganization | null {
    return this.byFolded.get(foldText(name)) ?? null;
  }

  /** Possible matches for a name that has no exact one, best first. */
  candidates(name: string, limit = 5): MatchCandidate[] {
    const found = new Map<string, MatchCandidate>();
    const offer = (o: MatchableOrganization | undefined, reason: MatchReason) => {
      if (o && !found.has(o.id) && found.size < limit) found.set(o.id, { id: o.id, name: o.name, localName: o.localName, reason });
    };
    const folded = foldText(name);
    if (!folded) return [];
    const long = expanded(folded);
    offer(this.byLoose.get(loose(folded)), "spelling");
    offer(this.byExpanded.get(long), "abbreviation");
    // "Name (ACRONYM)", "(ACRONYM) Name", "Name [ACRONYM]", "Name – ACRONYM": the name without the
    // acronym, and the acronym alone (after a dash only when it is an organisation's acronym).
    const bracket = /^(.*?)\s*[([【]([^()[\]【】]+)[)\]】]\s*(.*?)$/.exec(folded);
    const dashed = /^(.+?) - (\S+)$/.exec(folded);
    const parts = bracket
      ? { rest: `${bracket[1]} ${bracket[3]}`.trim(), acronym: bracket[2].trim() }
      : dashed && this.byAcronym.has(dashed[2])
        ? { rest: dashed[1], acronym: dashed[2] }
        : null;
    if (parts) {
      offer(this.byFolded.get(parts.rest) ?? this.byExpanded.get(expanded(parts.rest)), "acronym");
      offer(this.byAcronym.get(parts.acronym), "acronym");
    }
    // "Name, City, Country": the name before the first comma.
    const comma = folded.indexOf(",");
    if (comma > 0) {
      const head = folded.slice(0, comma).trim();
      offer(this.byFolded.get(head) ?? this.byLoose.get(loose(head)) ?? this.byExpanded.get(expanded(head)), "spelling");
    }
    if (HAN.test(name)) offer(this.bySimplified.get(foldText(toSimplified(name))), "script");
    const set = wordSet(long);
    if (set) offer(this.byWordSet.get(set), "wordOrder");
    const core = withoutLegalForm(long);
    if (core) offer(this.byCore.get(core), "legalForm");
    const edits = allowedEdits(long.length);
    if (edits > 0) {
      const near = (this.spellings.get(signature(long)) ?? [])
        .filter((s) => Math.abs(s.expanded.length - long.length) <= edits)
        .map((s) => ({ ...s, distance: distance(s.expanded, long) }))
        .filter((s) => s.distance <= edits && sameMarks(s.expanded, long))
        .sort((a, b) => a.distance - b.distance);
      for (const s of near) offer(s.organization, "spelling");
    }
    return [...found.values()];
  }
}
