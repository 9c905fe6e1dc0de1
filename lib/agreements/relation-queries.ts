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
 * (outgoing before incoming), then by the other agreement's reference. Two statements.
 */
export async function agreementRelations(reference: string, database: Database = db): Promise<RelatedAgreement[]> {
  const other = { select: { ...agreementNameSelect, status: true, archived: true, ...RENEWAL_COLUMNS } } as const;
  const [outgoing, incoming] = await Promise.all([
    database.agreementRelation.findMany({ where: { from: { reference } }, select: { id: true, kind: true, to: other } }),
    database.agreementRelation.findMany({ where: { to: { reference } }, select: { id: true, kind: true, from: other } }),
  ]);
  const rows: RelatedAgreement[] = [
    ...outgoing.map((r) => ({ relationId: r.id, kind: r.kind, direction: "outgoing" as const, ...seen(r.to) })),
    ...incoming.map((r) => ({ relationId: r.id, kind: r.kind, direction: "incoming" as const, ...seen(r.from) })),
  ];
  function seen(a: (typeof outgoing)[number]["to"]) {
    return { reference: a.reference, title: a.title, naming: namingOf(a), archived: a.archived, status: shownStatus(a) };
  }
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
