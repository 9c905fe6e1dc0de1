// Reads of the relations between agreements (rules and writes: lib/agreements/relations.ts).
import "server-only";
import { db } from "../db";
import { AGREEMENT_RELATION_KINDS, type AgreementRelationKind } from "../enumerations";
import type { Database } from "../prisma-client";
import type { RelationDirection } from "./relations";
import { RENEWAL_COLUMNS } from "./running-period";
import { agreementNameSelect, namingOf, type AgreementNaming } from "./label";
import { shownStatus, type AgreementStatus } from "./status";

export interface RelatedAgreement {
  relationId: string;
  kind: AgreementRelationKind;
  direction: RelationDirection;
  reference: string;
  title: string | null;
  /** What it is called (its title, or its label when untitled: lib/agreements/label.ts). */
  naming: AgreementNaming;
  /** As shown (an active agreement past its end shows as expired). */
  status: AgreementStatus;
  archived: boolean;
}

/**
 * An agreement's relations seen from it, both ends, grouped in the order of AGREEMENT_RELATION_KINDS
 * (outgoing before incoming), then by the other agreement's reference. One statement finds the relations
 * (both directions, down their indexes); only when there are any, one read names the agreements at their
 * other ends. (Through Prisma's nested selects an agreement without relations cost ten statements.)
 */
export async function agreementRelations(reference: string, database: Database = db): Promise<RelatedAgreement[]> {
  const found = await database.$queryRaw<{ id: string; kind: AgreementRelationKind; direction: RelationDirection; otherId: string }[]>`
    SELECT r."id", r."kind", 'outgoing' AS "direction", r."toId" AS "otherId"
      FROM "AgreementRelation" r JOIN "Agreement" a ON a."id" = r."fromId" WHERE a."reference" = ${reference}
    UNION ALL
    SELECT r."id", r."kind", 'incoming' AS "direction", r."fromId" AS "otherId"
      FROM "AgreementRelation" r JOIN "Agreement" a ON a."id" = r."toId" WHERE a."reference" = ${reference}`;
  if (found.length === 0) return [];
  const others = await database.agreement.findMany({
    where: { id: { in: [...new Set(found.map((r) => r.otherId))] } },
    select: { id: true, ...agreementNameSelect, status: true, archived: true, ...RENEWAL_COLUMNS },
  });
  const byId = new Map(others.map((a) => [a.id, a]));
  const rows: RelatedAgreement[] = found.flatMap((r) => {
    const other = byId.get(r.otherId);
    if (!other) return [];
    return [{ relationId: r.id, kind: r.kind, direction: r.direction, reference: other.reference, title: other.title, naming: namingOf(other), archived: other.archived, status: shownStatus(other) }];
  });
  const rank = (r: RelatedAgreement) => AGREEMENT_RELATION_KINDS.indexOf(r.kind) * 2 + (r.direction === "outgoing" ? 0 : 1);
  return rows.sort((a, b) => rank(a) - rank(b) || a.reference.localeCompare(b.reference));
}

/**
 * A framework's coverage (by its reference): its focus areas that no agreement implementing it covers yet (ids and
 * names, in name order), how many agreements implement it, and how many focus areas it has (none: nothing to
 * cover). One statement: each of the framework's areas with whether an implementing agreement has it (down the
 * relations' (toId, kind) index and the areas' primary key), and the count of implementers on every row, on a
 * one-row table so that a framework without areas still has it. (As Prisma's "areas with no implementing
 * agreement" filter, the database checked every agreement of each area: 28 ms a page at 50,000 agreements;
 * decision 029.)
 */
export async function frameworkCoverage(reference: string, database: Database = db) {
  const rows = await database.$queryRaw<{ implementing: number | bigint; id: string | null; name: string; localName: string | null; covered: number | bigint | boolean }[]>`
    WITH "framework" AS (SELECT a."id" FROM "Agreement" a WHERE a."reference" = ${reference})
    SELECT
      (SELECT COUNT(*) FROM "AgreementRelation" r WHERE r."toId" = (SELECT "id" FROM "framework") AND r."kind" = 'IMPLEMENTS') AS "implementing",
      f."id", f."name", f."localName",
      CASE WHEN EXISTS (
        SELECT 1 FROM "AgreementRelation" r JOIN "AgreementFocusArea" c ON c."agreementId" = r."fromId" AND c."focusAreaId" = f."id"
        WHERE r."toId" = af."agreementId" AND r."kind" = 'IMPLEMENTS'
      ) THEN 1 ELSE 0 END AS "covered"
    FROM (SELECT 1 AS "one") "one"
      LEFT JOIN "AgreementFocusArea" af ON af."agreementId" = (SELECT "id" FROM "framework")
      LEFT JOIN "FocusArea" f ON f."id" = af."focusAreaId"
    ORDER BY f."name"`;
  const areas = rows.filter((row) => row.id !== null);
  return {
    uncovered: areas.filter((row) => Number(row.covered) === 0).map((row) => ({ id: row.id!, name: row.name, localName: row.localName })),
    implementing: Number(rows[0]?.implementing ?? 0),
    areas: areas.length,
  };
}
