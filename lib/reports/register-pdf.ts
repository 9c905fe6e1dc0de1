// The register: the filtered agreements list as a printable PDF, with the columns the person
// chose, the institution's name, the filters in words, the day of the report and the totals.
import type { Database } from "../prisma-client";
import type { AgreementListFilters } from "../agreements/list-params";
import { shownStatus } from "../agreements/status";
import { agreementNameIn } from "../agreements/label-text";
import { localeOfTranslator, translatorFor, type Translator } from "../i18n/translator";
import { chosenColumns, columnHeader, EXPORT_COLUMNS, exportRecords, type Cell, type ExportColumnKey } from "./agreement-export";
import { describeFilters, institutionName, reportDay, StatusCounts } from "./report-heading";
import { breakLines, drawLines, linesHeight, namePieces, numberPages, wordPieces, createPdf, type Pdf, type Run } from "./pdf-document";

/** Today's register without a choice of columns: what fits a landscape page. */
const DEFAULT_COLUMNS: { key: ExportColumnKey; header?: "signed" | "ends"; width: number }[] = [
  { key: "reference", width: 0.1 },
  { key: "title", width: 0.27 },
  { key: "partners", width: 0.25 },
  { key: "partnerLocalNames", width: 0.14 },
  { key: "status", width: 0.08 },
  { key: "signedOn", header: "signed", width: 0.08 },
  { key: "expiresOn", header: "ends", width: 0.08 },
];

/** Columns that list names, references or dates: each stays whole on one line when it fits one (never "AG-2020-" / "0001"). */
const NAME_COLUMNS: ReadonlySet<ExportColumnKey> = new Set([
  "partners", "partnerLocalNames", "partnerCountries", "type", "owner", "leadUnit", "focusAreas", "signatories", "place",
  "reference", "signedOn", "effectiveFrom", "expiresOn", "endsOn", "noticeDeadline",
]);
const SIZE = 8;
/** Points a reference ("AG-2020-0001") and a day ("2020-01-03") need at SIZE, padding included. */
const WHOLE_WIDTH: Partial<Record<ExportColumnKey, number>> = {
  reference: 62, signedOn: 50, effectiveFrom: 50, expiresOn: 50, endsOn: 50, noticeDeadline: 50,
};
const PADDING = 3;

const text = (cell: Cell, t: Translator) =>
  cell === null ? "" : typeof cell === "object" ? cell.iso : typeof cell === "boolean" ? t(cell ? "exports.yes" : "exports.no") : String(cell);

interface Table {
  keys: ExportColumnKey[];
  widths: number[];
  header: string[];
}

function tableOf(filters: AgreementListFilters, usable: number, t: Translator): Table {
  const chosen = filters.columns?.length ? chosenColumns(filters).map((c) => ({ key: c.key, width: c.width, header: undefined as "signed" | "ends" | undefined })) : DEFAULT_COLUMNS;
  // Shares of the page, but never narrower than a reference or a date needs to stay whole; the
  // other columns give up what those take.
  const floor = (key: ExportColumnKey) => WHOLE_WIDTH[key] ?? 0;
  const floored = chosen.filter((c) => floor(c.key) > 0);
  const rest = chosen.filter((c) => floor(c.key) === 0);
  const restSum = rest.reduce((total, c) => total + c.width, 0);
  const sum = chosen.reduce((total, c) => total + c.width, 0);
  const share = (c: { key: ExportColumnKey; width: number }) => (c.width / sum) * usable;
  const fixed = floored.reduce((total, c) => total + Math.max(share(c), floor(c.key)), 0);
  const widthOf = (c: { key: ExportColumnKey; width: number }) =>
    floor(c.key) > 0 ? Math.max(share(c), floor(c.key)) : restSum > 0 ? (c.width / restSum) * Math.max(usable - fixed, 0) : share(c);
  return {
    keys: chosen.map((c) => c.key),
    widths: chosen.map(widthOf),
    header: chosen.map((c) => (c.header ? t(`exports.register.${c.header}`) : columnHeader(t, c.key))),
  };
}

/** A cell's lines: names kept whole where they fit, other text broken between words. */
function cellLines(doc: Pdf, key: ExportColumnKey | null, value: string, width: number, bold: boolean, t: Translator): Run[][] {
  const pieces = key && NAME_COLUMNS.has(key) ? namePieces(value, t("meta.listSeparator")) : wordPieces(value);
  return breakLines(doc, pieces, width - 2 * PADDING, SIZE, bold ? "bold" : "body");
}

/** Writes one row; a row that does not fit starts a new page, which repeats the header first. Cells in `grey` are drawn grey (a label, not a title). */
function tableRow(doc: Pdf, table: Table, values: string[], bold: boolean, t: Translator, repeatHeader: boolean, grey: ReadonlySet<number> = new Set()) {
  const left = doc.page.margins.left;
  const cells = values.map((v, i) => cellLines(doc, bold ? null : table.keys[i], v, table.widths[i], bold, t));
  const height = Math.max(...cells.map((lines) => linesHeight(doc, lines, SIZE))) + 2 * PADDING;
  if (doc.y + height > doc.page.height - doc.page.margins.bottom - 20) {
    doc.addPage();
    doc.y = doc.page.margins.top;
    if (repeatHeader) tableRow(doc, table, table.header, true, t, false);
  }
  const top = doc.y;
  let x = left;
  cells.forEach((lines, i) => {
    drawLines(doc, lines, x + PADDING, top + PADDING, SIZE, bold ? "#0f172a" : grey.has(i) ? "#64748b" : "#1e293b");
    x += table.widths[i];
  });
  doc
    .moveTo(left, top + height)
    .lineTo(left + table.widths.reduce((a, b) => a + b, 0), top + height)
    .strokeColor("#e2e8f0")
    .lineWidth(0.5)
    .stroke();
  doc.x = left;
  doc.y = top + height;
}

/** A paragraph across the page, broken between words, in the fonts that have its characters. */
function paragraph(doc: Pdf, value: string, size: number, color: string, bold = false) {
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  const lines = breakLines(doc, wordPieces(value), width, size, bold ? "bold" : "body");
  const top = doc.y;
  doc.y = top + drawLines(doc, lines, doc.page.margins.left, top, size, color);
}

/**
 * The register of the agreements `filters` select, in the list's order, with the columns
 * `filters.columns` chooses (none: reference, title, partners, local names, status, signed, ends).
 * @param now the moment of the report; its day in the institution's zone is printed.
 */
export async function registerPdf(
  database: Database,
  filters: AgreementListFilters,
  now: Date = new Date(),
  t: Translator = translatorFor(),
): Promise<Pdf> {
  const title = t("exports.register.title");
  const readerLocale = localeOfTranslator(t);
  const [institution, filterWords] = await Promise.all([institutionName(database, readerLocale), describeFilters(database, filters, t)]);
  const doc = createPdf({ title, landscape: true, author: institution ?? undefined, subject: filterWords });
  const usable = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  const table = tableOf(filters, usable, t);
  const index = table.keys.map((key) => EXPORT_COLUMNS.findIndex((e) => e.key === key));

  if (institution) paragraph(doc, institution, 11, "#334155", true);
  paragraph(doc, title, 18, "#0f172a", true);
  doc.y += 2;
  paragraph(doc, t("exports.register.printed", { date: reportDay(now), filters: filterWords }), 9, "#475569");
  doc.y += 10;

  tableRow(doc, table, table.header, true, t, false);
  const counts = new StatusCounts();
  for await (const batch of exportRecords(database, filters)) {
    for (const record of batch) {
      // An untitled agreement's title cell holds its label (type and partners) in grey: a spreadsheet export's says "not known" or "none" (it must import back).
      const labelled = record.title ? null : agreementNameIn(record, readerLocale).text;
      const values = index.map((i) => (labelled !== null && EXPORT_COLUMNS[i].key === "title" ? labelled : text(EXPORT_COLUMNS[i].value(record, t), t)));
      const grey = new Set(labelled === null ? [] : index.flatMap((i, position) => (EXPORT_COLUMNS[i].key === "title" ? [position] : [])));
      tableRow(doc, table, values, false, t, true, grey);
      counts.add(shownStatus(record));
    }
  }
  doc.y += 8;
  if (doc.y + 40 > doc.page.height - doc.page.margins.bottom) {
    doc.addPage();
    doc.y = doc.page.margins.top;
  }
  paragraph(doc, t("exports.register.count", { count: counts.total }), 10, "#0f172a", true);
  const byStatus = counts.entries().map(([status, count]) => t("exports.register.statusCount", { status: t(`labels.status.${status}`), count }));
  if (byStatus.length > 0) paragraph(doc, byStatus.join(t("meta.listSeparator")), 9, "#475569");
  numberPages(doc, title, t);
  return doc;
}
