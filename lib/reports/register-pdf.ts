// The register: the filtered agreements list as a printable PDF, with a title, the date
// and what the filters were.
import type { Database } from "../prisma-client";
import type { AgreementListFilters } from "../agreements/list-params";
import { STATUS_LABELS } from "../agreements/status";
import type { Provider } from "../text-search";
import { EXPORT_COLUMNS, exportRecords, type Cell } from "./agreement-export";
import { createPdf, numberPages, type Pdf } from "./pdf-document";

const COLUMNS = [
  { header: "Reference", source: "Reference", width: 0.1 },
  { header: "Title", source: "Title", width: 0.27 },
  { header: "Partners", source: "Partners", width: 0.25 },
  { header: "Partner local names", source: "Partner local names", width: 0.14 },
  { header: "Status", source: "Status", width: 0.08 },
  { header: "Signed", source: "Signed on", width: 0.08 },
  { header: "Ends", source: "Expires on", width: 0.08 },
] as const;

const text = (cell: Cell) => (cell === null ? "" : typeof cell === "object" ? cell.iso : String(cell));

/** The filters in words, naming partners, types and the like rather than their ids. */
export async function describeFilters(database: Database, filters: AgreementListFilters): Promise<string> {
  const name = async (find: () => Promise<{ name: string } | null>) => (await find())?.name ?? "unknown";
  const parts: string[] = [];
  if (filters.q) parts.push(`search “${filters.q}”`);
  if (filters.status) parts.push(`status ${STATUS_LABELS[filters.status].toLowerCase()}`);
  if (filters.type) parts.push(`type ${await name(() => database.agreementType.findUnique({ where: { id: filters.type! }, select: { name: true } }))}`);
  if (filters.partner) parts.push(`partner ${await name(() => database.organization.findUnique({ where: { id: filters.partner! }, select: { name: true } }))}`);
  if (filters.partnerKind) parts.push(`partner kind ${filters.partnerKind.toLowerCase().replace(/_/g, " ")}`);
  if (filters.country) parts.push(`partner country ${filters.country}`);
  if (filters.region) parts.push(`partner region ${filters.region}`);
  if (filters.focus) parts.push(`focus area ${await name(() => database.focusArea.findUnique({ where: { id: filters.focus! }, select: { name: true } }))}`);
  if (filters.owner) parts.push(`owner ${await name(() => database.user.findUnique({ where: { id: filters.owner! }, select: { name: true } }))}`);
  if (filters.leadUnit) parts.push(`lead unit ${await name(() => database.organization.findUnique({ where: { id: filters.leadUnit! }, select: { name: true } }))}`);
  if (filters.signedFrom) parts.push(`signed from ${filters.signedFrom}`);
  if (filters.signedTo) parts.push(`signed until ${filters.signedTo}`);
  if (filters.expiringWithin) parts.push(`ending within ${filters.expiringWithin} days`);
  if (filters.noticeWithin) parts.push(`notice deadline within ${filters.noticeWithin} days`);
  parts.push(filters.archived === "only" ? "archived only" : filters.archived === "include" ? "archived included" : "archived left out");
  return parts.join("; ");
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

export async function registerPdf(database: Database, filters: AgreementListFilters, provider: Provider, now: Date = new Date()): Promise<Pdf> {
  const doc = createPdf({ title: "Agreements register", landscape: true });
  const usable = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  const widths = COLUMNS.map((c) => c.width * usable);
  const index = COLUMNS.map((c) => EXPORT_COLUMNS.findIndex((e) => e.header === c.source));

  doc.font("bold").fontSize(18).fillColor("#0f172a").text("Agreements register");
  doc.font("body").fontSize(9).fillColor("#475569");
  doc.text(`Printed ${now.toISOString().slice(0, 10)} from Pacta. Filters: ${await describeFilters(database, filters)}.`);
  doc.moveDown(0.8);

  const header = COLUMNS.map((c) => c.header);
  tableRow(doc, header, widths, true);
  let count = 0;
  for await (const batch of exportRecords(database, filters, provider)) {
    for (const record of batch) {
      tableRow(doc, index.map((i) => text(EXPORT_COLUMNS[i].value(record))), widths, false, header);
      count++;
    }
  }
  doc.moveDown(0.5).font("body").fontSize(9).fillColor("#475569").text(count === 1 ? "1 agreement." : `${count} agreements.`);
  numberPages(doc, "Agreements register");
  return doc;
}
