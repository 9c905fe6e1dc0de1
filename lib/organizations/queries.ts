// Reads for the organisation directory.
import "server-only";
import { db } from "../db";
import { dialectOf, type Database } from "../prisma-client";
import { containsText } from "../text-search";
import { toIsoPartial } from "../dates/partial-date";
import { shownStatus } from "../agreements/status";
import { RENEWAL_COLUMNS } from "../agreements/running-period";
import { DEFAULT_LOCALE, type Locale } from "../i18n/locales";
import { namesInOrder } from "../i18n/names";
import { sortKeyColumn } from "../i18n/sort-key";
import { keepSortKeysCurrent } from "./sort-keys";

const contains = (text: string, database: Database = db) => containsText(text, dialectOf(database));

export const DIRECTORY_PAGE_SIZE = 50;

/**
 * A page of the directory in the reader's order (English A–Z, Chinese by pinyin), read in that
 * order from the stored sort keys (lib/i18n/sort-key.ts; rows not yet keyed are keyed first):
 * the page's rows and the total, two statements whatever the directory's size.
 */
export async function listOrganizations({ q, kind, page = 1, locale = DEFAULT_LOCALE, database = db }: { q?: string; kind?: string; page?: number; locale?: Locale; database?: Database }) {
  await keepSortKeysCurrent(database);
  const where = {
    ...(kind ? { kind: kind as never } : {}),
    ...(q
      ? { OR: [{ name: contains(q, database) }, { localName: contains(q, database) }, { acronym: contains(q, database) }, { otherNames: { some: { name: contains(q, database) } } }] }
      : {}),
  };
  const [rows, total] = await Promise.all([
    database.organization.findMany({
      where,
      orderBy: [{ [sortKeyColumn(locale)]: "asc" }, { id: "asc" }],
      skip: (page - 1) * DIRECTORY_PAGE_SIZE,
      take: DIRECTORY_PAGE_SIZE,
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
    database.organization.count({ where }),
  ]);
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
  await keepSortKeysCurrent(db);
  const rows = await db.organization.findMany({ select: { id: true, name: true, localName: true }, orderBy: [{ [sortKeyColumn(locale)]: "asc" }, { id: "asc" }] });
  return rows.map((o) => ({ id: o.id, label: namesInOrder(locale, o).filter(Boolean).join(" · ") }));
}
