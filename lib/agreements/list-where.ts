// Turns the list's filters into a Prisma query. Kept apart from the page's query so
// that tests can run it on both databases.
import type { Prisma } from "../../generated/prisma/client.ts";
import { lastDayOf, parsePartialDate } from "../dates/partial-date";
import type { AgreementListFilters, SortColumn } from "./list-params";
import { startOfDay, windowOfDays } from "./term";
import { containsText, type Provider } from "../text-search";


export function agreementListWhere(filters: AgreementListFilters, provider: Provider, now: Date = new Date()): Prisma.AgreementWhereInput {
  const today = startOfDay(now);
  const and: Prisma.AgreementWhereInput[] = [];

  if (filters.archived === "only") and.push({ archived: true });
  else if (filters.archived !== "include") and.push({ archived: false });

  if (filters.q) {
    const text = containsText(filters.q, provider);
    and.push({
      OR: [
        { title: text },
        { reference: text },
        {
          parties: {
            some: {
              organization: {
                OR: [{ name: text }, { localName: text }, { acronym: text }, { otherNames: { some: { name: text } } }],
              },
            },
          },
        },
        { participants: { some: { person: { OR: [{ name: text }, { localName: text }] } } } },
      ],
    });
  }

  // An ACTIVE agreement whose last day has passed is expired, whatever is stored.
  if (filters.status === "EXPIRED") and.push({ OR: [{ status: "EXPIRED" }, { status: "ACTIVE", endsOn: { lt: today } }] });
  else if (filters.status === "ACTIVE") and.push({ status: "ACTIVE", OR: [{ endsOn: null }, { endsOn: { gte: today } }] });
  else if (filters.status) and.push({ status: filters.status });

  if (filters.type) and.push({ typeId: filters.type });
  if (filters.owner) and.push({ ownerId: filters.owner });
  if (filters.leadUnit) and.push({ leadUnitId: filters.leadUnit });
  if (filters.focus) and.push({ focusAreas: { some: { focusAreaId: filters.focus } } });

  const partner: Prisma.OrganizationWhereInput = {};
  if (filters.partner) partner.id = filters.partner;
  if (filters.partnerKind) partner.kind = filters.partnerKind;
  if (filters.country) partner.country = filters.country;
  if (filters.region) partner.region = filters.region;
  if (Object.keys(partner).length > 0) and.push({ parties: { some: { role: { not: "OUR_INSTITUTION" }, organization: partner } } });

  const signedFrom = filters.signedFrom ? parsePartialDate(filters.signedFrom) : null;
  const signedTo = filters.signedTo ? parsePartialDate(filters.signedTo) : null;
  if (signedFrom) and.push({ signedOn: { gte: signedFrom.date } });
  if (signedTo) and.push({ signedOn: { lte: lastDayOf(signedTo.date, signedTo.precision) } });

  // Windows count only agreements still running: their end or deadline is ahead.
  if (filters.expiringWithin) {
    const { from, to } = windowOfDays(filters.expiringWithin, now);
    and.push({ status: "ACTIVE", endsOn: { gte: from, lte: to } });
  }
  if (filters.noticeWithin) {
    const { from, to } = windowOfDays(filters.noticeWithin, now);
    and.push({ status: "ACTIVE", noticeDeadline: { gte: from, lte: to } });
  }
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
  const direction = dir ?? (sort === undefined || sort === "signed" || sort === "expires" ? "desc" : "asc");
  const nullsLast = provider === "sqlite" && direction === "desc" ? direction : { sort: direction, nulls: "last" as const };
  switch (sort ?? "signed") {
    case "reference":
      return [{ reference: direction }];
    case "title":
      return [{ title: direction }, { reference: "asc" }];
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
