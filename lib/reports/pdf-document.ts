// A PDF document with a font that has Chinese glyphs (Noto Sans SC, installed from the npm
// registry, embedded as a subset), so that names such as 广西壮族自治区人民政府 print on any
// machine without a system font, and Noto Emoji for what that font lacks. Shared by the
// register and the dossier. Also the register's line breaking: between words (Intl.Segmenter),
// never inside a name that fits on a line, and never a missing glyph's empty box.
import path from "node:path";
import PDFDocument from "pdfkit";
import { translatorFor, type Translator } from "../i18n/translator";

const FONT_ROOT = path.join(/*turbopackIgnore: true*/ process.cwd(), "node_modules", "@expo-google-fonts");
export const FONTS = {
  regular: path.join(FONT_ROOT, "noto-sans-sc", "400Regular", "NotoSansSC_400Regular.ttf"),
  bold: path.join(FONT_ROOT, "noto-sans-sc", "700Bold", "NotoSansSC_700Bold.ttf"),
  emoji: path.join(FONT_ROOT, "noto-emoji", "400Regular", "NotoEmoji_400Regular.ttf"),
};

export type Pdf = InstanceType<typeof PDFDocument>;

export function createPdf(options: { title: string; landscape?: boolean; author?: string; subject?: string }): Pdf {
  const doc = new PDFDocument({
    size: "A4",
    layout: options.landscape ? "landscape" : "portrait",
    margin: 40,
    bufferPages: true,
    info: { Title: options.title, Creator: "Pacta", Producer: "Pacta", ...(options.author ? { Author: options.author } : {}), ...(options.subject ? { Subject: options.subject } : {}) },
  });
  doc.registerFont("body", FONTS.regular);
  doc.registerFont("bold", FONTS.bold);
  doc.registerFont("emoji", FONTS.emoji);
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

// ---- Text that prints whole: fonts by character, lines broken between words ----

type FontName = "body" | "bold" | "emoji";
/** A piece of a line in one font. */
export interface Run {
  font: FontName;
  text: string;
}
/** What stands for a character that no font has: the geta mark, which typesetters use for exactly this. */
export const MISSING_GLYPH = "〓";

interface GlyphSource {
  hasGlyphForCodePoint(codePoint: number): boolean;
}
const glyphSources = new WeakMap<Pdf, Map<FontName, GlyphSource>>();
/** The fontkit font behind a registered name (pdfkit keeps it; its type does not say so), looked up once per document. */
function glyphsOf(doc: Pdf, name: FontName): GlyphSource {
  let fonts = glyphSources.get(doc);
  if (!fonts) glyphSources.set(doc, (fonts = new Map()));
  let font = fonts.get(name);
  if (!font) {
    const current = (doc as unknown as { _font: unknown })._font;
    doc.font(name);
    font = (doc as unknown as { _font: { font: GlyphSource } })._font.font;
    (doc as unknown as { _font: unknown })._font = current;
    fonts.set(name, font);
  }
  return font;
}

// Joiners and variation selectors shape a sequence; they need no glyph of their own.
const SHAPING = /^[\u200D\uFE0E\uFE0F\u{E0020}-\u{E007F}]$/u;
const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });

/**
 * Splits text into runs by font: the body font where it has every character of a grapheme,
 * else the emoji font, else MISSING_GLYPH in the body font (a visible mark, never an empty box).
 */
export function fontRuns(doc: Pdf, text: string, font: "body" | "bold" = "body"): Run[] {
  const main = glyphsOf(doc, font);
  const emoji = glyphsOf(doc, "emoji");
  const runs: Run[] = [];
  const push = (runFont: FontName, piece: string) => {
    const last = runs[runs.length - 1];
    if (last && last.font === runFont) last.text += piece;
    else runs.push({ font: runFont, text: piece });
  };
  for (const { segment } of graphemes.segment(text)) {
    // ASCII is in every font: the common case costs nothing.
    if (/^[\x20-\x7E]+$/.test(segment)) {
      push(font, segment);
      continue;
    }
    const points = [...segment].map((c) => c.codePointAt(0)!).filter((p) => !SHAPING.test(String.fromCodePoint(p)));
    if (points.every((p) => main.hasGlyphForCodePoint(p))) push(font, segment);
    else if (points.every((p) => emoji.hasGlyphForCodePoint(p))) push("emoji", segment);
    else push(font, MISSING_GLYPH);
  }
  return runs;
}

const words = new Intl.Segmenter("zh", { granularity: "word" });
const OPENING = /^[\p{Ps}\p{Pi}]+$/u;

/**
 * The places a line may break, as pieces to keep whole: words (Chinese by ICU's dictionary, so
 * 柳州市人民政府 is 柳州市 + 人民政府), each with the spaces and closing punctuation after it;
 * an opening bracket or quote stays with the word it opens.
 */
export function wordPieces(text: string): string[] {
  const pieces: string[] = [];
  let pending = "";
  for (const { segment, isWordLike } of words.segment(text)) {
    if (isWordLike || pieces.length === 0) {
      pieces.push(pending + segment);
      pending = "";
    } else if (OPENING.test(segment)) pending += segment;
    else pieces[pieces.length - 1] += segment;
  }
  if (pending) pieces.push(pending);
  return pieces;
}

/** A list of names ("A; B; C"): each name with its separator is one piece, broken only when it cannot fit a line alone. */
export const namePieces = (text: string, separator: string) => text.split(separator).map((name, i, all) => (i < all.length - 1 ? name + separator : name));

function widthOf(doc: Pdf, runs: Run[], size: number) {
  let width = 0;
  for (const run of runs) width += doc.font(run.font).fontSize(size).widthOfString(run.text);
  return width;
}

/**
 * Lines of at most `width` points: pieces placed greedily; a piece wider than a line is broken
 * into its words, and a word wider than a line into its characters (the last resort). Each
 * piece is measured once; a line's width is the sum of its pieces'.
 */
export function breakLines(doc: Pdf, pieces: string[], width: number, size: number, font: "body" | "bold" = "body"): Run[][] {
  const lines: string[] = [];
  let line = "";
  let lineWidth = 0;
  const measure = (text: string) => (text === "" ? 0 : widthOf(doc, fontRuns(doc, text, font), size));
  const place = (piece: string, level: 0 | 1 | 2) => {
    const trimmed = piece.trimEnd();
    const full = measure(piece);
    if (lineWidth + measure(trimmed) <= width) {
      line += piece;
      lineWidth += full;
      return;
    }
    if (line.trim() !== "") lines.push(line.trimEnd());
    line = "";
    lineWidth = 0;
    const alone = piece.trimStart();
    if (measure(alone.trimEnd()) <= width || level === 2) {
      line = alone;
      lineWidth = measure(alone);
      return;
    }
    const smaller = level === 0 ? wordPieces(alone) : [...graphemes.segment(alone)].map((s) => s.segment);
    for (const part of smaller) place(part, (level + 1) as 1 | 2);
  };
  for (const piece of pieces) place(piece, 0);
  if (line.trim() !== "" || lines.length === 0) lines.push(line.trimEnd());
  return lines.map((l) => fontRuns(doc, l, font));
}

/** Draws lines laid out by breakLines from (x, y), one below the other; returns the height used. */
export function drawLines(doc: Pdf, lines: Run[][], x: number, y: number, size: number, color: string): number {
  const lineHeight = doc.font("body").fontSize(size).currentLineHeight(true);
  lines.forEach((runs, i) => {
    let at = x;
    for (const run of runs) {
      doc.font(run.font).fontSize(size).fillColor(color).text(run.text, at, y + i * lineHeight, { lineBreak: false });
      at += doc.widthOfString(run.text);
    }
  });
  return lines.length * lineHeight;
}

/** The height breakLines' lines take. */
export const linesHeight = (doc: Pdf, lines: Run[][], size: number) => lines.length * doc.font("body").fontSize(size).currentLineHeight(true);
