// Turns the list's filters into a Prisma query. Kept apart from the page's query so
// that tests can run it on both databases.
import type { Prisma } from "../../generated/prisma/client.ts";
import { lastDayOf, parsePartialDate } from "../dates/partial-date";
import { listDirection, type AgreementListFilters, type SortColumn } from "./list-params";
import { windowOfDays } from "./term";
import { institutionToday, now as currentInstant } from "../dates/institution-time";
import type { Provider } from "../text-search";
import { facetValue, searchWords } from "./search-document";
import { provinceByCode, provinceNames } from "../reports/china-provinces";


export function agreementListWhere(filters: AgreementListFilters, now: Date = currentInstant()): Prisma.AgreementWhereInput {
  const today = institutionToday(now);
  const and: Prisma.AgreementWhereInput[] = [];

  if (filters.archived === "only") and.push({ archived: true });
  else if (filters.archived !== "include") and.push({ archived: false });

  // An ACTIVE agreement whose last day has passed is expired, whatever is stored; one that
  // renews automatically and rolls over runs on even before the refresh moves its stored end.
  if (filters.status === "EXPIRED") and.push({ OR: [{ status: "EXPIRED" }, { status: "ACTIVE", rollsOver: false, endsOn: { lt: today } }] });
  else if (filters.status === "ACTIVE") and.push({ status: "ACTIVE", OR: [{ endsOn: null }, { endsOn: { gte: today } }, { rollsOver: true }] });
  else if (filters.status) and.push({ status: filters.status });

  if (filters.type) and.push({ typeId: filters.type });
  if (filters.owner) and.push({ ownerId: filters.owner });
  if (filters.leadUnit) and.push({ leadUnitId: filters.leadUnit });
  if (filters.focus) and.push({ focusAreas: { some: { focusAreaId: filters.focus } } });
  // "Under framework X": the agreements that implement it (lib/agreements/relations.ts).
  if (filters.event) and.push({ signingEventId: filters.event });
  if (filters.framework) and.push({ relationsFrom: { some: { kind: "IMPLEMENTS", to: { reference: filters.framework } } } });

  if (filters.partner) and.push({ parties: { some: { role: { not: "OUR_INSTITUTION" }, organizationId: filters.partner } } });
  if (filters.partnerKind) and.push({ partnerKinds: { contains: facetValue(filters.partnerKind) } });
  if (filters.country) and.push({ partnerCountries: { contains: facetValue(filters.country) } });
  if (filters.region) and.push({ partnerRegions: { contains: facetValue(filters.region) } });
  const province = filters.province ? provinceByCode(filters.province) : undefined;
  if (province) and.push({ OR: provinceNames(province).map((name) => ({ partnerRegions: { contains: facetValue(name) } })) });

  const signedFrom = filters.signedFrom ? parsePartialDate(filters.signedFrom) : null;
  const signedTo = filters.signedTo ? parsePartialDate(filters.signedTo) : null;
  if (signedFrom) and.push({ signedOn: { gte: signedFrom.date } });
  if (signedTo) and.push({ signedOn: { lte: lastDayOf(signedTo.date, signedTo.precision) } });

  const expiresFrom = filters.expiresFrom ? parsePartialDate(filters.expiresFrom) : null;
  const expiresTo = filters.expiresTo ? parsePartialDate(filters.expiresTo) : null;
  if (expiresFrom) and.push({ endsOn: { gte: expiresFrom.date } });
  if (expiresTo) and.push({ endsOn: { lte: lastDayOf(expiresTo.date, expiresTo.precision) } });
  const noticeFrom = filters.noticeFrom ? parsePartialDate(filters.noticeFrom) : null;
  const noticeTo = filters.noticeTo ? parsePartialDate(filters.noticeTo) : null;
  if (noticeFrom) and.push({ noticeDeadline: { gte: noticeFrom.date } });
  if (noticeTo) and.push({ noticeDeadline: { lte: lastDayOf(noticeTo.date, noticeTo.precision) } });

  // Windows count only agreements still running: their end or deadline is ahead. For one that
  // renews automatically these are its running period's, stored and kept current by
  // refreshRunningPeriods (running-period-refresh.ts), so the windows stay indexed ranges.
  if (filters.expiringWithin) {
    const { from, to } = windowOfDays(filters.expiringWithin, now);
    and.push({ status: "ACTIVE", endsOn: { gte: from, lte: to } });
  }
  if (filters.noticeWithin) {
    const { from, to } = windowOfDays(filters.noticeWithin, now);
    and.push({ status: "ACTIVE", noticeDeadline: { gte: from, lte: to } });
  }
  // Every word of the search, in any order, anywhere in the agreement's search document (see
  // search-document.ts and decision 011): one `contains` per word, both sides folded by the one
  // text rule, so a plain LIKE is exact on both databases, for words of any length and script.
  // Last: SQLite tests the conditions in this order, and reading a search document costs more
  // than any other test (the worst-case count: 4.8 -> 2.8 ms with a partner kind before it).
  if (filters.q) for (const word of searchWords(filters.q)) and.push({ searchText: { contains: word } });
  return and.length === 1 ? and[0] : { AND: and };
}

/**
 * The list's order. Agreements without the date sorted on come last either way. SQLite
 * already sorts NULL below every date, so newest-first needs no NULLS LAST there, and
 * without it SQLite walks the (archived, signedOn, reference) index instead of sorting.
 */
export function agreementListOrder(
  sort: SortColumn | undefined,
  dir: "asc" | "desc" | undefined,
  provider: Provider,
): Prisma.AgreementOrderByWithRelationInput[] {
  const direction = listDirection(sort, dir);
  const nullsLast = provider === "sqlite" && direction === "desc" ? direction : { sort: direction, nulls: "last" as const };
  switch (sort ?? "signed") {
    case "reference":
      return [{ reference: direction }];
    case "title":
      // Untitled agreements (decision 022) come last either way, by reference: their labels are not titles.
      return [{ title: nullsLast }, { reference: "asc" }];
    case "type":
      return [{ type: { name: direction } }, { reference: "asc" }];
    case "status":
      return [{ status: direction }, { reference: "asc" }];
    case "expires":
      return [{ endsOn: nullsLast }, { reference: "asc" }];
    default:
      return [{ signedOn: nullsLast }, { reference: "asc" }];
  }
}
