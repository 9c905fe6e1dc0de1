// The dashboard as a PDF on A4: the same figures as the page (status counts, what comes up,
// the world map and China's provinces, the expiry and notice pipeline, signatures per year),
// maps drawn from the same shapes and colours, in the reader's language.
import "server-only";
import { AGREEMENT_STATUSES } from "../agreements/status";
import { formatInstant, now as currentInstant } from "../dates/institution-time";
import { intlLocaleOf, type Locale } from "../i18n/locales";
import { translatorFor } from "../i18n/translator";
import { db } from "../db";
import type { Database } from "../prisma-client";
import { CHINA_PROVINCES, provinceByCode } from "./china-provinces";
import { choroplethClasses, choroplethColour, DARK_COLOURS, NO_AGREEMENT_COLOUR } from "./choropleth";
import { dashboardFigures } from "./dashboard";
import { dashboardMapFigures } from "./dashboard-map";
import { noticePipeline } from "./notice-pipeline";
import { createPdf, numberPages, type Pdf } from "./pdf-document";
import { WORLD_MAP_SIZE, worldMapShapes } from "./world-map-shapes";

const COUNTRY_ROWS = 20;
const INK = "#0f172a";
const MUTED = "#475569";

/** The width between the margins, in points. */
const usable = (doc: Pdf) => doc.page.width - doc.page.margins.left - doc.page.margins.right;
/** Starts a new page unless `height` points still fit on this one. */
function room(doc: Pdf, height: number) {
  if (doc.y + height > doc.page.height - doc.page.margins.bottom - 20) doc.addPage();
}

function heading(doc: Pdf, text: string) {
  room(doc, 60);
  doc.moveDown(0.8).font("bold").fontSize(12).fillColor(INK).text(text, doc.page.margins.left);
  doc.moveDown(0.3);
}

function note(doc: Pdf, text: string) {
  doc.font("body").fontSize(8.5).fillColor(MUTED).text(text, doc.page.margins.left, doc.y, { width: usable(doc) });
}

/** One table row; the first column left-aligned, the others right-aligned numbers. */
function row(doc: Pdf, values: (string | number)[], widths: number[], bold = false) {
  doc.font(bold ? "bold" : "body").fontSize(8.5);
  const cells = values.map(String);
  const height = Math.max(...cells.map((v, i) => doc.heightOfString(v || " ", { width: widths[i] - 6 }))) + 5;
  room(doc, height);
  const top = doc.y;
  let x = doc.page.margins.left;
  cells.forEach((value, i) => {
    doc.fillColor(INK).text(value, x + 3, top + 2.5, { width: widths[i] - 6, align: i === 0 ? "left" : "right" });
    x += widths[i];
  });
  const right = doc.page.margins.left + widths.reduce((a, b) => a + b, 0);
  doc.moveTo(doc.page.margins.left, top + height).lineTo(right, top + height).strokeColor("#e2e8f0").lineWidth(0.5).stroke();
  doc.x = doc.page.margins.left;
  doc.y = top + height;
}

function legend(doc: Pdf, title: string, none: string, classes: { colour: string; from: number; to: number }[]) {
  const y = doc.y + 4;
  let x = doc.page.margins.left;
  doc.font("body").fontSize(8).fillColor(MUTED);
  doc.text(title, x, y, { lineBreak: false });
  x += doc.widthOfString(title) + 10;
  for (const [colour, label] of [[NO_AGREEMENT_COLOUR, none], ...classes.map((c) => [c.colour, c.from === c.to ? `${c.from}` : `${c.from}–${c.to}`])]) {
    doc.rect(x, y, 12, 8).fillAndStroke(colour, "#cbd5e1");
    doc.fillColor(MUTED).text(label, x + 15, y, { lineBreak: false });
    x += 15 + doc.widthOfString(label) + 10;
  }
  doc.x = doc.page.margins.left;
  doc.y = y + 16;
}

/**
 * The dashboard at `now` as a PDF (pdfkit, A4 portrait), in `locale`. The caller ends the
 * document (`doc.end()`) and streams it.
 */
export async function dashboardPdf({ locale = "en", now = currentInstant(), database = db }: { locale?: Locale; now?: Date; database?: Database } = {}): Promise<Pdf> {
  const t = translatorFor(locale);
  const intlLocale = intlLocaleOf(locale);
  const [figures, map, pipeline] = await Promise.all([dashboardFigures({ now, database }), dashboardMapFigures({ now, database }), noticePipeline({ now, database })]);
  const countryNames = new Intl.DisplayNames([intlLocale], { type: "region" });
  const provinceName = (code: string) => (locale === "zh-CN" ? provinceByCode(code)!.zh : provinceByCode(code)!.en);

  const title = t("dashboard.pdf.fileTitle");
  const doc = createPdf({ title });
  const width = usable(doc);
  const left = doc.page.margins.left;

  doc.font("bold").fontSize(18).fillColor(INK).text(title);
  doc.font("body").fontSize(9).fillColor(MUTED).text(t("dashboard.pdf.prepared", { date: formatInstant(now, intlLocale) }));
  doc.text(t("dashboard.description", { count: figures.total }));

  heading(doc, t("dashboard.byStatus"));
  row(doc, [t("dashboard.pdf.status"), t("dashboard.pdf.count")], [width * 0.5, width * 0.2], true);
  for (const status of AGREEMENT_STATUSES) row(doc, [t(`labels.status.${status}`), figures.statusCounts[status]], [width * 0.5, width * 0.2]);

  heading(doc, t("dashboard.comingUp"));
  note(doc, t("dashboard.comingUpDescription"));
  doc.moveDown(0.3);
  const windowWidths = [width * 0.3, width * 0.2, width * 0.2];
  row(doc, [t("dashboard.within"), t("dashboard.ending"), t("dashboard.noticeDeadline")], windowWidths, true);
  for (const w of figures.windows) row(doc, [t("dashboard.days", { days: w.days }), w.ending, w.notice], windowWidths);

  // The world map, from the page's shapes, scaled to the text width.
  heading(doc, t("dashboard.map.title"));
  const countryClasses = choroplethClasses(Math.max(0, ...map.countries.map((c) => c.count)));
  const counts = new Map(map.countries.map((c) => [c.code, c.count]));
  const scale = width / WORLD_MAP_SIZE.width;
  room(doc, WORLD_MAP_SIZE.height * scale + 30);
  const top = doc.y;
  doc.save().translate(left, top).scale(scale);
  for (const shape of worldMapShapes()) {
    doc.path(shape.d).lineWidth(0.6).fillAndStroke(choroplethColour((shape.code && counts.get(shape.code)) || 0, countryClasses), "#ffffff");
  }
  doc.restore();
  doc.y = top + WORLD_MAP_SIZE.height * scale;
  legend(doc, t("dashboard.map.legend"), t("dashboard.map.none"), countryClasses);
  const countryWidths = [width * 0.5, width * 0.2];
  if (map.countries.length === 0) note(doc, t("dashboard.map.noCountries"));
  else {
    row(doc, [t("dashboard.pdf.country"), t("dashboard.pdf.agreements")], countryWidths, true);
    for (const c of map.countries.slice(0, COUNTRY_ROWS)) row(doc, [countryNames.of(c.code) ?? c.code, c.count], countryWidths);
    if (map.countries.length > COUNTRY_ROWS) note(doc, t("dashboard.pdf.more", { count: map.countries.length - COUNTRY_ROWS }));
  }
  if (map.countryNotKnown > 0) {
    doc.moveDown(0.3);
    note(doc, t("dashboard.map.countryNotKnown", { count: map.countryNotKnown }));
  }

  if (map.provinces.length > 0 || map.provinceNotKnown > 0) {
    heading(doc, t("dashboard.chinaMap.title"));
    const provinceClasses = choroplethClasses(Math.max(0, ...map.provinces.map((p) => p.count)));
    const byProvince = new Map(map.provinces.map((p) => [p.code, p.count]));
    const columns = Math.max(...CHINA_PROVINCES.map((p) => p.tile[0])) + 1;
    const rows = Math.max(...CHINA_PROVINCES.map((p) => p.tile[1])) + 1;
    const tile = Math.min(width / columns, 56);
    const tileHeight = tile * 0.62;
    room(doc, rows * tileHeight + 30);
    const y0 = doc.y;
    for (const p of CHINA_PROVINCES) {
      const count = byProvince.get(p.code) ?? 0;
      const fill = choroplethColour(count, provinceClasses);
      const x = left + p.tile[0] * tile;
      const y = y0 + p.tile[1] * tileHeight;
      doc.roundedRect(x + 1, y + 1, tile - 2, tileHeight - 2, 3).fillAndStroke(fill, "#cbd5e1");
      doc.font("body").fontSize(6.5).fillColor(DARK_COLOURS.includes(fill) ? "#ffffff" : INK);
      doc.text(provinceName(p.code), x + 1, y + 4, { width: tile - 2, align: "center", lineBreak: false });
      if (count > 0) doc.font("bold").fontSize(8).text(String(count), x + 1, y + tileHeight / 2 + 1, { width: tile - 2, align: "center", lineBreak: false });
    }
    doc.x = left;
    doc.y = y0 + rows * tileHeight + 2;
    legend(doc, t("dashboard.map.legend"), t("dashboard.map.none"), provinceClasses);
    if (map.provinces.length > 0) {
      row(doc, [t("dashboard.pdf.province"), t("dashboard.pdf.agreements")], countryWidths, true);
      for (const p of map.provinces) row(doc, [provinceName(p.code), p.count], countryWidths);
    }
    if (map.provinceNotKnown > 0) {
      doc.moveDown(0.3);
      note(doc, t("dashboard.chinaMap.provinceNotKnown", { count: map.provinceNotKnown }));
    }
  }

  heading(doc, t("dashboard.pipeline.title"));
  note(doc, t("dashboard.pipeline.description"));
  doc.moveDown(0.3);
  if (pipeline.rows.length === 0) note(doc, t("dashboard.pipeline.empty"));
  else {
    const ownerWidth = width * 0.24;
    const cellWidth = (width - ownerWidth) / (pipeline.quarters.length * 2);
    const widths = [ownerWidth, ...pipeline.quarters.flatMap(() => [cellWidth, cellWidth])];
    room(doc, 60);
    const y = doc.y;
    pipeline.quarters.forEach((q, i) => {
      doc.font("bold").fontSize(8.5).fillColor(INK);
      doc.text(t("dashboard.pipeline.quarter", { quarter: q.quarter, year: q.year }), left + ownerWidth + i * 2 * cellWidth, y, { width: 2 * cellWidth, align: "center" });
    });
    doc.y = y + 14;
    row(doc, [t("dashboard.pipeline.owner"), ...pipeline.quarters.flatMap(() => [t("dashboard.pipeline.ending"), t("dashboard.pipeline.notice")])], widths, true);
    for (const r of pipeline.rows) {
      row(doc, [r.ownerName ?? t("dashboard.pipeline.noOwner"), ...pipeline.quarters.flatMap((_, i) => [r.ending[i], r.notice[i]])], widths);
    }
    row(doc, [t("dashboard.pipeline.allOwners"), ...pipeline.quarters.flatMap((_, i) => [pipeline.totals.ending[i], pipeline.totals.notice[i]])], widths, true);
  }

  heading(doc, t("dashboard.perYearChart"));
  const yearWidths = [width * 0.2, width * 0.2];
  row(doc, [t("dashboard.pdf.year"), t("dashboard.pdf.count")], yearWidths, true);
  for (const y of figures.perYear) row(doc, [y.year, y.count], yearWidths);

  numberPages(doc, title, t);
  return doc;
}
