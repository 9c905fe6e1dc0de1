// The register: the filtered agreements list as a printable PDF, with a title, the date
// and what the filters were.
import type { Database } from "../prisma-client";
import type { AgreementListFilters } from "../agreements/list-params";
import { translatorFor, type Messages, type Translator } from "../i18n/translator";
import { columnHeader, EXPORT_COLUMNS, exportRecords, type Cell, type ExportColumnKey } from "./agreement-export";
import { createPdf, numberPages, type Pdf } from "./pdf-document";

const COLUMNS: { key: ExportColumnKey; header?: "signed" | "ends"; width: number }[] = [
  { key: "reference", width: 0.1 },
  { key: "title", width: 0.27 },
  { key: "partners", width: 0.25 },
  { key: "partnerLocalNames", width: 0.14 },
  { key: "status", width: 0.08 },
  { key: "signedOn", header: "signed", width: 0.08 },
  { key: "expiresOn", header: "ends", width: 0.08 },
];

const text = (cell: Cell) => (cell === null ? "" : typeof cell === "object" ? cell.iso : String(cell));

/** The filters in words, naming partners, types and the like rather than their ids. */
export async function describeFilters(database: Database, filters: AgreementListFilters, t: Translator = translatorFor()): Promise<string> {
  const name = async (find: () => Promise<{ name: string } | null>) => (await find())?.name ?? t("exports.register.filters.unknown");
  const f = (key: Exclude<keyof Messages["exports"]["register"]["filters"], "none">, values: Record<string, string | number> = {}) =>
    t(`exports.register.filters.${key}`, values as never);
  const parts: string[] = [];
  if (filters.q) parts.push(f("search", { q: filters.q }));
  if (filters.status) parts.push(f("status", { status: t(`labels.status.${filters.status}`) }));
  if (filters.type) parts.push(f("type", { name: await name(() => database.agreementType.findUnique({ where: { id: filters.type! }, select: { name: true } })) }));
  if (filters.partner) parts.push(f("partner", { name: await name(() => database.organization.findUnique({ where: { id: filters.partner! }, select: { name: true } })) }));
  if (filters.partnerKind) parts.push(f("partnerKind", { kind: t(`labels.organizationKind.${filters.partnerKind}`) }));
  if (filters.country) parts.push(f("country", { country: filters.country }));
  if (filters.region) parts.push(f("region", { region: filters.region }));
  if (filters.focus) parts.push(f("focus", { name: await name(() => database.focusArea.findUnique({ where: { id: filters.focus! }, select: { name: true } })) }));
  if (filters.owner) parts.push(f("owner", { name: await name(() => database.user.findUnique({ where: { id: filters.owner! }, select: { name: true } })) }));
  if (filters.leadUnit) parts.push(f("leadUnit", { name: await name(() => database.organization.findUnique({ where: { id: filters.leadUnit! }, select: { name: true } })) }));
  if (filters.signedFrom) parts.push(f("signedFrom", { date: filters.signedFrom }));
  if (filters.signedTo) parts.push(f("signedTo", { date: filters.signedTo }));
  if (filters.expiringWithin) parts.push(f("expiringWithin", { days: filters.expiringWithin }));
  if (filters.noticeWithin) parts.push(f("noticeWithin", { days: filters.noticeWithin }));
  parts.push(f(filters.archived === "only" ? "archivedOnly" : filters.archived === "include" ? "archivedIncluded" : "archivedLeftOut"));
  return parts.join(t("meta.listSeparator"));
}

/** Writes one row; a row that does not fit starts a new page, which repeats `header` first. */
function tableRow(doc: Pdf, values: string[], widths: number[], bold: boolean, header?: string[]) {
  const left = doc.page.margins.left;
  doc.font(bold ? "bold" : "body").fontSize(8);
  const heights = values.map((v, i) => doc.heightOfString(v || " ", { width: widths[i] - 6 }));
  const height = Math.max(...heights) + 6;
  if (doc.y + height > doc.page.height - doc.page.margins.bottom - 20) {
    doc.addPage();
    if (header) tableRow(doc, header, widths, true);
    doc.font(bold ? "bold" : "body").fontSize(8);
  }
  const top = doc.y;
  let x = left;
  values.forEach((value, i) => {
    doc.fillColor(bold ? "#0f172a" : "#1e293b").text(value, x + 3, top + 3, { width: widths[i] - 6 });
    x += widths[i];
  });
  doc
    .moveTo(left, top + height)
    .lineTo(left + widths.reduce((a, b) => a + b, 0), top + height)
    .strokeColor("#e2e8f0")
    .lineWidth(0.5)
    .stroke();
  doc.x = left;
  doc.y = top + height;
}

export async function registerPdf(
  database: Database,
  filters: AgreementListFilters,
  now: Date = new Date(),
  t: Translator = translatorFor(),
): Promise<Pdf> {
  const title = t("exports.register.title");
  const doc = createPdf({ title, landscape: true });
  const usable = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  const widths = COLUMNS.map((c) => c.width * usable);
  const index = COLUMNS.map((c) => EXPORT_COLUMNS.findIndex((e) => e.key === c.key));

  doc.font("bold").fontSize(18).fillColor("#0f172a").text(title);
  doc.font("body").fontSize(9).fillColor("#475569");
  doc.text(t("exports.register.printed", { date: now.toISOString().slice(0, 10), filters: await describeFilters(database, filters, t) }));
  doc.moveDown(0.8);

  const header = COLUMNS.map((c) => (c.header ? t(`exports.register.${c.header}`) : columnHeader(t, c.key)));
  tableRow(doc, header, widths, true);
  let count = 0;
  for await (const batch of exportRecords(database, filters)) {
    for (const record of batch) {
      tableRow(doc, index.map((i) => text(EXPORT_COLUMNS[i].value(record, t))), widths, false, header);
      count++;
    }
  }
  doc.moveDown(0.5).font("body").fontSize(9).fillColor("#475569").text(t("exports.register.count", { count }));
  numberPages(doc, title, t);
  return doc;
}
