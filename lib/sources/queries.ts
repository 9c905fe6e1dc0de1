import "server-only";
import { db } from "../db";
import { toIsoPartial } from "../dates/partial-date";
import type { PartialDateValue } from "../agreements/queries";
import { agreementNameSelect } from "../agreements/label";

const evidenceRow = { id: true, version: true, field: true, basis: true, quote: true, note: true, origin: true } as const;

/** The sources to choose from when adding evidence (by title); at most 500, newest first. */
export async function sourceChoices() {
  return db.source.findMany({ orderBy: [{ createdAt: "desc" }], take: 500, select: { id: true, title: true } });
}

/** An agreement's own evidence with what an editor needs to edit it (id, version, source), in the page's order. */
export async function agreementEvidenceForEditing(reference: string) {
  return db.evidence.findMany({
    where: { agreement: { reference } },
    orderBy: { order: "asc" },
    select: { ...evidenceRow, source: { select: { id: true, title: true } } },
  });
}

/** Every source with how many facts it supports, for the sources page; newest first. */
export async function sourceList() {
  const rows = await db.source.findMany({
    orderBy: [{ createdAt: "desc" }],
    take: 500,
    select: { id: true, title: true, publisher: true, kind: true, publishedOn: true, publishedOnPrecision: true, _count: { select: { evidence: true } } },
  });
  return rows.map(({ publishedOn, publishedOnPrecision, _count, ...rest }) => ({
    ...rest,
    evidenceCount: _count.evidence,
    publishedOn: publishedOn ? ({ iso: toIsoPartial(publishedOn, publishedOnPrecision ?? "DAY"), precision: publishedOnPrecision ?? "DAY", date: publishedOn } satisfies PartialDateValue) : null,
  }));
}

/**
 * A source's page: the source, the form's values (`publishedOnIso`: "2020-05-22", "2020-05" or "2020"),
 * and everything it supports grouped by what it is about: agreements, organisations, people,
 * ceremonies and its own facts. Null when there is no such source.
 */
export async function sourcePage(id: string) {
  const source = await db.source.findUnique({
    where: { id },
    select: {
      id: true, kind: true, title: true, publisher: true, url: true, publishedOn: true, publishedOnPrecision: true, publishedOnBasis: true,
      language: true, completeness: true, text: true, version: true, createdAt: true, updatedAt: true,
      events: { select: { id: true, name: true } },
      evidence: {
        orderBy: [{ order: "asc" }],
        select: {
          ...evidenceRow,
          agreement: { select: agreementNameSelect },
          organization: { select: { id: true, name: true, localName: true } },
          person: { select: { id: true, name: true, localName: true, position: true } },
          signingEvent: { select: { id: true, name: true } },
        },
      },
    },
  });
  if (!source) return null;
  const { evidence, publishedOn, publishedOnPrecision, ...rest } = source;
  const precision = publishedOnPrecision ?? "DAY";
  return {
    ...rest,
    publishedOn: publishedOn ? ({ iso: toIsoPartial(publishedOn, precision), precision, date: publishedOn } satisfies PartialDateValue) : null,
    agreements: groupBy(evidence.filter((e) => e.agreement), (e) => e.agreement!.reference, (e) => e.agreement!),
    organizations: groupBy(evidence.filter((e) => e.organization), (e) => e.organization!.id, (e) => e.organization!),
    people: groupBy(evidence.filter((e) => e.person), (e) => e.person!.id, (e) => e.person!),
    ceremonies: groupBy(evidence.filter((e) => e.signingEvent), (e) => e.signingEvent!.id, (e) => e.signingEvent!),
    ownFacts: evidence.filter((e) => !e.agreement && !e.organization && !e.person && !e.signingEvent),
  };
}

/** Evidence grouped by what it is about, in the order first met. */
function groupBy<E, T>(items: E[], key: (item: E) => string, subject: (item: E) => T): { key: string; subject: T; evidence: E[] }[] {
  const groups = new Map<string, { key: string; subject: T; evidence: E[] }>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k) ?? { key: k, subject: subject(item), evidence: [] };
    group.evidence.push(item);
    groups.set(k, group);
  }
  return [...groups.values()];
}

export type SourcePage = NonNullable<Awaited<ReturnType<typeof sourcePage>>>;
export type EditableEvidence = Awaited<ReturnType<typeof agreementEvidenceForEditing>>[number];
