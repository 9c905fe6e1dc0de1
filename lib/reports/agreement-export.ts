// The agreements list as a file: the same filter, order and archived rule as the page,
// in CSV (UTF-8 with a BOM, so Excel shows Chinese correctly), Excel .xlsx or JSON.
// Rows are read and written in batches, so a large register never sits in memory whole.
import { PassThrough, Readable } from "node:stream";
import { stringify } from "csv-stringify/sync";
import ExcelJS from "exceljs";
import type { Prisma } from "../../generated/prisma/client.ts";
import { dialectOf, type Database } from "../prisma-client";
import { toIsoPartial, type DatePrecision } from "../dates/partial-date";
import type { AgreementColumn, AgreementListFilters } from "../agreements/list-params";
import { agreementListOrder, agreementListWhere } from "../agreements/list-where";
import { agreementTermsSelect } from "../agreements/terms-select";
import { shownStatus } from "../agreements/status";
import { RENEWAL_COLUMNS } from "../agreements/running-period";
import { translatorFor, type Messages, type Translator } from "../i18n/translator";
import { neutralizeCell } from "./spreadsheet-safety";
import { refreshRunningPeriods } from "../agreements/running-period-refresh";

export const EXPORT_FORMATS = ["csv", "xlsx", "json"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const BATCH_SIZE = 1000;

const exportSelect = {
  ...agreementTermsSelect,
  ...RENEWAL_COLUMNS,
  id: true,
  status: true,
  endsOn: true,
  noticeDeadline: true,
  archived: true,
  type: { select: { name: true } },
  owner: { select: { name: true } },
  leadUnit: { select: { name: true } },
  parties: {
    where: { role: { not: "OUR_INSTITUTION" } },
    orderBy: { order: "asc" },
    select: { organization: { select: { name: true, localName: true, country: true } } },
  },
  participants: {
    where: { role: "SIGNATORY" },
    orderBy: { order: "asc" },
    select: { person: { select: { name: true, position: true } }, onBehalfOf: { select: { name: true } } },
  },
  focusAreas: { select: { focusArea: { select: { name: true } } }, orderBy: { focusArea: { name: "asc" } } },
} satisfies Prisma.AgreementSelect;

type ExportRecord = Prisma.AgreementGetPayload<{ select: typeof exportSelect }>;

/** A partial date's value at its precision; day-precision dates are real dates in Excel. */
export interface DateCell {
  iso: string;
  precision: DatePrecision;
  date: Date;
}
export type Cell = string | number | boolean | DateCell | null;

const dateCell = (date: Date | null, precision: DatePrecision | null): DateCell | null =>
  date ? { iso: toIsoPartial(date, precision ?? "DAY"), precision: precision ?? "DAY", date } : null;
const list = (values: (string | null | undefined)[]) => values.filter(Boolean).join("; ");

export type ExportColumnKey = keyof Messages["exports"]["columns"];
// The list's column choice and the exports' columns are one set of keys.
const _sameKeys: [ExportColumnKey, AgreementColumn] = [null as unknown as AgreementColumn, null as unknown as ExportColumnKey];
void _sameKeys;

/**
 * The columns of every export, in order: the list's columns first, then the rest of the record.
 * Headers and words (status, yes/no) are in the reader's language; JSON keeps English keys for programs.
 */
export const EXPORT_COLUMNS: { key: ExportColumnKey; width: number; value(a: ExportRecord, t: Translator): Cell }[] = [
  { key: "reference", width: 15, value: (a) => a.reference },
  { key: "title", width: 50, value: (a) => a.title },
  { key: "partners", width: 45, value: (a) => list(a.parties.map((p) => p.organization.name)) },
  { key: "partnerLocalNames", width: 30, value: (a) => list(a.parties.map((p) => p.organization.localName)) },
  { key: "partnerCountries", width: 18, value: (a) => list([...new Set(a.parties.map((p) => p.organization.country))]) },
  { key: "type", width: 30, value: (a) => a.type?.name ?? null },
  { key: "status", width: 18, value: (a, t) => t(`labels.status.${shownStatus(a)}`) },
  { key: "signedOn", width: 12, value: (a) => dateCell(a.signedOn, a.signedOnPrecision) },
  { key: "place", width: 16, value: (a) => a.signedPlace },
  { key: "effectiveFrom", width: 12, value: (a) => dateCell(a.effectiveFrom, a.effectiveFromPrecision) },
  { key: "expiresOn", width: 12, value: (a) => dateCell(a.expiresOn, a.expiresOnPrecision) },
  // The last day of the running period (of the current term, for an agreement that renews automatically): what people act on.
  { key: "endsOn", width: 12, value: (a) => dateCell(a.endsOn, "DAY") },
  { key: "noticeDeadline", width: 12, value: (a) => dateCell(a.noticeDeadline, "DAY") },
  { key: "termMonths", width: 10, value: (a) => a.termMonths },
  { key: "noticePeriodDays", width: 10, value: (a) => a.noticePeriodDays },
  { key: "automaticRenewal", width: 10, value: (a) => a.automaticRenewal },
  { key: "owner", width: 20, value: (a) => a.owner?.name ?? null },
  { key: "leadUnit", width: 30, value: (a) => a.leadUnit?.name ?? null },
  { key: "focusAreas", width: 40, value: (a) => list(a.focusAreas.map((f) => f.focusArea.name)) },
  {
    key: "signatories",
    width: 45,
    value: (a, t) =>
      list(
        a.participants.map((p) =>
          [p.person?.name ?? p.person?.position, p.person?.name && p.person.position ? `(${p.person.position})` : null, p.onBehalfOf ? t("exports.signsFor", { organization: p.onBehalfOf.name }) : null]
            .filter(Boolean)
            .join(" "),
        ),
      ),
  },
  { key: "summary", width: 60, value: (a) => a.summary },
  { key: "notes", width: 40, value: (a) => a.notes },
  { key: "archived", width: 9, value: (a) => a.archived },
];

/** The rows the filters select, in the list's order, a batch at a time. */
export async function* exportRecords(
  database: Database,
  filters: AgreementListFilters,
  batchSize = BATCH_SIZE,
): AsyncGenerator<ExportRecord[]> {
  await refreshRunningPeriods(database);
  const where = agreementListWhere(filters);
  // The id breaks ties, so that no row is skipped or repeated between batches.
  const orderBy = [...agreementListOrder(filters.sort, filters.dir, dialectOf(database)), { id: "asc" as const }];
  for (let skip = 0; ; skip += batchSize) {
    const batch = await database.agreement.findMany({ where, orderBy, select: exportSelect, skip, take: batchSize });
    if (batch.length > 0) yield batch;
    if (batch.length < batchSize) return;
  }
}

/** A cell as text: partial dates at their precision, booleans as yes/no, text made safe for spreadsheets. */
export function cellText(cell: Cell, t: Translator = translatorFor()): string {
  if (cell === null) return "";
  if (typeof cell === "boolean") return t(cell ? "exports.yes" : "exports.no");
  if (typeof cell === "number") return String(cell);
  if (typeof cell === "object") return cell.iso;
  return neutralizeCell(cell);
}

export const columnHeader = (t: Translator, key: ExportColumnKey) => t(`exports.columns.${key}`);

async function* csvChunks(records: AsyncGenerator<ExportRecord[]>, t: Translator) {
  yield "\uFEFF" + stringify([EXPORT_COLUMNS.map((c) => columnHeader(t, c.key))]);
  for await (const batch of records) {
    yield stringify(batch.map((a) => EXPORT_COLUMNS.map((c) => cellText(c.value(a, t), t))));
  }
}

async function* jsonChunks(records: AsyncGenerator<ExportRecord[]>) {
  const english = translatorFor("en");
  yield "[";
  let first = true;
  for await (const batch of records) {
    for (const a of batch) {
      const row = Object.fromEntries(
        EXPORT_COLUMNS.map((c) => {
          const cell = c.value(a, english);
          return [columnHeader(english, c.key), cell !== null && typeof cell === "object" ? cell.iso : cell];
        }),
      );
      yield (first ? "\n" : ",\n") + JSON.stringify(row);
      first = false;
    }
  }
  yield "\n]\n";
}

function xlsxStream(records: AsyncGenerator<ExportRecord[]>, t: Translator): Readable {
  const output = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet(t("exports.sheetName"), { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = EXPORT_COLUMNS.map((c, i) => ({ header: columnHeader(t, c.key), key: String(i), width: c.width }));
  sheet.getRow(1).font = { bold: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: EXPORT_COLUMNS.length } };
  (async () => {
    for await (const batch of records) {
      for (const a of batch) {
        const row = sheet.addRow(
          EXPORT_COLUMNS.map((c) => {
            const cell = c.value(a, t);
            if (cell !== null && typeof cell === "object") return cell.precision === "DAY" ? cell.date : cell.iso;
            if (typeof cell === "string") return neutralizeCell(cell);
            return cell;
          }),
        );
        row.eachCell((cell) => {
          if (cell.value instanceof Date) cell.numFmt = "yyyy-mm-dd";
        });
        row.commit();
      }
    }
    sheet.commit();
    await workbook.commit();
  })().catch((error) => output.destroy(error));
  return output;
}

export const EXPORT_CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  json: "application/json; charset=utf-8",
};

/** The export as a Node stream of bytes. */
export function exportStream(
  format: ExportFormat,
  database: Database,
  filters: AgreementListFilters,
  batchSize = BATCH_SIZE,
  t: Translator = translatorFor(),
): Readable {
  const records = exportRecords(database, filters, batchSize);
  if (format === "xlsx") return xlsxStream(records, t);
  return Readable.from(format === "csv" ? csvChunks(records, t) : jsonChunks(records));
}
