// Reads for the people directory.
import "server-only";
import { db } from "../db";
import { dialectOf, type Database } from "../prisma-client";
import { containsText } from "../text-search";
import { shownStatus } from "../agreements/status";
import { RENEWAL_COLUMNS } from "../agreements/running-period";
import { DIRECTORY_PAGE_SIZE } from "../organizations/queries";
import { DEFAULT_LOCALE, type Locale } from "../i18n/locales";
import { namesInOrder } from "../i18n/names";
import { sortKeyColumn } from "../i18n/sort-key";
import { keepSortKeysCurrent } from "../organizations/sort-keys";
import { agreementNameSelect, namingOf } from "../agreements/label";

const contains = (text: string, database: Database = db) => containsText(text, dialectOf(database));

/** A page of the people directory in the reader's order (see listOrganizations); one known only by position sorts by it. */
export async function listPeople({ q, page = 1, locale = DEFAULT_LOCALE, database = db }: { q?: string; page?: number; locale?: Locale; database?: Database }) {
  await keepSortKeysCurrent(database);
  const where = q
    ? { OR: [{ name: contains(q, database) }, { localName: contains(q, database) }, { position: contains(q, database) }, { organization: { name: contains(q, database) } }] }
    : {};
  const [rows, total] = await Promise.all([
    database.person.findMany({
      where,
      orderBy: [{ [sortKeyColumn(locale)]: "asc" }, { id: "asc" }],
      skip: (page - 1) * DIRECTORY_PAGE_SIZE,
      take: DIRECTORY_PAGE_SIZE,
      select: {
        id: true,
        name: true,
        localName: true,
        position: true,
        organization: { select: { id: true, name: true } },
        _count: { select: { participations: true } },
      },
    }),
    database.person.count({ where }),
  ]);
  return { rows, total, page, pageCount: Math.max(1, Math.ceil(total / DIRECTORY_PAGE_SIZE)) };
}

export async function getPerson(id: string) {
  const p = await db.person.findUnique({
    where: { id },
    select: {
      id: true,
      version: true,
      name: true,
      localName: true,
      position: true,
      localPosition: true,
      email: true,
      phone: true,
      notes: true,
      organizationId: true,
      organization: { select: { id: true, name: true } },
      participations: {
        orderBy: { agreement: { signedOn: "desc" } },
        select: {
          role: true,
          onBehalfOf: { select: { name: true, localName: true } },
          agreement: { select: { ...agreementNameSelect, status: true, ...RENEWAL_COLUMNS } },
        },
      },
    },
  });
  if (!p) return null;
  return {
    ...p,
    participations: p.participations.map(({ agreement: a, ...rest }) => ({
      ...rest,
      reference: a.reference,
      title: a.title,
      naming: namingOf(a),
      status: shownStatus(a),
    })),
  };
}

/** Every person as a choice, in the reader's order and script; one known only by position is named by it. */
export async function personOptions(locale: Locale = DEFAULT_LOCALE) {
  await keepSortKeysCurrent(db);
  const rows = await db.person.findMany({
    select: { id: true, name: true, localName: true, position: true, organization: { select: { name: true } } },
    orderBy: [{ [sortKeyColumn(locale)]: "asc" }, { id: "asc" }],
  });
  return rows.map((p) => ({ ...p, name: p.name ?? p.position })).map((p) => ({
    id: p.id,
    label: [...namesInOrder(locale, p), p.position !== p.name ? p.position : null, p.organization?.name].filter(Boolean).join(" · "),
  }));
}
