// The agreements list as a file: the same filter, order and archived rule as the page,
// in CSV (UTF-8 with a BOM, so Excel shows Chinese correctly), Excel .xlsx or JSON, with the
// columns the person chose. The list's order is read once as ids; then rows are read in batches
// of ids (never at an offset), one statement a batch for the agreements and every name they
// refer to. A large register never sits in memory whole (its ids do:
// about 30 bytes an agreement), and the cost is the same for the last batch as for the first.
// The database reads the next batches while the last is written out (decision 032).
import { once } from "node:events";
import { PassThrough, Readable } from "node:stream";
import { stringify } from "csv-stringify/sync";
import ExcelJS from "exceljs";
import { Prisma } from "../../generated/prisma/client.ts";
import { dialectOf, noteQuery, sqliteFileOf, type Database, type Dialect } from "../prisma-client";
import { SqliteReader } from "../sql/sqlite-reader";
import { jsonAggregate, jsonArray, jsonBoolean, jsonDateOf } from "../sql/json";
import { toIsoPartial, type DatePrecision } from "../dates/partial-date";
import { approximateDateText, approximateWord } from "../dates/approximate-date";
import type { AgreementRelationKind, KnowledgeState } from "../enumerations";
import { knowledgeWord } from "../agreements/knowledge-words";
import type { AgreementColumn, AgreementListFilters } from "../agreements/list-params";
import { agreementListOrder, agreementListWhere } from "../agreements/list-where";
import { agreementTermsSelect } from "../agreements/terms-select";
import { shownStatus, type AgreementStatus } from "../agreements/status";
import { RENEWAL_COLUMNS } from "../agreements/running-period";
import { localeOfTranslator, translatorFor, type Messages, type Translator } from "../i18n/translator";
import type { Locale } from "../i18n/locales";
import { referenceName } from "../i18n/names";
import { countryName } from "../i18n/countries";
import { neutralizeCell } from "./spreadsheet-safety";
import { refreshRunningPeriods } from "../agreements/running-period-refresh";
import { now as currentInstant } from "../dates/institution-time";
import { describeFilters, institutionName, reportDay, StatusCounts } from "./report-heading";

export const EXPORT_FORMATS = ["csv", "xlsx", "json"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/**
 * Agreements read by one statement. PostgreSQL plans each batch's statement anew (about 23 ms a
 * plan at 50,000 agreements), so it reads fewer, larger batches: the CSV export 3.45 -> 2.95 s
 * there. SQLite's worker prepares the statement once; a smaller batch lives less long here.
 */
const BATCH_SIZE: Record<Dialect, number> = { sqlite: 1000, postgresql: 2500 };
/**
 * Batches being read while the reader writes out the last. SQLite reads them one at a time in its
 * worker thread; PostgreSQL in a server process for each, two of them beside this one (one ahead:
 * CSV 3.5-4.2 s at 50,000 agreements; two: 2.1-2.9 s).
 */
const READ_AHEAD: Record<Dialect, number> = { sqlite: 1, postgresql: 2 };

/** The agreement's own columns an export carries (read by batchStatement as CODES and TEXTS); the rest are names. */
type OwnColumnsSelect = typeof agreementTermsSelect &
  typeof RENEWAL_COLUMNS & {
    id: true;
    status: true;
    signedOnApproximate: true;
    titleKnowledge: true;
    signatoriesKnowledge: true;
    focusAreasKnowledge: true;
    termKnowledge: true;
    endsOn: true;
    noticeDeadline: true;
    archived: true;
  };
type OwnColumns = Prisma.AgreementGetPayload<{ select: OwnColumnsSelect }>;

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
const readerLocale = localeOfTranslator;

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

/**
 * What a batch row holds, as two JSON arrays in the order listed here (each field's SQL beside
 * it). Codes: the agreement's columns that are codes, numbers, flags and dates, in practice
 * ASCII. Texts: titles, notes and names, then the lists (each a JSON array of entries, an entry
 * an array of fields, in the register's order; null when it has none). Apart, because a string
 * holding one Chinese character takes two bytes for every character: together, each row's one
 * text was 1.4 KB; apart, the codes take one byte a character (a third less in all).
 */
const CODES = {
  id: 'a."id"',
  reference: 'a."reference"',
  status: 'a."status"',
  signedOn: 'a."signedOn"',
  signedOnPrecision: 'a."signedOnPrecision"',
  signedOnApproximate: 'a."signedOnApproximate"',
  effectiveFrom: 'a."effectiveFrom"',
  effectiveFromPrecision: 'a."effectiveFromPrecision"',
  expiresOn: 'a."expiresOn"',
  expiresOnPrecision: 'a."expiresOnPrecision"',
  termMonths: 'a."termMonths"',
  noticePeriodDays: 'a."noticePeriodDays"',
  automaticRenewal: 'a."automaticRenewal"',
  renewalTermMonths: 'a."renewalTermMonths"',
  renewalLimit: 'a."renewalLimit"',
  renewalFinalDate: 'a."renewalFinalDate"',
  noticeGivenOn: 'a."noticeGivenOn"',
  titleKnowledge: 'a."titleKnowledge"',
  signatoriesKnowledge: 'a."signatoriesKnowledge"',
  focusAreasKnowledge: 'a."focusAreasKnowledge"',
  termKnowledge: 'a."termKnowledge"',
  endsOn: 'a."endsOn"',
  noticeDeadline: 'a."noticeDeadline"',
  archived: 'a."archived"',
  ceremonyOn: 'se."heldOn"',
  ceremonyPrecision: 'se."heldOnPrecision"',
  renews: 'ro."reference"',
} as const;
const TEXTS = {
  title: 'a."title"',
  summary: 'a."summary"',
  signedPlace: 'a."signedPlace"',
  notes: 'a."notes"',
  type: 't."name"',
  typeLocal: 't."localName"',
  owner: 'u."name"',
  leadUnit: 'l."name"',
  ceremony: 'se."name"',
} as const;
/** The lists, each gathered for the batch by the WITH table of its name ("x_" and the field). */
const LISTS = ["parties", "signatories", "focusAreas", "relations", "sources", "otherNames"] as const;
/** Each field's place in its array. */
const C = placesOf(Object.keys(CODES) as (keyof typeof CODES)[]);
const T = placesOf([...(Object.keys(TEXTS) as (keyof typeof TEXTS)[]), ...LISTS]);
function placesOf<K extends string>(keys: K[]): Record<K, number> {
  return Object.fromEntries(keys.map((key, i) => [key, i])) as Record<K, number>;
}

/** A text column's value (JSON null is null). */
const textAt = (value: unknown) => value as string | null;
/** An entry's field: null when the database had none, or an empty text (as the lists have always read them). */
const fieldOf = (value: unknown): string | null => (typeof value === "string" && value !== "" ? value : null);
/** A row's list: its entries, each made from its fields by `make`. */
const entriesOf = <T>(value: unknown, make: (fields: unknown[]) => T): T[] => (Array.isArray(value) ? value.map((fields: unknown[]) => make(fields)) : []);

/**
 * A batch of agreements by id, in the order of `ids`, with every name they refer to, in one
 * plain SQL statement. The ids go in as one bound parameter (a JSON array, read as a table with
 * each id's place); the partners (name, local name, country), signatories (whether a person,
 * name, position, on whose behalf), focus areas, outgoing relations, sources and other names are
 * each gathered for the whole batch at once (a join over the batch and one GROUP BY, in the order
 * the register keeps them), and the type, owner, lead unit, ceremony and renewed agreement
 * joined. Each agreement comes back as two JSON arrays (CODES, and TEXTS then LISTS), which the
 * database escapes: Prisma turns every column of every row into a property of an object of its
 * own (three copies, then a Date for each date), which cost more than the statement; two columns
 * a row cost it almost nothing. (A subquery per agreement for each list cost the databases a
 * small plan run per row, PostgreSQL 64 µs, and 1,000 bound ids made PostgreSQL scan every
 * agreement for each batch.) The SQL is the constants' own, never input; the ids are bound.
 */
function batchStatement(dialect: Dialect, ids: string[]): Prisma.Sql {
  const pg = dialect === "postgresql";
  // SQLite: a list kept by a WITH table is text again, which json() makes JSON once more.
  // PostgreSQL: the arrays as text (its driver would parse JSON into objects itself).
  const entries = (fields: string, order: string) => Prisma.raw(jsonAggregate(dialect, jsonArray(dialect, fields), order));
  const batch = JSON.stringify(ids);
  const idsTable = pg
    ? Prisma.sql`SELECT j."id", j."n" FROM json_array_elements_text(${batch}::json) WITH ORDINALITY AS j("id", "n")`
    : Prisma.sql`SELECT j."value" AS "id", j."key" AS "n" FROM json_each(${batch}) j`;
  const asText = Prisma.raw(pg ? "::text" : "");
  const codes = Prisma.raw(jsonArray(dialect, Object.values(CODES).join(", ")));
  const texts = Prisma.raw(jsonArray(dialect, [...Object.values(TEXTS), ...LISTS.map((name) => (pg ? `x_${name}."v"` : `json(x_${name}."v")`))].join(", ")));
  // CROSS JOIN keeps the batch the outer loop in SQLite, whose planner takes the JSON table for
  // the larger side and would walk every relation, source or other name of the register instead.
  return Prisma.sql`
    WITH ids AS (${idsTable}),
    x_parties AS (SELECT p."agreementId" AS "id", ${entries(`o."name", o."localName", o."country"`, `p."order"`)} AS "v"
      FROM ids CROSS JOIN "AgreementParty" p CROSS JOIN "Organization" o
      WHERE p."agreementId" = ids."id" AND o."id" = p."organizationId" AND p."role" <> 'OUR_INSTITUTION' GROUP BY p."agreementId"),
    x_signatories AS (SELECT s."agreementId" AS "id", ${entries(`s."personId" IS NOT NULL, pe."name", pe."position", ob."name"`, `s."order"`)} AS "v"
      FROM ids CROSS JOIN "Participant" s LEFT JOIN "Person" pe ON pe."id" = s."personId" LEFT JOIN "Organization" ob ON ob."id" = s."onBehalfOfId"
      WHERE s."agreementId" = ids."id" AND s."role" = 'SIGNATORY' GROUP BY s."agreementId"),
    x_focusAreas AS (SELECT af."agreementId" AS "id", ${entries(`fa."name", fa."localName"`, `fa."name"`)} AS "v"
      FROM ids CROSS JOIN "AgreementFocusArea" af CROSS JOIN "FocusArea" fa
      WHERE af."agreementId" = ids."id" AND fa."id" = af."focusAreaId" GROUP BY af."agreementId"),
    x_relations AS (SELECT rel."fromId" AS "id", ${entries(`rel."kind", ra."reference"`, `rel."kind", ra."reference"`)} AS "v"
      FROM ids CROSS JOIN "AgreementRelation" rel CROSS JOIN "Agreement" ra
      WHERE rel."fromId" = ids."id" AND ra."id" = rel."toId" GROUP BY rel."fromId"),
    x_sources AS (SELECT es."id", ${entries(`coalesce(es."url", es."title")`, `es."title", es."sourceId"`)} AS "v"
      FROM (SELECT DISTINCT ev."agreementId" AS "id", src."id" AS "sourceId", src."title", src."url"
        FROM ids CROSS JOIN "Evidence" ev CROSS JOIN "Source" src WHERE ev."agreementId" = ids."id" AND src."id" = ev."sourceId") es
      GROUP BY es."id"),
    x_otherNames AS (SELECT an."agreementId" AS "id", ${entries(`an."name"`, `an."order", an."id"`)} AS "v"
      FROM ids CROSS JOIN "AgreementName" an WHERE an."agreementId" = ids."id" GROUP BY an."agreementId")
    SELECT ${codes}${asText} AS "x_codes", ${texts}${asText} AS "x_texts"
    FROM ids CROSS JOIN "Agreement" a LEFT JOIN "AgreementType" t ON t."id" = a."typeId" LEFT JOIN "User" u ON u."id" = a."ownerId"
      LEFT JOIN "Organization" l ON l."id" = a."leadUnitId" LEFT JOIN "SigningEvent" se ON se."id" = a."signingEventId"
      LEFT JOIN "Agreement" ro ON ro."id" = a."renewalOfId"
      LEFT JOIN x_parties ON x_parties."id" = a."id" LEFT JOIN x_signatories ON x_signatories."id" = a."id" LEFT JOIN x_focusAreas ON x_focusAreas."id" = a."id"
      LEFT JOIN x_relations ON x_relations."id" = a."id" LEFT JOIN x_sources ON x_sources."id" = a."id" LEFT JOIN x_otherNames ON x_otherNames."id" = a."id"
    WHERE a."id" = ids."id"
    ORDER BY ids."n"`;
}

/**
 * Reads batches (`batchStatement`) of one export. PostgreSQL: through Prisma, each statement in a
 * server process of its own. SQLite: on a read-only connection in a worker thread (SqliteReader),
 * so that SQLite reads the next batch while this thread writes out the last, instead of one after
 * the other (decision 032). `close()` when the export ends.
 */
function batchReader(database: Database): { read(ids: string[]): Promise<RowTexts[]>; close(): Promise<void> } {
  const dialect = dialectOf(database);
  const file = sqliteFileOf(database);
  if (dialect === "postgresql" || file === null) {
    return {
      // Only the texts are kept, not Prisma's objects around them.
      read: async (ids) => (await database.$queryRaw<{ x_codes: string; x_texts: string }[]>(batchStatement(dialect, ids))).map((row) => [row.x_codes, row.x_texts]),
      close: async () => {},
    };
  }
  let reader: SqliteReader | null = null;
  return {
    read: (ids) => {
      const statement = batchStatement(dialect, ids);
      reader ??= new SqliteReader(file, statement.sql);
      noteQuery(database, statement.sql);
      return reader.read(statement.values) as Promise<RowTexts[]>;
    },
    close: async () => void (await reader?.close()),
  };
}

/** A batch row as the database wrote it: its codes and its texts, each a JSON array. */
type RowTexts = [codes: string, texts: string];

/**
 * A batch row as an ExportRecord, built as one object literal: every record has the same shape,
 * so that the columns read its fields quickly.
 */
function recordOf(c: unknown[], x: unknown[], dateOf: (value: unknown) => Date | null, now: Date): ExportRecord {
  const record: ExportRecord = {
    id: c[C.id] as string,
    reference: c[C.reference] as string,
    title: textAt(x[T.title]),
    summary: textAt(x[T.summary]),
    status: c[C.status] as AgreementStatus,
    shownStatus: "DRAFT",
    signedOn: dateOf(c[C.signedOn]),
    signedOnPrecision: c[C.signedOnPrecision] as DatePrecision | null,
    signedOnApproximate: jsonBoolean(c[C.signedOnApproximate]),
    signedPlace: textAt(x[T.signedPlace]),
    effectiveFrom: dateOf(c[C.effectiveFrom]),
    effectiveFromPrecision: c[C.effectiveFromPrecision] as DatePrecision | null,
    expiresOn: dateOf(c[C.expiresOn]),
    expiresOnPrecision: c[C.expiresOnPrecision] as DatePrecision | null,
    termMonths: c[C.termMonths] as number | null,
    noticePeriodDays: c[C.noticePeriodDays] as number | null,
    automaticRenewal: jsonBoolean(c[C.automaticRenewal]),
    renewalTermMonths: c[C.renewalTermMonths] as number | null,
    renewalLimit: c[C.renewalLimit] as number | null,
    renewalFinalDate: dateOf(c[C.renewalFinalDate]),
    noticeGivenOn: dateOf(c[C.noticeGivenOn]),
    notes: textAt(x[T.notes]),
    titleKnowledge: c[C.titleKnowledge] as KnowledgeState,
    signatoriesKnowledge: c[C.signatoriesKnowledge] as KnowledgeState,
    focusAreasKnowledge: c[C.focusAreasKnowledge] as KnowledgeState,
    termKnowledge: c[C.termKnowledge] as KnowledgeState,
    endsOn: dateOf(c[C.endsOn]),
    noticeDeadline: dateOf(c[C.noticeDeadline]),
    archived: jsonBoolean(c[C.archived]),
    type: typeof x[T.type] === "string" ? { name: x[T.type] as string, localName: textAt(x[T.typeLocal]) } : null,
    owner: typeof x[T.owner] === "string" ? { name: x[T.owner] as string } : null,
    leadUnit: typeof x[T.leadUnit] === "string" ? { name: x[T.leadUnit] as string } : null,
    parties: entriesOf(x[T.parties], ([name, localName, country]) => ({ organization: { name: fieldOf(name) ?? "", localName: fieldOf(localName), country: fieldOf(country) } })),
    participants: entriesOf(x[T.signatories], ([person, name, position, onBehalfOf]) => ({
      person: jsonBoolean(person) ? { name: fieldOf(name), position: fieldOf(position) } : null,
      onBehalfOf: fieldOf(onBehalfOf) === null ? null : { name: onBehalfOf as string },
    })),
    focusAreas: entriesOf(x[T.focusAreas], ([name, localName]) => ({ focusArea: { name: fieldOf(name) ?? "", localName: fieldOf(localName) } })),
    signingEvent:
      typeof x[T.ceremony] === "string"
        ? { name: x[T.ceremony] as string, heldOn: dateOf(c[C.ceremonyOn]), heldOnPrecision: (c[C.ceremonyPrecision] as DatePrecision | null) ?? null }
        : null,
    renewalOf: typeof c[C.renews] === "string" ? { reference: c[C.renews] as string } : null,
    relations: entriesOf(x[T.relations], ([kind, reference]) => ({ kind: kind as AgreementRelationKind, reference: fieldOf(reference) ?? "" })),
    sources: entriesOf(x[T.sources], ([address]) => fieldOf(address) ?? ""),
    otherNames: entriesOf(x[T.otherNames], ([name]) => fieldOf(name) ?? ""),
  };
  record.shownStatus = shownStatus(record, now);
  return record;
}

/**
 * A batch as the database wrote it: each agreement two JSON texts (RowTexts). The writers take
 * each row as a record when they write it, and the batch lets its texts go: a record lives for
 * one row and a text until its row is written, not for the whole batch. Whatever outlives two of
 * V8's young collections (one every ~14 MB allocated) is moved to the old generation, which only
 * a full collection empties: 1,000 records made at once and kept for the batch were moved there
 * batch after batch.
 */
class RowBatch {
  constructor(
    private readonly texts: (RowTexts | null)[],
    private readonly make: (texts: RowTexts) => ExportRecord,
  ) {}
  get length() {
    return this.texts.length;
  }
  /** Row `i` as a record (once: its text is let go). */
  take(i: number): ExportRecord {
    const text = this.texts[i]!;
    this.texts[i] = null;
    return this.make(text);
  }
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
async function* exportBatches(database: Database, filters: AgreementListFilters, chosenBatchSize: number | undefined, now: Date): AsyncGenerator<RowBatch> {
  await refreshRunningPeriods(database, now);
  const dialect = dialectOf(database);
  const batchSize = chosenBatchSize ?? BATCH_SIZE[dialect];
  const where = agreementListWhere(filters);
  // The id breaks ties, so that the order is the same however often it is read.
  const orderBy = [...agreementListOrder(filters.sort, filters.dir, dialect), { id: "asc" as const }];
  const ids = (await database.agreement.findMany({ where, orderBy, select: { id: true } })).map((a) => a.id);
  const dateOf = jsonDateOf(dialect);
  const record = ([codes, texts]: RowTexts) => recordOf(JSON.parse(codes) as unknown[], JSON.parse(texts) as unknown[], dateOf, now);
  const reader = batchReader(database);
  // The database reads the next batches while the reader writes out the last (READ_AHEAD).
  const reading: Promise<RowTexts[]>[] = [];
  let unread = 0;
  const readOn = () => {
    for (; unread < ids.length && reading.length < READ_AHEAD[dialect]; unread += batchSize) {
      const batch = reader.read(ids.slice(unread, unread + batchSize));
      // Its error is thrown where it is awaited, in its turn; never unhandled meanwhile.
      batch.catch(() => {});
      reading.push(batch);
    }
  };
  try {
    readOn();
    while (reading.length > 0) {
      const rows = await reading.shift()!;
      readOn();
      if (rows.length > 0) yield new RowBatch(rows, record);
    }
  } finally {
    await reader.close();
  }
}

/**
 * The rows the filters select, in the list's order, as ExportRecords a batch at a time (the
 * PDF register's reading; the file exports read `exportBatches`).
 * @param now the instant whose day decides each agreement's shown status.
 */
export async function* exportRecords(
  database: Database,
  filters: AgreementListFilters,
  batchSize?: number,
  now: Date = currentInstant(),
): AsyncGenerator<ExportRecord[]> {
  for await (const batch of exportBatches(database, filters, batchSize, now)) yield Array.from({ length: batch.length }, (_, i) => batch.take(i));
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

// The CSV text is csv-stringify's (a well-kept library; the import reads what it writes), a batch at a time.
async function* csvChunks(batches: AsyncGenerator<RowBatch>, columns: Column[], t: Translator) {
  yield "\uFEFF" + stringify([columns.map((c) => columnHeader(t, c.key))]);
  const rows: string[][] = [];
  for await (const batch of batches) {
    for (let r = 0; r < batch.length; r++) {
      const a = batch.take(r);
      rows.push(columns.map((c) => cellText(c.value(a, t), t)));
      if (rows.length === CHUNK_ROWS) yield stringify(rows.splice(0));
    }
    if (rows.length > 0) yield stringify(rows.splice(0));
  }
}

// Text leaves in chunks of at most this many rows (tens of KB): a batch's text at once (~0.7 MB
// as UTF-16) is a "large object", which V8 keeps until a full collection however soon it dies.
const CHUNK_ROWS = 100;
/** The pieces as one text; `pieces` is emptied. */
function textOf(pieces: string[]): string {
  const text = pieces.join("");
  pieces.length = 0;
  return text;
}

async function* jsonChunks(batches: AsyncGenerator<RowBatch>, columns: Column[]) {
  const english = rememberingTranslator(translatorFor("en"));
  yield "[";
  const lines: string[] = [];
  let first = true;
  for await (const batch of batches) {
    for (let r = 0; r < batch.length; r++) {
      const a = batch.take(r);
      const row = Object.fromEntries(
        columns.map((c) => {
          const cell = c.value(a, english);
          return [columnHeader(english, c.key), cell !== null && typeof cell === "object" ? cellText(cell, english) : cell];
        }),
      );
      lines.push((first ? "\n" : ",\n") + JSON.stringify(row));
      first = false;
      if (lines.length === CHUNK_ROWS) yield textOf(lines);
    }
    if (lines.length > 0) yield textOf(lines);
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

function xlsxStream(batches: AsyncGenerator<RowBatch>, columns: Column[], t: Translator, heading: Promise<SheetHeading>): Readable {
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
    for await (const batch of batches) {
      for (let r = 0; r < batch.length; r++) {
        const a = batch.take(r);
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
  batchSize?: number,
  t: Translator = translatorFor(),
  now: Date = new Date(),
): Readable {
  // Statuses as shown now (the clock the rest of Pacta reads); `now` is the day the heading names.
  const batches = exportBatches(database, filters, batchSize, currentInstant());
  const columns = chosenColumns(filters);
  if (format === "xlsx") {
    const heading = (async () => ({
      title: t("exports.register.title"),
      institution: await institutionName(database, readerLocale(t)),
      filters: await describeFilters(database, filters, t),
      day: reportDay(now),
    }))();
    heading.catch(() => {}); // read (and its error passed on) by the stream
    return xlsxStream(batches, columns, t, heading);
  }
  // Bytes, not objects: the stream holds back once a batch's text fills its buffer (16 KiB), so a
  // slow reader holds the batches back instead of letting sixteen of them (object mode's limit) pile up.
  const chunks = format === "csv" ? csvChunks(batches, columns, rememberingTranslator(t)) : jsonChunks(batches, columns);
  return Readable.from(chunks, { objectMode: false });
}
