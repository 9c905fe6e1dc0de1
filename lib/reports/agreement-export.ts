// The agreements list as a file: the same filter, order and archived rule as the page,
// in CSV (UTF-8 with a BOM, so Excel shows Chinese correctly), Excel .xlsx or JSON, with the
// columns the person chose. The list's order is read once as ids; then rows are read in batches
// of ids (never at an offset), one statement a batch for the agreements and every name they
// refer to. A large register never sits in memory whole (its ids do:
// about 30 bytes an agreement), and the cost is the same for the last batch as for the first.
import { once } from "node:events";
import { PassThrough, Readable } from "node:stream";
import ExcelJS from "exceljs";
import { Prisma } from "../../generated/prisma/client.ts";
import { dialectOf, type Database } from "../prisma-client";
import { toIsoPartial, type DatePrecision } from "../dates/partial-date";
import { approximateDateText, approximateWord } from "../dates/approximate-date";
import type { AgreementRelationKind, KnowledgeState } from "../enumerations";
import { knowledgeWord } from "../agreements/knowledge-words";
import type { AgreementColumn, AgreementListFilters } from "../agreements/list-params";
import { agreementListOrder, agreementListWhere } from "../agreements/list-where";
import { agreementTermsSelect } from "../agreements/terms-select";
import { shownStatus, type AgreementStatus } from "../agreements/status";
import { RENEWAL_COLUMNS } from "../agreements/running-period";
import { translatorFor, type Messages, type Translator } from "../i18n/translator";
import { DEFAULT_LOCALE, LOCALES, intlLocaleOf, type Locale } from "../i18n/locales";
import { referenceName } from "../i18n/names";
import { countryName } from "../i18n/countries";
import { neutralizeCell } from "./spreadsheet-safety";
import { refreshRunningPeriods } from "../agreements/running-period-refresh";
import { now as currentInstant } from "../dates/institution-time";
import { describeFilters, institutionName, reportDay, StatusCounts } from "./report-heading";

export const EXPORT_FORMATS = ["csv", "xlsx", "json"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const BATCH_SIZE = 1000;

/** The agreement's own columns: everything else an export shows is a name, read by `relatedNames`. */
const ownColumnsSelect = {
  ...agreementTermsSelect,
  ...RENEWAL_COLUMNS,
  id: true,
  status: true,
  signedOnApproximate: true,
  titleKnowledge: true,
  signatoriesKnowledge: true,
  focusAreasKnowledge: true,
  termKnowledge: true,
  endsOn: true,
  noticeDeadline: true,
  archived: true,
  typeId: true,
  ownerId: true,
  leadUnitId: true,
} satisfies Prisma.AgreementSelect;
type OwnColumns = Prisma.AgreementGetPayload<{ select: typeof ownColumnsSelect }>;
const OWN_COLUMNS = Object.keys(ownColumnsSelect) as (keyof OwnColumns)[];

/** One agreement as the exports read it: its columns and the names of what it refers to, in order. */
export interface ExportRecord extends OwnColumns {
  /** The status a reader is shown (shownStatus) at the export's instant. */
  shownStatus: AgreementStatus;
  type: { name: string; localName: string | null } | null;
  owner: { name: string } | null;
  leadUnit: { name: string } | null;
  /** The other parties (not our institution), in the agreement's order. */
  parties: { organization: { name: string; localName: string | null; country: string | null } }[];
  /** The signatories, in order. */
  participants: { person: { name: string | null; position: string | null } | null; onBehalfOf: { name: string } | null }[];
  /** By name. */
  focusAreas: { focusArea: { name: string; localName: string | null } }[];
  /** The ceremony it was signed at (decision 023). */
  signingEvent: { name: string; heldOn: Date | null; heldOnPrecision: DatePrecision | null } | null;
  /** The agreement it renews. */
  renewalOf: { reference: string } | null;
  /** Its outgoing relations ("this implements that"), by kind, then reference. */
  relations: { kind: AgreementRelationKind; reference: string }[];
  /** The address (else the title) of every source that gives evidence for one of its facts, in order. */
  sources: string[];
  /** The other names it goes by, in order. */
  otherNames: string[];
}

/** A partial date's value at its precision; day-precision dates are real dates in Excel. */
export interface DateCell {
  iso: string;
  precision: DatePrecision;
  date: Date;
  /** "about 2010": written as words that read back (approximate-date.ts), not as a date cell. */
  approximate?: boolean;
}
export type Cell = string | number | boolean | DateCell | null;

const dateCell = (date: Date | null, precision: DatePrecision | null): DateCell | null =>
  date ? { iso: isoOf(date, precision ?? "DAY"), precision: precision ?? "DAY", date } : null;
const approximately = (cell: DateCell | null, approximate: boolean): DateCell | null => (cell && approximate ? { ...cell, approximate } : cell);

// A register of 50,000 agreements holds a few thousand distinct days: each is written out once
// (toIsoPartial makes a Date and a string each time), then looked up. Bounded, for a long-running server.
const isoByPrecision: Record<DatePrecision, Map<number, string>> = { DAY: new Map(), MONTH: new Map(), YEAR: new Map() };
function isoOf(date: Date, precision: DatePrecision): string {
  const known = isoByPrecision[precision];
  const time = date.getTime();
  let iso = known.get(time);
  if (iso === undefined) {
    if (known.size >= 100_000) known.clear();
    known.set(time, (iso = toIsoPartial(date, precision)));
  }
  return iso;
}
/**
 * What `pick` gives for each item, those not empty, joined by "; ". Every row of an export calls
 * this a dozen times: built as it goes, without the arrays of a map, filter and join.
 */
function listOf<T>(items: readonly T[], pick: (item: T) => string | null | undefined): string {
  let text = "";
  for (let i = 0; i < items.length; i++) {
    const value = pick(items[i]);
    if (value) text = text === "" ? value : `${text}; ${value}`;
  }
  return text;
}
const itself = (value: string | null | undefined) => value;
/** The values not empty, joined by "; ". */
const list = (values: readonly (string | null | undefined)[]) => listOf(values, itself);
/** The references of an agreement's outgoing relations of one kind, as the import reads them back. */
const related = (a: ExportRecord, kind: AgreementRelationKind) => (a.relations.length === 0 ? null : listOf(a.relations, (r) => (r.kind === kind ? r.reference : null)) || null);
/** The partners' countries in the reader's language, each once, in the order of the parties. */
function countriesOf(a: ExportRecord, locale: Locale): string {
  let text = "";
  const named: string[] = [];
  for (const party of a.parties) {
    const name = countryName(party.organization.country, locale);
    if (name && !named.includes(name)) {
      named.push(name);
      text = text === "" ? name : `${text}; ${name}`;
    }
  }
  return text;
}
/** A signatory as a cell says it: "name (position) for organisation", each part only when known. */
function signatoryText(p: ExportRecord["participants"][number], t: Translator): string {
  let text = p.person?.name ?? p.person?.position ?? "";
  const position = p.person?.name && p.person.position ? `(${p.person.position})` : "";
  if (position) text = text ? `${text} ${position}` : position;
  const behalf = p.onBehalfOf ? t("exports.signsFor", { organization: p.onBehalfOf.name }) : "";
  if (behalf) text = text ? `${text} ${behalf}` : behalf;
  return text;
}
/**
 * A fact's cell: its value when the record holds it (KNOWN), else the word for "not known" or
 * "none" in the reader's language. An empty cell would say that nothing was given.
 */
const known = (state: KnowledgeState, t: Translator, value: () => Cell): Cell => (state === "KNOWN" ? value() : knowledgeWord(state, readerLocale(t)));

export type ExportColumnKey = keyof Messages["exports"]["columns"];

/** The language a translator speaks, so that data (type and focus area names, countries) follows the words. */
const readerLocale = (t: Translator): Locale => {
  let locale = localeOf.get(t);
  if (locale === undefined) localeOf.set(t, (locale = LOCALES.find((l) => intlLocaleOf(l) === t("meta.intlLocale")) ?? DEFAULT_LOCALE));
  return locale;
};
// Asked for every cell of some columns: answered once per translator.
const localeOf = new WeakMap<Translator, Locale>();

/**
 * The translator an export gives its columns: the same words, each put together once per export.
 * use-intl formats a message on every call (a 50,000-row export asks for "Active" or "No"
 * hundreds of thousands of times); the words a call gives depend only on its key and values.
 * Holds at most one entry per key and distinct values (names of organisations signed for).
 */
function rememberingTranslator(t: Translator): Translator {
  const said = new Map<string, string>();
  const translate = t as unknown as (key: string, values?: Record<string, unknown>) => string;
  const remembering = (key: string, values?: Record<string, unknown>) => {
    const id = values === undefined ? key : `${key}\u0000${JSON.stringify(values)}`;
    let text = said.get(id);
    if (text === undefined) said.set(id, (text = translate(key, values)));
    return text;
  };
  return Object.assign(remembering, { rich: t.rich, markup: t.markup, raw: t.raw, has: t.has }) as unknown as Translator;
}
// The list's column choice and the exports' columns are one set of keys.
const _sameKeys: [ExportColumnKey, AgreementColumn] = [null as unknown as AgreementColumn, null as unknown as ExportColumnKey];
void _sameKeys;

/**
 * The columns of every export, in order: the list's columns first, then the rest of the record.
 * Headers and words (status, yes/no) are in the reader's language; JSON keeps English keys for programs.
 */
export const EXPORT_COLUMNS: { key: ExportColumnKey; width: number; value(a: ExportRecord, t: Translator): Cell }[] = [
  { key: "reference", width: 15, value: (a) => a.reference },
  { key: "title", width: 50, value: (a, t) => known(a.titleKnowledge, t, () => a.title) },
  { key: "otherNames", width: 40, value: (a) => list(a.otherNames) || null },
  { key: "partners", width: 45, value: (a) => listOf(a.parties, (p) => p.organization.name) },
  { key: "partnerLocalNames", width: 30, value: (a) => listOf(a.parties, (p) => p.organization.localName) },
  { key: "partnerCountries", width: 18, value: (a, t) => countriesOf(a, readerLocale(t)) },
  { key: "type", width: 30, value: (a, t) => (a.type ? referenceName(a.type, readerLocale(t)) : null) },
  { key: "status", width: 18, value: (a, t) => t(`labels.status.${a.shownStatus}`) },
  { key: "signedOn", width: 12, value: (a) => approximately(dateCell(a.signedOn, a.signedOnPrecision), a.signedOnApproximate) },
  { key: "place", width: 16, value: (a) => a.signedPlace },
  { key: "effectiveFrom", width: 12, value: (a) => dateCell(a.effectiveFrom, a.effectiveFromPrecision) },
  { key: "expiresOn", width: 12, value: (a, t) => known(a.termKnowledge, t, () => dateCell(a.expiresOn, a.expiresOnPrecision)) },
  // The last day of the running period (of the current term, for an agreement that renews automatically): what people act on.
  { key: "endsOn", width: 12, value: (a) => dateCell(a.endsOn, "DAY") },
  { key: "noticeDeadline", width: 12, value: (a) => dateCell(a.noticeDeadline, "DAY") },
  { key: "termMonths", width: 10, value: (a, t) => known(a.termKnowledge, t, () => a.termMonths) },
  { key: "noticePeriodDays", width: 10, value: (a) => a.noticePeriodDays },
  { key: "automaticRenewal", width: 10, value: (a) => a.automaticRenewal },
  { key: "owner", width: 20, value: (a) => a.owner?.name ?? null },
  { key: "leadUnit", width: 30, value: (a) => a.leadUnit?.name ?? null },
  { key: "focusAreas", width: 40, value: (a, t) => known(a.focusAreasKnowledge, t, () => listOf(a.focusAreas, (f) => referenceName(f.focusArea, readerLocale(t)))) },
  { key: "signatories", width: 45, value: (a, t) => known(a.signatoriesKnowledge, t, () => listOf(a.participants, (p) => signatoryText(p, t))) },
  { key: "signingCeremony", width: 30, value: (a) => a.signingEvent?.name ?? null },
  { key: "signingCeremonyDate", width: 12, value: (a) => dateCell(a.signingEvent?.heldOn ?? null, a.signingEvent?.heldOnPrecision ?? null) },
  { key: "renews", width: 15, value: (a) => a.renewalOf?.reference ?? null },
  { key: "implements", width: 15, value: (a) => related(a, "IMPLEMENTS") },
  { key: "amends", width: 15, value: (a) => related(a, "AMENDS") },
  { key: "supersedes", width: 15, value: (a) => related(a, "SUPERSEDES") },
  { key: "followsFrom", width: 15, value: (a) => related(a, "FOLLOWS_FROM") },
  { key: "relatedTo", width: 15, value: (a) => related(a, "RELATED") },
  { key: "sources", width: 40, value: (a) => list(a.sources) || null },
  { key: "summary", width: 60, value: (a) => a.summary },
  { key: "notes", width: 40, value: (a) => a.notes },
  { key: "archived", width: 9, value: (a) => a.archived },
];

/** The export's columns: the person's choice in their order (`columns=` in the list's URL), else every column. */
export function chosenColumns(filters: Pick<AgreementListFilters, "columns">): typeof EXPORT_COLUMNS {
  if (!filters.columns || filters.columns.length === 0) return EXPORT_COLUMNS;
  return filters.columns.map((key) => EXPORT_COLUMNS.find((c) => c.key === key)!).filter(Boolean);
}

// Within one aggregated cell: fields apart by the unit separator, entries by the record
// separator (control characters, which no name may hold).
const FIELD = "\u001f";
const ENTRY = "\u001e";

/** The dates a batch row may hold as text (SQLite, when a column's declared type is lost) rather than a Date. */
const dateOf = (value: unknown): Date | null => (value === null || value === undefined ? null : value instanceof Date ? value : new Date(value as string));
/** SQLite's booleans may come as 0/1. */
const booleanOf = (value: unknown): boolean => value === true || Number(value) === 1;
/** Counts and integers may come as bigints (SQLite). */
const numberOf = (value: unknown): number | null => (typeof value === "bigint" ? Number(value) : (value as number | null));
const textOf = (value: unknown): string | null => (typeof value === "string" ? value : null);
/** An aggregated cell's entries, each made from its fields by `make`. */
const entriesOf = <T>(value: unknown, make: (fields: string[]) => T): T[] =>
  typeof value === "string" && value !== "" ? value.split(ENTRY).map((entry) => make(entry.split(FIELD))) : [];
/** An aggregated field: empty (or missing) is null. */
const fieldOf = (value: string | undefined): string | null => (value === undefined || value === "" ? null : value);

/**
 * A batch of agreements by id, in the order of `ids`, with every name they refer to, in one
 * plain SQL statement: the ids go in as one bound parameter (a JSON array, read as a table
 * with each id's position); the partners (name, local name, country), signatories (name,
 * position, on whose behalf), focus areas, outgoing relations, sources and other names are
 * each aggregated for the whole batch at once (a join over the batch and one GROUP BY, in the
 * order the register keeps them), and the type, owner, lead unit, ceremony and renewed
 * agreement joined. A subquery per agreement for each of them cost the databases a small
 * plan run per row (PostgreSQL: 64 µs a row), and a list of 1,000 bound ids made PostgreSQL
 * scan every agreement for each batch. The column names are the select's own keys, never input.
 * @param now the export's instant: each agreement's shown status is the one on its day.
 */
async function batchOf(database: Database, ids: string[], now: Date): Promise<ExportRecord[]> {
  const pg = dialectOf(database) === "postgresql";
  const f = Prisma.raw(pg ? "chr(31)" : "char(31)");
  const e = Prisma.raw(pg ? "chr(30)" : "char(30)");
  const agg = (expression: Prisma.Sql, order: Prisma.Sql) =>
    pg ? Prisma.sql`string_agg(${expression}, ${e} ORDER BY ${order})` : Prisma.sql`group_concat(${expression}, ${e} ORDER BY ${order})`;
  const batch = JSON.stringify(ids);
  const idsTable = pg
    ? Prisma.sql`SELECT j."id", j."n" FROM json_array_elements_text(${batch}::json) WITH ORDINALITY AS j("id", "n")`
    : Prisma.sql`SELECT j."value" AS "id", j."key" AS "n" FROM json_each(${batch}) j`;
  const columns = Prisma.raw(OWN_COLUMNS.map((c) => `a."${c}"`).join(", "));
  const rows = await database.$queryRaw<Record<string, unknown>[]>`
    WITH ids AS (${idsTable}),
    x_parties AS (SELECT p."agreementId" AS "id", ${agg(Prisma.sql`o."name" || ${f} || coalesce(o."localName", '') || ${f} || coalesce(o."country", '')`, Prisma.sql`p."order"`)} AS "v"
      FROM ids JOIN "AgreementParty" p ON p."agreementId" = ids."id" JOIN "Organization" o ON o."id" = p."organizationId"
      WHERE p."role" <> 'OUR_INSTITUTION' GROUP BY p."agreementId"),
    x_signatories AS (SELECT s."agreementId" AS "id", ${agg(Prisma.sql`(CASE WHEN s."personId" IS NULL THEN '0' ELSE '1' END) || ${f} || coalesce(pe."name", '') || ${f} || coalesce(pe."position", '') || ${f} || coalesce(ob."name", '')`, Prisma.sql`s."order"`)} AS "v"
      FROM ids JOIN "Participant" s ON s."agreementId" = ids."id" LEFT JOIN "Person" pe ON pe."id" = s."personId" LEFT JOIN "Organization" ob ON ob."id" = s."onBehalfOfId"
      WHERE s."role" = 'SIGNATORY' GROUP BY s."agreementId"),
    x_focusAreas AS (SELECT af."agreementId" AS "id", ${agg(Prisma.sql`fa."name" || ${f} || coalesce(fa."localName", '')`, Prisma.sql`fa."name"`)} AS "v"
      FROM ids JOIN "AgreementFocusArea" af ON af."agreementId" = ids."id" JOIN "FocusArea" fa ON fa."id" = af."focusAreaId" GROUP BY af."agreementId"),
    x_relations AS (SELECT rel."fromId" AS "id", ${agg(Prisma.sql`rel."kind" || ${f} || ra."reference"`, Prisma.sql`rel."kind", ra."reference"`)} AS "v"
      FROM ids JOIN "AgreementRelation" rel ON rel."fromId" = ids."id" JOIN "Agreement" ra ON ra."id" = rel."toId" GROUP BY rel."fromId"),
    x_sources AS (SELECT es."id", ${agg(Prisma.sql`coalesce(es."url", es."title")`, Prisma.sql`es."title", es."sourceId"`)} AS "v"
      FROM (SELECT DISTINCT ev."agreementId" AS "id", src."id" AS "sourceId", src."title", src."url"
        FROM ids JOIN "Evidence" ev ON ev."agreementId" = ids."id" JOIN "Source" src ON src."id" = ev."sourceId") es GROUP BY es."id"),
    x_otherNames AS (SELECT an."agreementId" AS "id", ${agg(Prisma.sql`an."name"`, Prisma.sql`an."order", an."id"`)} AS "v"
      FROM ids JOIN "AgreementName" an ON an."agreementId" = ids."id" GROUP BY an."agreementId")
    SELECT ${columns}, t."name" AS "x_type", t."localName" AS "x_typeLocal", u."name" AS "x_owner", l."name" AS "x_leadUnit",
      se."name" AS "x_ceremony", se."heldOn" AS "x_ceremonyOn", se."heldOnPrecision" AS "x_ceremonyPrecision", ro."reference" AS "x_renews",
      x_parties."v" AS "x_parties", x_signatories."v" AS "x_signatories", x_focusAreas."v" AS "x_focusAreas",
      x_relations."v" AS "x_relations", x_sources."v" AS "x_sources", x_otherNames."v" AS "x_otherNames"
    FROM ids JOIN "Agreement" a ON a."id" = ids."id" LEFT JOIN "AgreementType" t ON t."id" = a."typeId" LEFT JOIN "User" u ON u."id" = a."ownerId"
      LEFT JOIN "Organization" l ON l."id" = a."leadUnitId" LEFT JOIN "SigningEvent" se ON se."id" = a."signingEventId"
      LEFT JOIN "Agreement" ro ON ro."id" = a."renewalOfId"
      LEFT JOIN x_parties ON x_parties."id" = a."id" LEFT JOIN x_signatories ON x_signatories."id" = a."id" LEFT JOIN x_focusAreas ON x_focusAreas."id" = a."id"
      LEFT JOIN x_relations ON x_relations."id" = a."id" LEFT JOIN x_sources ON x_sources."id" = a."id" LEFT JOIN x_otherNames ON x_otherNames."id" = a."id"
    ORDER BY ids."n"`;
  return rows.map((row) => recordOf(row, now));
}

/**
 * A batch row as an ExportRecord, built as one object literal: every record has the same shape,
 * so that the columns read its fields quickly (a copy by spread, as before, cost several µs a row).
 */
function recordOf(row: Record<string, unknown>, now: Date): ExportRecord {
  const record: ExportRecord = {
    id: row.id as string,
    reference: row.reference as string,
    title: textOf(row.title),
    summary: textOf(row.summary),
    status: row.status as AgreementStatus,
    shownStatus: "DRAFT",
    signedOn: dateOf(row.signedOn),
    signedOnPrecision: row.signedOnPrecision as DatePrecision | null,
    signedOnApproximate: booleanOf(row.signedOnApproximate),
    signedPlace: textOf(row.signedPlace),
    effectiveFrom: dateOf(row.effectiveFrom),
    effectiveFromPrecision: row.effectiveFromPrecision as DatePrecision | null,
    expiresOn: dateOf(row.expiresOn),
    expiresOnPrecision: row.expiresOnPrecision as DatePrecision | null,
    termMonths: numberOf(row.termMonths),
    noticePeriodDays: numberOf(row.noticePeriodDays),
    automaticRenewal: booleanOf(row.automaticRenewal),
    renewalTermMonths: numberOf(row.renewalTermMonths),
    renewalLimit: numberOf(row.renewalLimit),
    renewalFinalDate: dateOf(row.renewalFinalDate),
    noticeGivenOn: dateOf(row.noticeGivenOn),
    notes: textOf(row.notes),
    titleKnowledge: row.titleKnowledge as KnowledgeState,
    signatoriesKnowledge: row.signatoriesKnowledge as KnowledgeState,
    focusAreasKnowledge: row.focusAreasKnowledge as KnowledgeState,
    termKnowledge: row.termKnowledge as KnowledgeState,
    endsOn: dateOf(row.endsOn),
    noticeDeadline: dateOf(row.noticeDeadline),
    archived: booleanOf(row.archived),
    typeId: textOf(row.typeId),
    ownerId: textOf(row.ownerId),
    leadUnitId: textOf(row.leadUnitId),
    type: typeof row.x_type === "string" ? { name: row.x_type, localName: textOf(row.x_typeLocal) } : null,
    owner: typeof row.x_owner === "string" ? { name: row.x_owner } : null,
    leadUnit: typeof row.x_leadUnit === "string" ? { name: row.x_leadUnit } : null,
    parties: entriesOf(row.x_parties, ([name, localName, country]) => ({ organization: { name: name ?? "", localName: fieldOf(localName), country: fieldOf(country) } })),
    participants: entriesOf(row.x_signatories, ([person, name, position, onBehalfOf]) => ({
      person: person === "1" ? { name: fieldOf(name), position: fieldOf(position) } : null,
      onBehalfOf: fieldOf(onBehalfOf) === null ? null : { name: onBehalfOf },
    })),
    focusAreas: entriesOf(row.x_focusAreas, ([name, localName]) => ({ focusArea: { name: name ?? "", localName: fieldOf(localName) } })),
    signingEvent:
      typeof row.x_ceremony === "string"
        ? { name: row.x_ceremony, heldOn: dateOf(row.x_ceremonyOn), heldOnPrecision: (row.x_ceremonyPrecision as DatePrecision | null) ?? null }
        : null,
    renewalOf: typeof row.x_renews === "string" ? { reference: row.x_renews } : null,
    relations: entriesOf(row.x_relations, ([kind, reference]) => ({ kind: kind as AgreementRelationKind, reference: reference ?? "" })),
    sources: entriesOf(row.x_sources, ([address]) => address ?? ""),
    otherNames: entriesOf(row.x_otherNames, ([name]) => name ?? ""),
  };
  record.shownStatus = shownStatus(record, now);
  return record;
}

/**
 * The rows the filters select, in the list's order, a batch at a time. The order is read once,
 * as ids only (one statement walking the list's index); each batch then reads its agreements by
 * id with every name they refer to: one statement a batch, as cheap for the last batch as for
 * the first. (A keyset condition over the list's order, "after the last row's date and
 * reference", made SQLite gather and sort every remaining row for each batch: see decision 017.)
 * An agreement deleted while the export runs is left out. Every record's shown status is the
 * one at `now` (the same instant for the whole export).
 */
export async function* exportRecords(
  database: Database,
  filters: AgreementListFilters,
  batchSize = BATCH_SIZE,
  now: Date = currentInstant(),
): AsyncGenerator<ExportRecord[]> {
  await refreshRunningPeriods(database, now);
  const where = agreementListWhere(filters);
  // The id breaks ties, so that the order is the same however often it is read.
  const orderBy = [...agreementListOrder(filters.sort, filters.dir, dialectOf(database)), { id: "asc" as const }];
  const ids = (await database.agreement.findMany({ where, orderBy, select: { id: true } })).map((a) => a.id);
  const read = (start: number) => batchOf(database, ids.slice(start, start + batchSize), now);
  // One batch is read ahead while the reader writes out the last: PostgreSQL answers in its own
  // process meanwhile (about half an export's time). Never more than one: memory stays two batches.
  let next = ids.length > 0 ? read(0) : null;
  for (let start = 0; next; start += batchSize) {
    const batch = await next;
    next = start + batchSize < ids.length ? (process.env.XRA === "0" ? null : read(start + batchSize)) : null;
    if (process.env.XRA === "0" && !next && start + batchSize < ids.length) { if (batch.length > 0) yield batch; next = read(start + batchSize); continue; }
    // Its error is thrown where it is awaited, on the next turn; never unhandled meanwhile.
    next?.catch(() => {});
    if (batch.length > 0) yield batch;
  }
}

/** A cell as text: partial dates at their precision, booleans as yes/no, text made safe for spreadsheets. */
export function cellText(cell: Cell, t: Translator = translatorFor()): string {
  if (cell === null) return "";
  if (typeof cell === "boolean") return t(cell ? "exports.yes" : "exports.no");
  if (typeof cell === "number") return String(cell);
  if (typeof cell === "object") return cell.approximate ? approximateDateText(cell, readerLocale(t) === "zh-CN" ? "zh-CN" : "en") : cell.iso;
  return neutralizeCell(cell);
}

export const columnHeader = (t: Translator, key: ExportColumnKey) => t(`exports.columns.${key}`);

type Column = (typeof EXPORT_COLUMNS)[number];

// csv-stringify's rule with its default options, which the files were written with before
// (a unit test holds the two to it): a field holding a comma, a quote or a line break is quoted
// and its quotes doubled; nothing else is. Written out here because csv-stringify's general
// path (casting, per-field options) cost a 50,000-row export about 0.5 s, five times this.
const NEEDS_QUOTES = /[",\r\n]/;
const QUOTE = /"/g;

const csvField = (text: string) => (NEEDS_QUOTES.test(text) ? `"${text.replace(QUOTE, '""')}"` : text);

/** One CSV record: the fields as csv-stringify writes them with its defaults, and the line's end ("\n"). */
export const csvLine = (fields: readonly string[]): string => `${fields.map(csvField).join(",")}\n`;

async function* csvChunks(records: AsyncGenerator<ExportRecord[]>, columns: Column[], t: Translator) {
  yield "\uFEFF" + csvLine(columns.map((c) => columnHeader(t, c.key)));
  // Each field into one array and each line into another, joined once: a string built by "+="
  // is a chain of pieces (two a field) until it is written out.
  const fields: string[] = new Array(columns.length);
  for await (const batch of records) {
    const lines: string[] = new Array(batch.length + 1);
    for (let r = 0; r < batch.length; r++) {
      for (let i = 0; i < columns.length; i++) fields[i] = csvField(cellText(columns[i].value(batch[r], t), t));
      lines[r] = fields.join(",");
    }
    lines[batch.length] = "";
    yield lines.join("\n");
  }
}

async function* jsonChunks(records: AsyncGenerator<ExportRecord[]>, columns: Column[]) {
  const english = rememberingTranslator(translatorFor("en"));
  yield "[";
  let first = true;
  for await (const batch of records) {
    let chunk = "";
    for (const a of batch) {
      const row = Object.fromEntries(
        columns.map((c) => {
          const cell = c.value(a, english);
          return [columnHeader(english, c.key), cell !== null && typeof cell === "object" ? cellText(cell, english) : cell];
        }),
      );
      chunk += (first ? "\n" : ",\n") + JSON.stringify(row);
      first = false;
    }
    yield chunk;
  }
  yield "\n]\n";
}

/** Excel shows a date at its precision: the day, the month or the year. */
const DATE_FORMATS: Record<DatePrecision, string> = { DAY: "yyyy-mm-dd", MONTH: "yyyy-mm", YEAR: "yyyy" };
/** The dates people record with a precision; each gets a column of its own saying which. */
const PARTIAL_DATE_COLUMNS: ReadonlySet<ExportColumnKey> = new Set(["signedOn", "effectiveFrom", "expiresOn", "signingCeremonyDate"]);
const isDateCell = (cell: Cell): cell is DateCell => cell !== null && typeof cell === "object";
/**
 * A date cell's number format: its precision, and for an approximate date the word before it as
 * quoted text ("about "yyyy shows "about 2010"), so that it still sorts as a date and the import
 * reads the text shown (read-file.ts) as approximate.
 */
const dateFormat = (cell: DateCell, t: Translator) =>
  cell.approximate ? `"${approximateWord(readerLocale(t) === "zh-CN" ? "zh-CN" : "en")}"${DATE_FORMATS[cell.precision]}` : DATE_FORMATS[cell.precision];

/**
 * The values of one sheet row: every date a real date (so that sorting works), with its precision
 * beside the partial ones; and each value's number format (dates at their precision), by position.
 */
function sheetRow(a: ExportRecord, columns: Column[], t: Translator): { values: ExcelJS.CellValue[]; formats: (string | undefined)[] } {
  const values: ExcelJS.CellValue[] = [];
  const formats: (string | undefined)[] = [];
  for (const c of columns) {
    const cell = c.value(a, t);
    if (isDateCell(cell)) {
      values.push(cell.date);
      formats.push(dateFormat(cell, t));
    } else {
      values.push(typeof cell === "string" ? neutralizeCell(cell) : cell);
      formats.push(undefined);
    }
    if (PARTIAL_DATE_COLUMNS.has(c.key)) {
      values.push(cell !== null && typeof cell === "object" ? t(`exports.precision.${cell.precision}`) : null);
      formats.push(undefined);
    }
  }
  return { values, formats };
}

/**
 * One style object per number format (and, without one, per kind of value), given to every cell
 * that has it. exceljs knows a style object it has seen; each cell's own new object it renders to
 * XML to find its number again, which was most of an Excel export's time. The file's styles are
 * the same: a style's number depends only on its format and, without a format, the kind of value.
 */
class SharedStyles {
  private readonly styles = new Map<string, Partial<ExcelJS.Style>>();
  /** A row's own style (empty), apart from the cells' so that exceljs never takes one for the other. */
  readonly row: Partial<ExcelJS.Style> = {};
  of(type: ExcelJS.ValueType, numFmt: string | undefined): Partial<ExcelJS.Style> {
    const key = numFmt === undefined ? `type ${type}` : `format ${numFmt}`;
    let style = this.styles.get(key);
    if (!style) this.styles.set(key, (style = numFmt === undefined ? {} : { numFmt }));
    return style;
  }
}


interface SheetHeading {
  title: string;
  institution: string | null;
  filters: string;
  day: string;
}

/**
 * Puts `sheets` in this order in the workbook (the order of its tabs), keeping each sheet's file.
 * The streaming writer lists its sheets by the place each holds in a field its types leave out
 * (`_worksheets`, indexed from 1 by id); a test checks the order a reader sees.
 */
function reorderSheets(workbook: ExcelJS.stream.xlsx.WorkbookWriter, sheets: ExcelJS.Worksheet[]) {
  const writer = workbook as unknown as { _worksheets: (ExcelJS.Worksheet | undefined)[] };
  if (writer._worksheets.filter(Boolean).length !== sheets.length) throw new Error("reorderSheets: name every sheet");
  const order: ExcelJS.Worksheet[] = [];
  sheets.forEach((sheet, i) => (order[i + 1] = sheet)); // a hole at 0, as the writer keeps it
  writer._worksheets = order;
}

function xlsxStream(records: AsyncGenerator<ExportRecord[]>, columns: Column[], t: Translator, heading: Promise<SheetHeading>): Readable {
  const output = new PassThrough();
  (async () => {
    const { title, institution, filters, day } = await heading;
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
    // The file's properties name Pacta and the institution, not the library that wrote it.
    workbook.creator = "Pacta";
    workbook.lastModifiedBy = "Pacta";
    // (The streaming writer keeps only the core properties: no "company" field; the subject names the institution.)
    workbook.title = title;
    workbook.subject = institution ?? "";
    workbook.description = filters;
    workbook.created = workbook.modified = new Date();
    // The agreements' sheet is begun first: the file (a zip) is written an entry at a time, in the
    // order the sheets were added, so a sheet added before it and finished last would hold every
    // row in memory until the end (and send no byte before). The first sheet names the report; it
    // is filled once the rows are counted, written last, and put first in the workbook's order.
    const sheet = workbook.addWorksheet(t("exports.sheetName"), { views: [{ state: "frozen", ySplit: 1 }] });
    const about = workbook.addWorksheet(t("exports.summary.sheetName"));
    about.columns = [{ width: 28 }, { width: 70 }];
    reorderSheets(workbook, [about, sheet]);
    const headers = columns.flatMap((c) =>
      PARTIAL_DATE_COLUMNS.has(c.key)
        ? [{ header: columnHeader(t, c.key), width: c.width }, { header: t("exports.precisionOf", { column: columnHeader(t, c.key) }), width: 10 }]
        : [{ header: columnHeader(t, c.key), width: c.width }],
    );
    sheet.columns = headers.map((h, i) => ({ ...h, key: String(i) }));
    sheet.getRow(1).font = { bold: true };
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: headers.length } };
    const counts = new StatusCounts();
    const styles = new SharedStyles();
    const words = rememberingTranslator(t);
    for await (const batch of records) {
      for (const a of batch) {
        counts.add(a.shownStatus);
        const { values, formats } = sheetRow(a, columns, words);
        const row = sheet.addRow(values);
        // (exceljs keeps a row's own style in a property its types leave out.)
        (row as unknown as { style: Partial<ExcelJS.Style> }).style = styles.row;
        for (let i = 0; i < values.length; i++) {
          const cell = row.getCell(i + 1);
          cell.style = styles.of(cell.type, formats[i]);
        }
        row.commit();
      }
      // A slow reader (a download over a slow line) must hold the rows back, not let them pile up in memory.
      if (output.writableNeedDrain) await Promise.race([once(output, "drain"), once(output, "close")]);
      if (output.destroyed) return; // the reader went away: read no further
    }
    sheet.commit();
    const line = (label: string, value: string | number, bold = false) => {
      const row = about.addRow([label, value]);
      row.getCell(1).font = { bold: true };
      if (bold) row.getCell(2).font = { bold: true };
      row.getCell(2).alignment = { wrapText: true, vertical: "top", horizontal: "left" };
      row.commit();
    };
    const titleRow = about.addRow([title]);
    titleRow.font = { bold: true, size: 14 };
    titleRow.commit();
    if (institution) line(t("exports.summary.institution"), institution);
    line(t("exports.summary.filters"), filters);
    line(t("exports.summary.date"), day);
    line(t("exports.summary.total"), counts.total, true);
    for (const [status, count] of counts.entries()) line(t(`labels.status.${status}`), count);
    about.commit();
    await workbook.commit();
  })().catch((error) => output.destroy(error));
  return output;
}

export const EXPORT_CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  json: "application/json; charset=utf-8",
};

/**
 * The export as a Node stream of bytes, with the columns `filters.columns` chooses (all when none).
 * An Excel file opens on a sheet naming the report, the institution, the filters in words, the day
 * (in the institution's zone) and the counts by status.
 */
export function exportStream(
  format: ExportFormat,
  database: Database,
  filters: AgreementListFilters,
  batchSize = BATCH_SIZE,
  t: Translator = translatorFor(),
  now: Date = new Date(),
): Readable {
  const records = exportRecords(database, filters, batchSize);
  const columns = chosenColumns(filters);
  if (format === "xlsx") {
    const heading = (async () => ({
      title: t("exports.register.title"),
      institution: await institutionName(database),
      filters: await describeFilters(database, filters, t),
      day: reportDay(now),
    }))();
    heading.catch(() => {}); // read (and its error passed on) by the stream
    return xlsxStream(records, columns, t, heading);
  }
  // Bytes, not objects: the stream holds back once a batch's text fills its buffer (16 KiB), so a
  // slow reader holds the batches back instead of letting sixteen of them (object mode's limit) pile up.
  const chunks = format === "csv" ? csvChunks(records, columns, rememberingTranslator(t)) : jsonChunks(records, columns);
  return Readable.from(chunks, { objectMode: false });
}
