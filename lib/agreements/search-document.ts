// Each agreement carries what the list searches and filters on by partner, so that a
// search is one pass over the agreements instead of a lookup through parties,
// organisations, other names and people for every row (at 50,000 agreements that
// lookup was most of a second per page). The columns are derived, never edited: every
// service that changes what they are made of calls `refreshSearchDocuments` in the
// same transaction, and `npm start` fills any that an upgrade left empty.
import type { DatabaseTransaction } from "../prisma-client";
import type { Prisma } from "../../generated/prisma/client.ts";

/**
 * The form in which both the document and a search are compared: compatibility forms
 * folded (full-width letters), accents dropped, lower case. "Ecole" finds "École".
 */
export function searchKey(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

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
  partnerKinds: string;
  partnerCountries: string;
  partnerRegions: string;
}

/** The one rule for what an agreement is found by: its title, reference, every party's names and every person's. */
export function searchDocument(agreement: SearchSource): SearchDocument {
  const names = [
    agreement.title,
    agreement.reference,
    ...agreement.parties.flatMap(({ organization: o }) => [o.name, o.localName, o.acronym, ...o.otherNames.map((n) => n.name)]),
    ...agreement.participants.flatMap(({ person }) => [person?.name, person?.localName]),
  ];
  const partners = agreement.parties.filter((p) => p.role !== "OUR_INSTITUTION").map((p) => p.organization);
  return {
    searchText: searchKey(names.filter(Boolean).join("\n")),
    partnerKinds: facet(partners.map((p) => p.kind)),
    partnerCountries: facet(partners.map((p) => p.country)),
    partnerRegions: facet(partners.map((p) => p.region)),
  };
}

/** Which agreements to refresh: by id, or every agreement an organisation or a person takes part in. */
export type SearchScope = { agreementIds: string[] } | { organizationId: string } | { personId: string } | { missing: true };

function scopeWhere(scope: Exclude<SearchScope, { agreementIds: string[] }>): Prisma.AgreementWhereInput {
  if ("organizationId" in scope) return { parties: { some: { organizationId: scope.organizationId } } };
  if ("personId" in scope) return { participants: { some: { personId: scope.personId } } };
  return { searchText: null };
}

const BATCH = 500;

/** Rewrites the search columns of the agreements in scope from their current parties and people. Returns how many. */
export async function refreshSearchDocuments(tx: DatabaseTransaction, scope: SearchScope): Promise<number> {
  const ids =
    "agreementIds" in scope ? scope.agreementIds : (await tx.agreement.findMany({ where: scopeWhere(scope), select: { id: true } })).map((a) => a.id);
  for (let start = 0; start < ids.length; start += BATCH) {
    const batch = await tx.agreement.findMany({ where: { id: { in: ids.slice(start, start + BATCH) } }, select: searchSourceSelect });
    for (const agreement of batch) {
      const d = searchDocument(agreement);
      // Plain SQL: a partner's new name is not a change to the agreement, so neither its
      // version nor its updatedAt (which Prisma's update would set) may move.
      await tx.$executeRaw`UPDATE "Agreement" SET "searchText" = ${d.searchText}, "partnerKinds" = ${d.partnerKinds},
        "partnerCountries" = ${d.partnerCountries}, "partnerRegions" = ${d.partnerRegions} WHERE "id" = ${agreement.id}`;
    }
  }
  return ids.length;
}
