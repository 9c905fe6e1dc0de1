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
 * cover). Three statements, on either database.
 */
export async function frameworkCoverage(reference: string, database: Database = db) {
  const implementing = { kind: "IMPLEMENTS" as const, to: { reference } };
  const implementedBy = { agreement: { relationsFrom: { some: implementing } } };
  const [uncovered, implementingCount, areas] = await Promise.all([
    database.focusArea.findMany({
      where: { agreements: { some: { agreement: { reference } }, none: implementedBy } },
      select: { id: true, name: true, localName: true },
      orderBy: { name: "asc" },
    }),
    database.agreementRelation.count({ where: implementing }),
    database.agreementFocusArea.count({ where: { agreement: { reference } } }),
  ]);
  return { uncovered, implementing: implementingCount, areas };
}
