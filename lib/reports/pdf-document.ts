// A PDF document with a font that has Chinese glyphs (Noto Sans SC, installed from the npm
// registry, embedded as a subset), so that names such as 广西壮族自治区人民政府 print on any
// machine without a system font. Shared by the register and the dossier.
import path from "node:path";
import PDFDocument from "pdfkit";
import { translatorFor, type Translator } from "../i18n/translator";

const FONT_DIR = path.join(/*turbopackIgnore: true*/ process.cwd(), "node_modules", "@expo-google-fonts", "noto-sans-sc");
export const FONTS = {
  regular: path.join(FONT_DIR, "400Regular", "NotoSansSC_400Regular.ttf"),
  bold: path.join(FONT_DIR, "700Bold", "NotoSansSC_700Bold.ttf"),
};

export type Pdf = InstanceType<typeof PDFDocument>;

export function createPdf(options: { title: string; landscape?: boolean }): Pdf {
  const doc = new PDFDocument({
    size: "A4",
    layout: options.landscape ? "landscape" : "portrait",
    margin: 40,
    bufferPages: true,
    info: { Title: options.title, Creator: "Pacta" },
  });
  doc.registerFont("body", FONTS.regular);
  doc.registerFont("bold", FONTS.bold);
  doc.font("body");
  return doc;
}

/** "Page 3 of 7" at the foot of every page; call once all content is written. */
export function numberPages(doc: Pdf, label: string, t: Translator = translatorFor()) {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    // Text inside the bottom margin would otherwise start a new page.
    const margin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const bottom = doc.page.height - 28;
    doc.font("body").fontSize(8).fillColor("#64748b");
    doc.text(t("exports.register.page", { label, page: i + 1, pages: range.count }), doc.page.margins.left, bottom, {
      width: doc.page.width - doc.page.margins.left - doc.page.margins.right,
      align: "center",
      lineBreak: false,
    });
    doc.page.margins.bottom = margin;
  }
}
