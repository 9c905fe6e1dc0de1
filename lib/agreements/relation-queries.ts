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
 * cover). The framework's areas and implementers in one read, then, only when there are both, which of those areas
 * the implementers cover: down the primary keys. (As one "areas with no implementing agreement" filter, the
 * database checked every agreement of each area: 28 ms a page at 50,000 agreements; decision 029.)
 */
export async function frameworkCoverage(reference: string, database: Database = db) {
  const framework = await database.agreement.findUnique({
    where: { reference },
    select: {
      focusAreas: { select: { focusArea: { select: { id: true, name: true, localName: true } } }, orderBy: { focusArea: { name: "asc" } } },
      relationsTo: { where: { kind: "IMPLEMENTS" }, select: { fromId: true } },
    },
  });
  if (!framework) return { uncovered: [], implementing: 0, areas: 0 };
  const areas = framework.focusAreas.map((f) => f.focusArea);
  const implementers = framework.relationsTo.map((r) => r.fromId);
  const covered =
    areas.length === 0 || implementers.length === 0
      ? []
      : await database.agreementFocusArea.findMany({
          where: { agreementId: { in: implementers }, focusAreaId: { in: areas.map((a) => a.id) } },
          select: { focusAreaId: true },
        });
  const coveredIds = new Set(covered.map((c) => c.focusAreaId));
  return { uncovered: areas.filter((a) => !coveredIds.has(a.id)), implementing: implementers.length, areas: areas.length };
}
