// Reads for the agreement pages. Each query selects only what its page shows and
// returns plain data (no Prisma records reach components).
import "server-only";
import { DEFAULT_LOCALE, type Locale } from "../i18n/locales";
import { collatorFor, referenceName } from "../i18n/names";
import { db } from "../db";
import { dialectOf, type Database } from "../prisma-client";
import { Prisma } from "../../generated/prisma/client.ts";
import { toIsoPartial, type DatePrecision } from "../dates/partial-date";
import { shownStatus } from "./status";
import { RENEWAL_COLUMNS } from "./running-period";
import { keepRunningPeriodsCurrent } from "./running-period-refresh";
import { timeFacts } from "./time-facts";
import { parseSystemNote } from "./system-note";
import { LIST_COUNT_BOUND, listDirection, type AgreementColumn, type AgreementListFilters } from "./list-params";
import type { AgreementFormValues } from "./form-values";
import { agreementListOrder, agreementListWhere } from "./list-where";
import { agreementTermsSelect } from "./terms-select";
import { agreementNameSelect, namingOf } from "./label";
import { keptUntilTheRegisterChanges } from "../audit/register-version";
import { chainLinkSelect, readAgreementRecord } from "./detail-record";

export interface PartialDateValue {
  iso: string;
  precision: DatePrecision;
  date: Date;
}

function partial(date: Date | null, precision: DatePrecision | null): PartialDateValue | null {
  if (!date) return null;
  const p = precision ?? "DAY";
  return { iso: toIsoPartial(date, p), precision: p, date };
}

const organizationNameSelect = {
  id: true,
  name: true,
  localName: true,
  acronym: true,
} satisfies Prisma.OrganizationSelect;

const agreementListSelect = {
  ...RENEWAL_COLUMNS,
  id: true,
  reference: true,
  version: true,
  title: true,
  status: true,
  signedOn: true,
  signedOnPrecision: true,
  signedOnApproximate: true,
  expiresOn: true,
  expiresOnPrecision: true,
  archived: true,
  type: { select: { name: true, localName: true } },
  parties: {
    where: { role: { not: "OUR_INSTITUTION" } },
    orderBy: { order: "asc" },
    select: { organization: { select: { ...organizationNameSelect, country: true } } },
  },
} satisfies Prisma.AgreementSelect;

/** What the chosen columns add to a row: read only when one of them is chosen (the default list reads none). */
const chosenColumnsSelect = {
  signedPlace: true,
  effectiveFrom: true,
  effectiveFromPrecision: true,
  endsOn: true,
  noticeDeadline: true,
  termMonths: true,
  noticePeriodDays: true,
  automaticRenewal: true,
  summary: true,
  notes: true,
  owner: { select: { name: true } },
  leadUnit: { select: { name: true } },
  focusAreas: { select: { focusArea: { select: { name: true, localName: true } } }, orderBy: { focusArea: { name: "asc" } } },
  participants: {
    where: { role: "SIGNATORY" },
    orderBy: { order: "asc" },
    select: { person: { select: { name: true, position: true } } },
  },
  signingEvent: { select: { name: true, heldOn: true, heldOnPrecision: true } },
  renewalOf: { select: { reference: true } },
  relationsFrom: { select: { kind: true, to: { select: { reference: true } } }, orderBy: [{ kind: "asc" }, { to: { reference: "asc" } }] },
  otherNames: { select: { name: true }, orderBy: [{ order: "asc" }, { id: "asc" }] },
  // The sources its evidence comes from, each once (the export's "Sources").
  evidence: { select: { source: { select: { id: true, url: true, title: true } } }, orderBy: [{ source: { title: "asc" } }, { source: { id: "asc" } }] },
} satisfies Prisma.AgreementSelect;

/** The columns the list shows when none are chosen. */
export const DEFAULT_LIST_COLUMNS = ["reference", "title", "partners", "type", "status", "signedOn", "expiresOn"] as const satisfies readonly AgreementColumn[];
const needsChosenSelect = (columns: readonly AgreementColumn[] | undefined) =>
  !!columns?.some((c) => !(DEFAULT_LIST_COLUMNS as readonly string[]).includes(c) && c !== "partnerLocalNames" && c !== "partnerCountries" && c !== "archived");

export const AGREEMENT_PAGE_SIZE = 25;

/** Moves stored running periods on once a day, before a page filters or counts by them (see running-period-refresh.ts). */
export const runningPeriodsCurrent = (database: Database = db) => keepRunningPeriodsCurrent(database);

/** The default order, newest signed first, which indexes of the list walk (decision 031). */
const isNewestFirst = (filters: AgreementListFilters) => (filters.sort ?? "signed") === "signed" && listDirection(filters.sort, filters.dir) === "desc";

/**
 * One page of the list and how many match: a fixed number of queries, whatever the page size.
 * Returns { rows, page, total, totalIsExact, pageCount, hasNextPage }: `total` is exact when
 * `totalIsExact`; otherwise more than `total` match (`countBound`, LIST_COUNT_BOUND unless given)
 * and `pageCount` is null. `hasNextPage` comes from the page's own read (one row more than it shows).
 */
export async function listAgreements(
  filters: AgreementListFilters,
  {
    pageSize = AGREEMENT_PAGE_SIZE,
    database = db,
    locale = DEFAULT_LOCALE,
    countBound = LIST_COUNT_BOUND,
  }: { pageSize?: number; database?: Database; locale?: Locale; countBound?: number } = {},
) {
  const page = filters.page ?? 1;
  const where = agreementListWhere(filters);
  const chosen = needsChosenSelect(filters.columns);
  const dialect = dialectOf(database);
  const orderBy = agreementListOrder(filters.sort, filters.dir, dialect);
  const readPage = () =>
    database.agreement.findMany({
      where,
      select: chosen ? { ...agreementListSelect, ...chosenColumnsSelect } : agreementListSelect,
      orderBy,
      skip: (page - 1) * pageSize,
      take: pageSize + 1,
    });
  // Counts at most one past the bound: enough to tell "exactly n" from "more than the bound".
  // A bounded count is ordered (by id unless told). In the newest-first order both databases
  // walk an index of the list's and stop at the bound (200,000 agreements: SQLite 2 ms, by id
  // 10–15; PostgreSQL 4 ms, by id 18); other orders have no index of the filters, so there
  // the primary key's order stops soonest.
  const countUpTo = () => database.agreement.count({ where, take: countBound + 1, ...(isNewestFirst(filters) ? { orderBy } : {}) });
  let read: Awaited<ReturnType<typeof readPage>>;
  let counted: number;
  let totalIsExact: boolean;
  if (page * pageSize + 1 > countBound) {
    // A page this deep tells the count itself: its rows (with the one after them) reach past the
    // bound ("more than the bound"), or it is the last page (exactly its rows and those before).
    // A page past the last row is counted in full, so that it can lead back to the last page
    // (rare: a page number typed or kept past the end). The count would walk as far as the page again.
    read = await readPage();
    const seen = (page - 1) * pageSize + read.length;
    counted = read.length > 0 ? seen : await database.agreement.count({ where });
    totalIsExact = read.length === 0 || seen <= countBound;
  } else {
    [read, counted] = await Promise.all([readPage(), countUpTo()]);
    totalIsExact = counted <= countBound;
  }
  const total = totalIsExact ? counted : countBound;
  const rows = read.slice(0, pageSize);
  return {
    total,
    totalIsExact,
    page,
    pageCount: totalIsExact ? Math.max(1, Math.ceil(total / pageSize)) : null,
    hasNextPage: read.length > pageSize,
    rows: rows.map((row) => {
      const more = row as Partial<Prisma.AgreementGetPayload<{ select: typeof chosenColumnsSelect }>>;
      return {
        reference: row.reference,
        version: row.version,
        title: row.title,
        naming: namingOf(row),
        type: row.type ? referenceName(row.type, locale) : null,
        status: shownStatus(row),
        signedOn: partial(row.signedOn, row.signedOnPrecision),
        signedOnApproximate: row.signedOnApproximate,
        expiresOn: partial(row.expiresOn, row.expiresOnPrecision),
        archived: row.archived,
        partners: row.parties.map((p) => p.organization),
        // The chosen columns' values; null where not read or not known.
        place: more.signedPlace ?? null,
        effectiveFrom: partial(more.effectiveFrom ?? null, more.effectiveFromPrecision ?? null),
        endsOn: partial(more.endsOn ?? null, "DAY"),
        noticeDeadline: partial(more.noticeDeadline ?? null, "DAY"),
        termMonths: more.termMonths ?? null,
        noticePeriodDays: more.noticePeriodDays ?? null,
        automaticRenewal: more.automaticRenewal ?? null,
        summary: more.summary ?? null,
        notes: more.notes ?? null,
        owner: more.owner?.name ?? null,
        leadUnit: more.leadUnit?.name ?? null,
        focusAreas: more.focusAreas?.map((f) => referenceName(f.focusArea, locale)) ?? [],
        signatories: more.participants?.map((p) => p.person?.name ?? p.person?.position).filter((n): n is string => !!n) ?? [],
        signingCeremony: more.signingEvent?.name ?? null,
        signingCeremonyDate: partial(more.signingEvent?.heldOn ?? null, more.signingEvent?.heldOnPrecision ?? null),
        renews: more.renewalOf?.reference ?? null,
        relations: more.relationsFrom?.map((r) => ({ kind: r.kind, reference: r.to.reference })) ?? [],
        otherNames: more.otherNames?.map((n) => n.name) ?? [],
        sources: [...new Map((more.evidence ?? []).map((e) => [e.source.id, e.source.url ?? e.source.title])).values()],
      };
    }),
  };
}
export type AgreementListRow = Awaited<ReturnType<typeof listAgreements>>["rows"][number];

/**
 * Whether the filters select more than `bound` agreements, counting no further than one past it
 * (the PDF register's limit: a whole register as a PDF kept a server process busy for 39 s).
 */
export async function matchesMoreThan(filters: AgreementListFilters, bound: number, database: Database = db): Promise<boolean> {
  return (await database.agreement.count({ where: agreementListWhere(filters), take: bound + 1 })) > bound;
}

function parseChanges(text: string | null): Record<string, { before: unknown; after: unknown }> {
  try {
    return text ? JSON.parse(text) : {};
  } catch {
    return {};
  }
}

/** Renewal chains are short (a handful of links); the walk stops at this length regardless. */
const MAX_CHAIN_LENGTH = 50;

/**
 * The agreements before and after one in its renewal chain, oldest first: one recursive
 * statement finds their ids (both directions, at most MAX_CHAIN_LENGTH each), one read
 * fetches them, instead of a statement per link.
 */
async function renewalChainLinks(database: Database, id: string, renewalOfId: string | null) {
  const found = await database.$queryRaw<{ id: string; position: number | bigint }[]>`
    WITH RECURSIVE
      "back" ("id", "renewalOfId", "depth") AS (
        SELECT a."id", a."renewalOfId", 1 FROM "Agreement" a WHERE a."id" = ${renewalOfId}
        UNION ALL
        SELECT a."id", a."renewalOfId", b."depth" + 1 FROM "Agreement" a JOIN "back" b ON a."id" = b."renewalOfId" WHERE b."depth" < ${MAX_CHAIN_LENGTH}),
      "forth" ("id", "depth") AS (
        SELECT a."id", 1 FROM "Agreement" a WHERE a."renewalOfId" = ${id}
        UNION ALL
        SELECT a."id", f."depth" + 1 FROM "Agreement" a JOIN "forth" f ON a."renewalOfId" = f."id" WHERE f."depth" < ${MAX_CHAIN_LENGTH})
    SELECT "id", 0 - "depth" AS "position" FROM "back" UNION ALL SELECT "id", "depth" AS "position" FROM "forth"`;
  if (found.length === 0) return { predecessors: [], successors: [] };
  const links = new Map((await database.agreement.findMany({ where: { id: { in: found.map((f) => f.id) } }, select: chainLinkSelect })).map((l) => [l.id, l]));
  const inOrder = [...found].sort((a, b) => Number(a.position) - Number(b.position));
  const at = (rows: typeof found) => rows.flatMap((row) => links.get(row.id) ?? []);
  return { predecessors: at(inOrder.filter((row) => Number(row.position) < 0)), successors: at(inOrder.filter((row) => Number(row.position) > 0)) };
}

const HISTORY_SHOWN = 100;

/**
 * The agreement's own changes and those of its documents (attached, new versions, deleted), newest
 * first, at most HISTORY_SHOWN, each with who made it: `{ id, at, action, changes, actor: { name } | null }[]`.
 * Two statements, each down the (entityType, entityId) index: as one OR with documents, SQLite walked
 * the whole audit log by time instead (decision 027); raw, as Prisma's nested actor doubled them (decision 029).
 */
async function agreementHistory(database: Database, agreementId: string, documentIds: string[]) {
  type Event = { id: string; at: Date; action: string; changes: string | null; actorId: string | null; actorName: string | null };
  const read = (entity: Prisma.Sql) => database.$queryRaw<Event[]>`
    SELECT ev."id", ev."at", ev."action", ev."changes", u."id" AS "actorId", u."name" AS "actorName"
    FROM "AuditEvent" ev LEFT JOIN "User" u ON u."id" = ev."actorId"
    WHERE ${entity} ORDER BY ev."at" DESC LIMIT ${HISTORY_SHOWN}`;
  const [own, documents] = await Promise.all([
    read(Prisma.sql`ev."entityType" = 'Agreement' AND ev."entityId" = ${agreementId}`),
    documentIds.length > 0 ? read(Prisma.sql`ev."entityType" = 'AgreementDocument' AND ev."entityId" IN (${Prisma.join(documentIds)})`) : [],
  ]);
  return [...own, ...documents]
    .sort((a, b) => b.at.getTime() - a.at.getTime())
    .slice(0, HISTORY_SHOWN)
    .map(({ actorId, actorName, ...event }) => ({ ...event, actor: actorId ? { name: actorName } : null }));
}

/** One agreement as its page shows it; reference-list names (type, focus areas) in `locale`. */
export async function getAgreementDetail(reference: string, database: Database = db, locale: Locale = DEFAULT_LOCALE) {
  const db = database;
  const agreement = await readAgreementRecord(db, reference);
  if (!agreement) return null;

  // The renewal chain (one recursive statement for its links, one read of them) and the history, side by side.
  const [chain, history] = await Promise.all([
    renewalChainLinks(db, agreement.id, agreement.renewalOfId),
    agreementHistory(db, agreement.id, agreement.documents.map((d) => d.id)),
  ]);
  const { predecessors, successors } = chain;
  // An untitled link is named by its type and partners, read only for such links: a chain of titled agreements costs no statement more.
  const untitled = [...predecessors, ...successors].filter((link) => !link.title?.trim()).map((link) => link.id);
  const labelled = new Map(
    untitled.length === 0 ? [] : (await db.agreement.findMany({ where: { id: { in: untitled } }, select: { id: true, ...agreementNameSelect } })).map((row) => [row.id, namingOf(row)]),
  );
  const toLink = (link: Prisma.AgreementGetPayload<{ select: typeof chainLinkSelect }>, current: boolean) => ({
    reference: link.reference,
    title: link.title,
    naming: current ? namingOf(agreement) : (labelled.get(link.id) ?? { reference: link.reference, title: link.title, type: null, parties: [] }),
    status: shownStatus(link),
    signedOn: partial(link.signedOn, link.signedOnPrecision),
    current,
  });

  const sources = new Map<string, (typeof agreement.evidence)[number]["source"]>();
  for (const e of agreement.evidence) sources.set(e.source.id, e.source);

  return {
    reference: agreement.reference,
    version: agreement.version,
    /** The signing ceremony it was signed at, if any (read with signingEventOf). */
    signingEventId: agreement.signingEventId,
    /** Whether any document was ever attached (deleted ones too): without, there is none to read. */
    hasDocuments: agreement.documents.length > 0,
    renewedBy: successors[0]?.reference ?? null,
    history: history.map((event) => ({ ...event, changes: parseChanges(event.changes) })),
    title: agreement.title,
    naming: namingOf(agreement),
    titleKnowledge: agreement.titleKnowledge,
    signatoriesKnowledge: agreement.signatoriesKnowledge,
    focusAreasKnowledge: agreement.focusAreasKnowledge,
    termKnowledge: agreement.termKnowledge,
    otherNames: agreement.otherNames,
    type: agreement.type ? referenceName(agreement.type, locale) : null,
    summary: agreement.summary,
    status: shownStatus(agreement),
    recordedStatus: agreement.status,
    timeFacts: timeFacts(agreement),
    signedOn: partial(agreement.signedOn, agreement.signedOnPrecision),
    signedOnApproximate: agreement.signedOnApproximate,
    signedPlace: agreement.signedPlace,
    effectiveFrom: partial(agreement.effectiveFrom, agreement.effectiveFromPrecision),
    expiresOn: partial(agreement.expiresOn, agreement.expiresOnPrecision),
    termMonths: agreement.termMonths,
    termText: agreement.termText,
    automaticRenewal: agreement.automaticRenewal,
    noticePeriodDays: agreement.noticePeriodDays,
    notes: agreement.notes,
    archived: agreement.archived,
    updatedAt: agreement.updatedAt,
    owner: agreement.owner,
    leadUnit: agreement.leadUnit,
    parties: agreement.parties.map((party) => ({
      role: party.role,
      organization: {
        ...party.organization,
        otherNames: party.organization.otherNames.map((n) => n.name),
        cooperationFields: party.organization.cooperationFields.map((f) => referenceName(f.focusArea, locale)),
      },
    })),
    participants: agreement.participants,
    focusAreas: agreement.focusAreas.map((f) => referenceName(f.focusArea, locale)),
    statusChanges: agreement.statusChanges.map(({ effectiveOn, effectiveOnPrecision, ...change }) => ({
      ...change,
      // When it took effect; changes recorded before this was asked took effect when recorded.
      effectiveOn: partial(effectiveOn, effectiveOnPrecision),
      systemNote: parseSystemNote(change.systemNote),
    })),
    renewalChain: [...predecessors.map((l) => toLink(l, false)), toLink(agreement, true), ...successors.map((l) => toLink(l, false))],
    evidence: agreement.evidence.map(({ source, ...rest }) => ({ ...rest, sourceId: source.id })),
    sources: [...sources.values()].map((s) => ({ ...s, publishedOn: partial(s.publishedOn, s.publishedOnPrecision) })),
  };
}
export type AgreementDetail = NonNullable<Awaited<ReturnType<typeof getAgreementDetail>>>;

/**
 * Choices from the reference lists, which both the list's filters and the agreement form
 * offer: the same on every such page, so kept until the register changes.
 */
const referenceChoices = keptUntilTheRegisterChanges(async (database) => {
  const [types, focusAreas, users, leadUnits, countries] = await Promise.all([
    database.agreementType.findMany({ where: { active: true }, select: { id: true, name: true, localName: true }, orderBy: [{ sortOrder: "asc" }, { name: "asc" }] }),
    database.focusArea.findMany({ where: { active: true }, select: { id: true, name: true, localName: true }, orderBy: { name: "asc" } }),
    database.user.findMany({ where: { active: true }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
    database.organization.findMany({
      where: { parent: { isOwnInstitution: true } },
      select: { id: true, name: true },
      orderBy: { name: "asc" },
    }),
    // Grouped in SQL (on the country index); Prisma's `distinct` would read every organisation.
    database.organization.groupBy({ by: ["country"], where: { country: { not: null } }, orderBy: { country: "asc" } }),
  ]);
  return { types, focusAreas, users, leadUnits, countries: countries.map((c) => c.country!).filter(Boolean) };
});

/**
 * The list's filter choices. Partners are not offered as a list (a large register has
 * thousands; the search finds them by any name): a partner chosen elsewhere, say from
 * its organisation page, comes with its name.
 */
/**
 * What the list's filters offer and name: the reference lists in the reader's language, and the
 * partner, signing ceremony and framework a filter names (each null when the filter names nothing
 * that exists). Four statements at most, at once.
 */
export async function listFilterChoices(
  named: Pick<AgreementListFilters, "partner" | "event" | "framework"> = {},
  database: Database = db,
  locale: Locale = DEFAULT_LOCALE,
) {
  const [reference, partner, event, framework] = await Promise.all([
    referenceChoices(database),
    named.partner ? database.organization.findUnique({ where: { id: named.partner }, select: { id: true, name: true, localName: true } }) : null,
    named.event ? database.signingEvent.findUnique({ where: { id: named.event }, select: { id: true, name: true } }) : null,
    named.framework ? database.agreement.findUnique({ where: { reference: named.framework }, select: { reference: true } }) : null,
  ]);
  return { ...inLanguage(reference, locale), partner, event, framework };
}

/** The reference lists' entries named in the reader's language (types keep their order; focus areas sort by the name shown). */
function inLanguage<T extends { types: { id: string; name: string; localName: string | null }[]; focusAreas: { id: string; name: string; localName: string | null }[] }>(
  reference: T,
  locale: Locale,
) {
  const named = (entry: { id: string; name: string; localName: string | null }) => ({ id: entry.id, name: referenceName(entry, locale) });
  const collator = collatorFor(locale);
  return {
    ...reference,
    types: reference.types.map(named),
    focusAreas: reference.focusAreas.map(named).sort((a, b) => collator.compare(a.name, b.name)),
  };
}
export type ListFilterChoices = Awaited<ReturnType<typeof listFilterChoices>>;

/**
 * The choices the agreement form offers as lists: the reference lists, in the reader's words.
 * Partners and people are not listed (a register has thousands): the form finds them as the
 * person types (lib/organizations/lookup.ts, lib/people/lookup.ts).
 */
export async function agreementChoices(locale: Locale = DEFAULT_LOCALE) {
  return inLanguage(await referenceChoices(), locale);
}
export type AgreementChoices = Awaited<ReturnType<typeof agreementChoices>>;

/** The edit form's values for an agreement, with its partners and signatories in form order. */
export async function getAgreementFormValues(reference: string): Promise<AgreementFormValues | null> {
  const a = await db.agreement.findUnique({
    where: { reference },
    select: {
      ...agreementTermsSelect,
      version: true,
      typeId: true,
      ownerId: true,
      leadUnitId: true,
      titleKnowledge: true,
      signatoriesKnowledge: true,
      focusAreasKnowledge: true,
      termKnowledge: true,
      signedOnApproximate: true,
      otherNames: { orderBy: { order: "asc" }, select: { name: true, note: true } },
      focusAreas: { select: { focusAreaId: true } },
      parties: { where: { role: { not: "OUR_INSTITUTION" } }, orderBy: { order: "asc" }, select: { organizationId: true, role: true } },
      participants: { where: { role: "SIGNATORY", personId: { not: null } }, orderBy: { order: "asc" }, select: { personId: true, onBehalfOfId: true } },
    },
  });
  if (!a) return null;
  const iso = (date: Date | null, precision: DatePrecision | null) => (date ? toIsoPartial(date, precision ?? "DAY") : "");
  const partyIds = a.parties.map((p) => p.organizationId);
  return {
    reference: a.reference,
    version: a.version,
    title: a.title ?? "",
    titleKnowledge: a.titleKnowledge,
    signatoriesKnowledge: a.signatoriesKnowledge,
    focusAreasKnowledge: a.focusAreasKnowledge,
    termKnowledge: a.termKnowledge,
    otherNames: a.otherNames.map((n) => ({ name: n.name, note: n.note ?? "" })),
    typeId: a.typeId ?? "",
    summary: a.summary ?? "",
    signedOn: iso(a.signedOn, a.signedOnPrecision),
    signedOnApproximate: a.signedOnApproximate,
    signedPlace: a.signedPlace ?? "",
    effectiveFrom: iso(a.effectiveFrom, a.effectiveFromPrecision),
    expiresOn: iso(a.expiresOn, a.expiresOnPrecision),
    termMonths: a.termMonths?.toString() ?? "",
    noticePeriodDays: a.noticePeriodDays?.toString() ?? "",
    automaticRenewal: a.automaticRenewal,
    renewalTermMonths: a.renewalTermMonths?.toString() ?? "",
    renewalFinalDate: iso(a.renewalFinalDate, "DAY"),
    renewalLimit: a.renewalLimit?.toString() ?? "",
    ownerId: a.ownerId ?? "",
    leadUnitId: a.leadUnitId ?? "",
    notes: a.notes ?? "",
    focusAreaIds: a.focusAreas.map((f) => f.focusAreaId),
    parties: a.parties.map((p) => ({ mode: "existing" as const, organizationId: p.organizationId, role: p.role === "CO_SIGNING_BODY" ? "CO_SIGNING_BODY" : "PARTNER" })),
    signatories: a.participants.map((p) => ({
      mode: "existing" as const,
      personId: p.personId!,
      onBehalfOfParty: p.onBehalfOfId ? partyIds.indexOf(p.onBehalfOfId) : -1,
    })),
  };
}
