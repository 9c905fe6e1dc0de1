// The agreements list as a file: the same filter, order and archived rule as the page,
// in CSV (UTF-8 with a BOM, so Excel shows Chinese correctly), Excel .xlsx or JSON.
// Rows are read and written in batches, so a large register never sits in memory whole.
import { PassThrough, Readable } from "node:stream";
import { stringify } from "csv-stringify/sync";
import ExcelJS from "exceljs";
import type { Prisma } from "../../generated/prisma/client.ts";
import type { Database } from "../prisma-client";
import { toIsoPartial, type DatePrecision } from "../dates/partial-date";
import type { AgreementListFilters } from "../agreements/list-params";
import { agreementListOrder, agreementListWhere } from "../agreements/list-where";
import { agreementTermsSelect } from "../agreements/terms-select";
import { effectiveStatus, STATUS_LABELS } from "../agreements/status";
import type { Provider } from "../text-search";
import { neutralizeCell } from "./spreadsheet-safety";

export const EXPORT_FORMATS = ["csv", "xlsx", "json"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const BATCH_SIZE = 1000;

const exportSelect = {
  ...agreementTermsSelect,
  id: true,
  status: true,
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

/** The columns of every export, in order: the list's columns first, then the rest of the record. */
export const EXPORT_COLUMNS: { header: string; width: number; value(a: ExportRecord): Cell }[] = [
  { header: "Reference", width: 15, value: (a) => a.reference },
  { header: "Title", width: 50, value: (a) => a.title },
  { header: "Partners", width: 45, value: (a) => list(a.parties.map((p) => p.organization.name)) },
  { header: "Partner local names", width: 30, value: (a) => list(a.parties.map((p) => p.organization.localName)) },
  { header: "Partner countries", width: 18, value: (a) => list([...new Set(a.parties.map((p) => p.organization.country))]) },
  { header: "Type", width: 30, value: (a) => a.type?.name ?? null },
  { header: "Status", width: 18, value: (a) => STATUS_LABELS[effectiveStatus(a.status, a.expiresOn, a.expiresOnPrecision)] },
  { header: "Signed on", width: 12, value: (a) => dateCell(a.signedOn, a.signedOnPrecision) },
  { header: "Place", width: 16, value: (a) => a.signedPlace },
  { header: "Effective from", width: 12, value: (a) => dateCell(a.effectiveFrom, a.effectiveFromPrecision) },
  { header: "Expires on", width: 12, value: (a) => dateCell(a.expiresOn, a.expiresOnPrecision) },
  { header: "Notice deadline", width: 12, value: (a) => dateCell(a.noticeDeadline, "DAY") },
  { header: "Term (months)", width: 10, value: (a) => a.termMonths },
  { header: "Notice period (days)", width: 10, value: (a) => a.noticePeriodDays },
  { header: "Automatic renewal", width: 10, value: (a) => a.automaticRenewal },
  { header: "Owner", width: 20, value: (a) => a.owner?.name ?? null },
  { header: "Lead unit", width: 30, value: (a) => a.leadUnit?.name ?? null },
  { header: "Focus areas", width: 40, value: (a) => list(a.focusAreas.map((f) => f.focusArea.name)) },
  {
    header: "Signatories",
    width: 45,
    value: (a) =>
      list(a.participants.map((p) => [p.person?.name ?? p.person?.position, p.person?.name && p.person.position ? `(${p.person.position})` : null, p.onBehalfOf ? `for ${p.onBehalfOf.name}` : null].filter(Boolean).join(" "))),
  },
  { header: "Summary", width: 60, value: (a) => a.summary },
  { header: "Notes", width: 40, value: (a) => a.notes },
  { header: "Archived", width: 9, value: (a) => a.archived },
];

/** The rows the filters select, in the list's order, a batch at a time. */
export async function* exportRecords(
  database: Database,
  filters: AgreementListFilters,
  provider: Provider,
  batchSize = BATCH_SIZE,
): AsyncGenerator<ExportRecord[]> {
  const where = agreementListWhere(filters);
  // The id breaks ties, so that no row is skipped or repeated between batches.
  const orderBy = [...agreementListOrder(filters.sort, filters.dir, provider), { id: "asc" as const }];
  for (let skip = 0; ; skip += batchSize) {
    const batch = await database.agreement.findMany({ where, orderBy, select: exportSelect, skip, take: batchSize });
    if (batch.length > 0) yield batch;
    if (batch.length < batchSize) return;
  }
}

/** A cell as text: partial dates at their precision, booleans as yes/no, text made safe for spreadsheets. */
export function cellText(cell: Cell): string {
  if (cell === null) return "";
  if (typeof cell === "boolean") return cell ? "yes" : "no";
  if (typeof cell === "number") return String(cell);
  if (typeof cell === "object") return cell.iso;
  return neutralizeCell(cell);
}

async function* csvChunks(records: AsyncGenerator<ExportRecord[]>) {
  yield "\uFEFF" + stringify([EXPORT_COLUMNS.map((c) => c.header)]);
  for await (const batch of records) {
    yield stringify(batch.map((a) => EXPORT_COLUMNS.map((c) => cellText(c.value(a)))));
  }
}

async function* jsonChunks(records: AsyncGenerator<ExportRecord[]>) {
  yield "[";
  let first = true;
  for await (const batch of records) {
    for (const a of batch) {
      const row = Object.fromEntries(
        EXPORT_COLUMNS.map((c) => {
          const cell = c.value(a);
          return [c.header, cell !== null && typeof cell === "object" ? cell.iso : cell];
        }),
      );
      yield (first ? "\n" : ",\n") + JSON.stringify(row);
      first = false;
    }
  }
  yield "\n]\n";
}

function xlsxStream(records: AsyncGenerator<ExportRecord[]>): Readable {
  const output = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet("Agreements", { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = EXPORT_COLUMNS.map((c, i) => ({ header: c.header, key: String(i), width: c.width }));
  sheet.getRow(1).font = { bold: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: EXPORT_COLUMNS.length } };
  (async () => {
    for await (const batch of records) {
      for (const a of batch) {
        const row = sheet.addRow(
          EXPORT_COLUMNS.map((c) => {
            const cell = c.value(a);
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
  provider: Provider,
  batchSize = BATCH_SIZE,
): Readable {
  const records = exportRecords(database, filters, provider, batchSize);
  if (format === "xlsx") return xlsxStream(records);
  return Readable.from(format === "csv" ? csvChunks(records) : jsonChunks(records));
}
