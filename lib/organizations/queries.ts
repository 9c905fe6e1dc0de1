// Reads for the organisation directory.
import "server-only";
import { db } from "../db";
import { dialectOf, type Database, type Dialect } from "../prisma-client";
import { Prisma } from "../../generated/prisma/client.ts";
import type { OrganizationKind } from "../enumerations";
import { containsTextSql } from "../text-search";
import { toIsoPartial } from "../dates/partial-date";
import { shownStatus } from "../agreements/status";
import { RENEWAL_COLUMNS } from "../agreements/running-period";
import { DEFAULT_LOCALE, type Locale } from "../i18n/locales";
import { namesInOrder } from "../i18n/names";
import { sortKeyColumn } from "../i18n/sort-key";
import { keepSortKeysCurrent } from "./sort-keys";

export const DIRECTORY_PAGE_SIZE = 50;

/** A directory row's counts as the databases return them (SQLite: integers or bigints; PostgreSQL: bigints). */
type Count = number | bigint;

/** What the directory shows of an organisation: its names, kind and place, its parent, and what uses it. */
export interface DirectoryOrganization {
  id: string;
  name: string;
  localName: string | null;
  acronym: string | null;
  kind: OrganizationKind;
  country: string | null;
  city: string | null;
  isOwnInstitution: boolean;
  parent: { id: string; name: string } | null;
  _count: { parties: number; units: number; people: number };
}

/**
 * Which organisations the directory's filters keep, as SQL on `o`: a kind, and a search that
 * finds a name, local name, acronym or other name holding the words as typed (containsText).
 */
function directoryCondition(dialect: Dialect, q?: string, kind?: string): Prisma.Sql {
  const conditions: Prisma.Sql[] = [];
  if (kind) conditions.push(Prisma.sql`o."kind" = ${kind}${dialect === "postgresql" ? Prisma.sql`::"OrganizationKind"` : Prisma.empty}`);
  if (q) {
    const has = (column: string) => containsTextSql(Prisma.raw(column), q, dialect);
    conditions.push(Prisma.sql`(${has(`o."name"`)} OR ${has(`o."localName"`)} OR ${has(`o."acronym"`)}
      OR EXISTS (SELECT 1 FROM "OrganizationName" n WHERE n."organizationId" = o."id" AND ${has(`n."name"`)}))`);
  }
  return conditions.length > 0 ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
}

/**
 * A page of the directory in the reader's order (English A–Z, Chinese by pinyin), read in that
 * order from the stored sort keys (lib/i18n/sort-key.ts; rows not yet keyed are keyed first).
 * One statement gives the page, each row's counts (of the page's rows only, by their indexes)
 * and the total: Prisma's `_count` grouped every party, unit and person of the register for a
 * page of fifty (decision 027). Shape: `{ rows, total, page, pageCount }`; a page past the last
 * has no rows and the true total.
 */
export async function listOrganizations({
  q,
  kind,
  page = 1,
  locale = DEFAULT_LOCALE,
  database = db,
}: {
  q?: string;
  kind?: string;
  page?: number;
  locale?: Locale;
  database?: Database;
}): Promise<{ rows: DirectoryOrganization[]; total: number; page: number; pageCount: number }> {
  await keepSortKeysCurrent(database);
  const dialect = dialectOf(database);
  const where = directoryCondition(dialect, q, kind);
  const key = Prisma.raw(`"${sortKeyColumn(locale)}"`);
  // The total in a one-row table the page joins, so that a page past the last still says it.
  const found = await database.$queryRaw<
    {
      total: Count;
      id: string | null;
      name: string;
      localName: string | null;
      acronym: string | null;
      kind: OrganizationKind;
      country: string | null;
      city: string | null;
      isOwnInstitution: boolean | Count;
      parentId: string | null;
      parentName: string | null;
      parties: Count;
      units: Count;
      people: Count;
    }[]
  >`SELECT t."total", g."id", g."name", g."localName", g."acronym", g."kind", g."country", g."city", g."isOwnInstitution",
      parent."id" AS "parentId", parent."name" AS "parentName",
      (SELECT COUNT(*) FROM "AgreementParty" p WHERE p."organizationId" = g."id") AS "parties",
      (SELECT COUNT(*) FROM "Organization" u WHERE u."parentId" = g."id") AS "units",
      (SELECT COUNT(*) FROM "Person" pe WHERE pe."organizationId" = g."id") AS "people"
    FROM (SELECT COUNT(*) AS "total" FROM "Organization" o ${where}) t
    LEFT JOIN (
      SELECT o."id", o."name", o."localName", o."acronym", o."kind", o."country", o."city", o."isOwnInstitution", o."parentId", o.${key} AS "sortKey"
      FROM "Organization" o ${where}
      ORDER BY o.${key}, o."id" LIMIT ${DIRECTORY_PAGE_SIZE} OFFSET ${(page - 1) * DIRECTORY_PAGE_SIZE}
    ) g ON TRUE
    LEFT JOIN "Organization" parent ON parent."id" = g."parentId"
    ORDER BY g."sortKey", g."id"`;
  const total = Number(found[0]?.total ?? 0);
  const rows = found.flatMap((r): DirectoryOrganization[] =>
    r.id === null
      ? []
      : [
          {
            id: r.id,
            name: r.name,
            localName: r.localName,
            acronym: r.acronym,
            kind: r.kind,
            country: r.country,
            city: r.city,
            isOwnInstitution: Boolean(Number(r.isOwnInstitution)),
            parent: r.parentId === null ? null : { id: r.parentId, name: r.parentName! },
            _count: { parties: Number(r.parties), units: Number(r.units), people: Number(r.people) },
          },
        ],
  );
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
