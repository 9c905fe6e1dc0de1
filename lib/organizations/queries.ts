// Reads for the organisation directory.
import "server-only";
import { db } from "../db";
import { dialectOf } from "../prisma-client";
import { containsText } from "../text-search";
import { toIsoPartial } from "../dates/partial-date";
import { shownStatus } from "../agreements/status";
import { RENEWAL_COLUMNS } from "../agreements/running-period";
import { DEFAULT_LOCALE, type Locale } from "../i18n/locales";
import { namesInOrder, sortByName } from "../i18n/names";

const contains = (text: string) => containsText(text, dialectOf(db));

export const DIRECTORY_PAGE_SIZE = 50;


/**
 * A page of the directory in the reader's order (English A–Z, Chinese by pinyin): names are
 * sorted in the language's collation, which neither database offers for both, then the page's
 * rows are read. A directory holds thousands of organisations, not millions.
 */
export async function listOrganizations({ q, kind, page = 1, locale = DEFAULT_LOCALE }: { q?: string; kind?: string; page?: number; locale?: Locale }) {
  const where = {
    ...(kind ? { kind: kind as never } : {}),
    ...(q
      ? { OR: [{ name: contains(q) }, { localName: contains(q) }, { acronym: contains(q) }, { otherNames: { some: { name: contains(q) } } }] }
      : {}),
  };
  const names = sortByName(locale, await db.organization.findMany({ where, select: { id: true, name: true, localName: true } }));
  const pageIds = names.slice((page - 1) * DIRECTORY_PAGE_SIZE, page * DIRECTORY_PAGE_SIZE).map((o) => o.id);
  const [found] = await Promise.all([
    db.organization.findMany({
      where: { id: { in: pageIds } },
      select: {
        id: true,
        name: true,
        localName: true,
        acronym: true,
        kind: true,
        country: true,
        city: true,
        isOwnInstitution: true,
        parent: { select: { id: true, name: true } },
        _count: { select: { parties: true, units: true, people: true } },
      },
    }),
  ]);
  const byId = new Map(found.map((o) => [o.id, o]));
  const rows = pageIds.flatMap((id) => byId.get(id) ?? []);
  const total = names.length;
  return { rows, total, page, pageCount: Math.max(1, Math.ceil(total / DIRECTORY_PAGE_SIZE)) };
}

export async function getOrganization(id: string) {
  const o = await db.organization.findUnique({
    where: { id },
    select: {
      id: true,
      version: true,
      name: true,
      localName: true,
      acronym: true,
      kind: true,
      country: true,
      countryAsRecorded: true,
      region: true,
      city: true,
      website: true,
      notes: true,
      isOwnInstitution: true,
      parentId: true,
      parent: { select: { id: true, name: true } },
      otherNames: { select: { name: true }, orderBy: { name: "asc" } },
      units: { select: { id: true, name: true, localName: true }, orderBy: { name: "asc" } },
      people: { select: { id: true, name: true, localName: true, position: true }, orderBy: { name: "asc" } },
      cooperationFields: { select: { focusArea: { select: { name: true, localName: true } } } },
      parties: {
        take: 200,
        orderBy: { agreement: { signedOn: "desc" } },
        select: {
          role: true,
          agreement: {
            select: { reference: true, title: true, status: true, ...RENEWAL_COLUMNS },
          },
        },
      },
      _count: { select: { parties: true } },
    },
  });
  if (!o) return null;
  return {
    ...o,
    otherNames: o.otherNames.map((n) => n.name),
    // Both names: the page shows the reader's (referenceName).
    cooperationFields: o.cooperationFields.map((f) => f.focusArea),
    agreements: o.parties.map(({ role, agreement: a }) => ({
      role,
      reference: a.reference,
      title: a.title,
      status: shownStatus(a),
      signed: a.signedOn ? toIsoPartial(a.signedOn, a.signedOnPrecision ?? "DAY") : null,
    })),
  };
}
export type OrganizationDetail = NonNullable<Awaited<ReturnType<typeof getOrganization>>>;

/** Organisations to choose from (as a parent, or to merge into). */
/** Every organisation as a choice, in the reader's order and script. */
export async function organizationOptions(locale: Locale = DEFAULT_LOCALE) {
  const rows = await db.organization.findMany({ select: { id: true, name: true, localName: true } });
  return sortByName(locale, rows).map((o) => ({ id: o.id, label: namesInOrder(locale, o).filter(Boolean).join(" · ") }));
}
