// Reads for the people directory.
import "server-only";
import { db } from "../db";
import { dialectOf, type Database } from "../prisma-client";
import { Prisma } from "../../generated/prisma/client.ts";
import { containsTextSql } from "../text-search";
import { shownStatus } from "../agreements/status";
import { RENEWAL_COLUMNS } from "../agreements/running-period";
import { DIRECTORY_PAGE_SIZE } from "../organizations/queries";
import { DEFAULT_LOCALE, type Locale } from "../i18n/locales";
import { namesInOrder } from "../i18n/names";
import { sortKeyColumn } from "../i18n/sort-key";
import { keepSortKeysCurrent } from "../organizations/sort-keys";
import { agreementNameSelect, namingOf } from "../agreements/label";

type Count = number | bigint;

/** What the people directory shows of a person: names, position, organisation, and in how many agreements they take part. */
export interface DirectoryPerson {
  id: string;
  name: string | null;
  localName: string | null;
  position: string | null;
  organization: { id: string; name: string } | null;
  _count: { participations: number };
}

/**
 * A page of the people directory in the reader's order (see listOrganizations); one known only by
 * position sorts by it. One statement: the page, each row's count of participations (down its
 * index, for the page's rows only) and the total (decision 027). A search finds a name, local name,
 * position or organisation's name holding the words as typed (containsText).
 */
export async function listPeople({
  q,
  page = 1,
  locale = DEFAULT_LOCALE,
  database = db,
}: {
  q?: string;
  page?: number;
  locale?: Locale;
  database?: Database;
}): Promise<{ rows: DirectoryPerson[]; total: number; page: number; pageCount: number }> {
  await keepSortKeysCurrent(database);
  const dialect = dialectOf(database);
  const has = (column: string) => containsTextSql(Prisma.raw(column), q ?? "", dialect);
  const where = q
    ? Prisma.sql`WHERE (${has(`o."name"`)} OR ${has(`o."localName"`)} OR ${has(`o."position"`)}
        OR EXISTS (SELECT 1 FROM "Organization" og WHERE og."id" = o."organizationId" AND ${has(`og."name"`)}))`
    : Prisma.empty;
  const key = Prisma.raw(`"${sortKeyColumn(locale)}"`);
  // The total in a one-row table the page joins, so that a page past the last still says it.
  const found = await database.$queryRaw<
    {
      total: Count;
      id: string | null;
      name: string | null;
      localName: string | null;
      position: string | null;
      organizationId: string | null;
      organizationName: string | null;
      participations: Count;
    }[]
  >`SELECT t."total", g."id", g."name", g."localName", g."position", og."id" AS "organizationId", og."name" AS "organizationName",
      (SELECT COUNT(*) FROM "Participant" pa WHERE pa."personId" = g."id") AS "participations"
    FROM (SELECT COUNT(*) AS "total" FROM "Person" o ${where}) t
    LEFT JOIN (
      SELECT o."id", o."name", o."localName", o."position", o."organizationId", o.${key} AS "sortKey"
      FROM "Person" o ${where}
      ORDER BY o.${key}, o."id" LIMIT ${DIRECTORY_PAGE_SIZE} OFFSET ${(page - 1) * DIRECTORY_PAGE_SIZE}
    ) g ON TRUE
    LEFT JOIN "Organization" og ON og."id" = g."organizationId"
    ORDER BY g."sortKey", g."id"`;
  const total = Number(found[0]?.total ?? 0);
  const rows = found.flatMap((r): DirectoryPerson[] =>
    r.id === null
      ? []
      : [
          {
            id: r.id,
            name: r.name,
            localName: r.localName,
            position: r.position,
            organization: r.organizationId === null ? null : { id: r.organizationId, name: r.organizationName! },
            _count: { participations: Number(r.participations) },
          },
        ],
  );
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
