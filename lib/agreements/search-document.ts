// Each agreement carries what the list searches and filters on by partner, so that a
// search is one pass over the agreements instead of a lookup through parties,
// organisations, other names and people for every row (at 50,000 agreements that
// lookup was most of a second per page). The columns are derived, never edited: every
// service that changes what they are made of calls `refreshSearchDocuments` in the
// same transaction, and `npm start` rebuilds any that an upgrade left empty or that an
// older version of the rule built (SEARCH_RULE_VERSION).
import type { DatabaseTransaction } from "../prisma-client";
import { Prisma } from "../../generated/prisma/client.ts";
import { foldText, foldedWords } from "../text/fold";
import * as OpenCC from "opencc-js/t2cn";

/**
 * The version of what a search document holds and how it is folded. Each agreement stores
 * the version its document was built with (`searchRule`); `npm start` and `npm run db:migrate`
 * rebuild every document of another version, so raising this number when `searchDocument`
 * or the text rule (lib/text/fold.ts) changes rebuilds the stored documents once on upgrade.
 * 1: NFKD without the undecomposed letters; 2: `foldText`; 3: `foldText` with one apostrophe,
 * one middle dot and Greek final sigma as sigma, and traditional Chinese also in simplified
 * characters; 4: the agreement's other names too. 0 is "never built".
 */
export const SEARCH_RULE_VERSION = 4;

/**
 * The words a search must all find, in any order, each anywhere in the document (so
 * "框架" finds 框架协议 and "univ" finds University): the query folded by the one text
 * rule, Chinese in simplified characters (OpenCC: "臺灣" finds 台湾 and 臺灣, see `searchDocument`),
 * split on spaces and between Chinese words, with punctuation that only surrounds a
 * word dropped ("(WUT)", "Guangxi," and "Univ." find what "wut", "guangxi" and "univ" find).
 * Repeated words count once.
 *
 * @param query what the person typed, any length.
 * @returns distinct folded words, longest first (the rarest, so a search tests it first); [] when nothing is left.
 */
export function searchWords(query: string): string[] {
  const words = foldedWords(simplified(query))
    .flatMap(chineseWords)
    .map((word) => withoutLikeWildcards(word.replace(EDGE_PUNCTUATION, "")))
    .filter((word) => word !== "");
  return [...new Set(words)].sort((a, b) => b.length - a.length);
}
const EDGE_PUNCTUATION = /^\p{P}+|\p{P}+$/gu;

const HAN = /\p{Script=Han}/u;
const toSimplified = OpenCC.Converter({ from: "t", to: "cn" });
/** Chinese text in simplified characters (OpenCC's traditional → mainland conversion); other text as it is. */
const simplified = (text: string) => (HAN.test(text) ? toSimplified(text) : text);

const HAN_RUN = /(\p{Script=Han}+)/u;
const chineseSegmenter = new Intl.Segmenter("zh", { granularity: "word" });
/**
 * Chinese is typed without spaces: a run of Chinese characters is split into the words of
 * ICU's dictionary ("广西框架" → 广西, 框架), so it finds what "广西 框架" finds. A run whose
 * split leaves a single character (names: 张清杰 → 张, 清, 杰) stays whole, or one character
 * anywhere would do. Other scripts in the same word stay as typed ("wut大学" → wut, 大学).
 */
function chineseWords(word: string): string[] {
  if (!HAN_RUN.test(word)) return [word];
  return word
    .split(HAN_RUN)
    .filter((part) => part !== "")
    .flatMap((part) => {
      if (!HAN_RUN.test(part)) return [part];
      const segments = [...chineseSegmenter.segment(part)].filter((s) => s.isWordLike).map((s) => s.segment);
      return segments.length > 1 && segments.every((s) => [...s].length >= 2) ? segments : [part];
    });
}

// Prisma's `contains` is a LIKE that escapes nothing, and the two databases disagree on
// escapes (PostgreSQL reads a backslash as one, SQLite has none), so `%`, `_` and `\` would
// be wildcards on one and not the other. Both the document and the words store them as
// private-use characters instead, which LIKE compares as plain letters on both.
const LIKE_SPECIAL: Record<string, string> = { "%": "\uE025", _: "\uE05F", "\\": "\uE05C" };
const withoutLikeWildcards = (folded: string) => folded.replace(/[%_\\]/g, (c) => LIKE_SPECIAL[c]);

/** Facet columns hold each distinct value between bars ("|CN|DE|"), so a filter is one `contains` of `facetValue`. */
const clean = (value: string) => value.replaceAll("|", " ");
export const facetValue = (value: string) => `|${clean(value)}|`;
function facet(values: (string | null)[]): string {
  const distinct = [...new Set(values.filter((v): v is string => Boolean(v)).map(clean))].sort();
  return distinct.length === 0 ? "" : `|${distinct.join("|")}|`;
}

export const searchSourceSelect = {
  id: true,
  title: true,
  reference: true,
  otherNames: { select: { name: true }, orderBy: { order: "asc" } },
  parties: {
    select: {
      role: true,
      organization: {
        select: { name: true, localName: true, acronym: true, kind: true, country: true, region: true, otherNames: { select: { name: true } } },
      },
    },
  },
  participants: { select: { person: { select: { name: true, localName: true } } } },
} satisfies Prisma.AgreementSelect;
type SearchSource = Omit<Prisma.AgreementGetPayload<{ select: typeof searchSourceSelect }>, "id">;
export type SearchSourceOrganization = SearchSource["parties"][number]["organization"];

export interface SearchDocument {
  searchText: string;
  /** SEARCH_RULE_VERSION: stored with the columns, so a document built by another rule is known. */
  searchRule: number;
  partnerKinds: string;
  partnerCountries: string;
  partnerRegions: string;
}

/**
 * The one rule for what an agreement is found by: its title, reference, other names, every party's names and
 * every person's, folded; text in traditional Chinese also in simplified characters (the words
 * of a search are simplified), so either script finds either.
 */
export function searchDocument(agreement: SearchSource): SearchDocument {
  const names = [
    agreement.title,
    agreement.reference,
    ...agreement.otherNames.map((n) => n.name),
    ...agreement.parties.flatMap(({ organization: o }) => [o.name, o.localName, o.acronym, ...o.otherNames.map((n) => n.name)]),
    ...agreement.participants.flatMap(({ person }) => [person?.name, person?.localName]),
  ];
  const partners = agreement.parties.filter((p) => p.role !== "OUR_INSTITUTION").map((p) => p.organization);
  const text = names.filter(Boolean).join("\n");
  // Traditional Chinese is found by simplified words too: the document holds both forms.
  const both = simplified(text) === text ? text : `${text}\n${simplified(text)}`;
  return {
    searchText: withoutLikeWildcards(foldText(both)),
    searchRule: SEARCH_RULE_VERSION,
    partnerKinds: facet(partners.map((p) => p.kind)),
    partnerCountries: facet(partners.map((p) => p.country)),
    partnerRegions: facet(partners.map((p) => p.region)),
  };
}

/**
 * Which agreements to refresh: by id, every agreement an organisation or a person takes part in,
 * or every one whose document is missing or was built by another version of the rule.
 */
export type SearchScope = { agreementIds: string[] } | { organizationId: string } | { personId: string } | { outdated: true };

function scopeWhere(scope: Exclude<SearchScope, { agreementIds: string[] }>): Prisma.AgreementWhereInput {
  if ("organizationId" in scope) return { parties: { some: { organizationId: scope.organizationId } } };
  if ("personId" in scope) return { participants: { some: { personId: scope.personId } } };
  return { OR: [{ searchText: null }, { searchRule: { not: SEARCH_RULE_VERSION } }] };
}

const BATCH = 500;

/** Rewrites the search columns of the agreements in scope from their current parties and people. Returns how many. */
export async function refreshSearchDocuments(tx: DatabaseTransaction, scope: SearchScope): Promise<number> {
  const ids =
    "agreementIds" in scope ? scope.agreementIds : (await tx.agreement.findMany({ where: scopeWhere(scope), select: { id: true } })).map((a) => a.id);
  for (let start = 0; start < ids.length; start += BATCH) {
    const batch = await tx.agreement.findMany({ where: { id: { in: ids.slice(start, start + BATCH) } }, select: searchSourceSelect });
    if (batch.length === 0) continue;
    // One statement a batch (100 round trips instead of 50,000 when an upgrade
    // rebuilds every document). Plain SQL: a partner's new name is not a change to the
    // agreement, so neither its version nor its updatedAt (which Prisma's update would set) may move.
    // VALUES names its columns column1… on both databases.
    const rows = batch.map((agreement) => {
      const d = searchDocument(agreement);
      return Prisma.sql`(${agreement.id}, ${d.searchText}, ${d.partnerKinds}, ${d.partnerCountries}, ${d.partnerRegions})`;
    });
    await tx.$executeRaw`UPDATE "Agreement" SET "searchText" = v.column2, "partnerKinds" = v.column3, "partnerCountries" = v.column4,
      "partnerRegions" = v.column5, "searchRule" = ${SEARCH_RULE_VERSION} FROM (VALUES ${Prisma.join(rows)}) AS v WHERE "Agreement"."id" = v.column1`;
  }
  return ids.length;
}
