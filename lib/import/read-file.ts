// Reads an uploaded register (CSV or Excel) into a header row and data rows of text as a person
// sees them, refusing what is too large, what cannot be decoded, or a zip bomb before any of it is unpacked.
import type { ErrorKey } from "../i18n/translator";
import type { MessagePart } from "../errors";
import { parse } from "csv-parse/sync";
import chardet from "chardet";
import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import * as OpenCC from "opencc-js/t2cn";
import { CATALOGUES } from "../i18n/translator";
import { IMPORT_FIELDS, guessMapping } from "./columns";
import { toIsoPartial, type DatePrecision } from "../dates/partial-date";
import { inspectZip, WORKBOOK_LIMITS, type ArchiveRefusedError } from "../files/safe-zip";

export const IMPORT_LIMITS = {
  fileBytes: 10 * 1024 * 1024,
  rows: 20_000,
  zipEntries: 500,
  zipUncompressedBytes: 100 * 1024 * 1024,
};

/** The delimiters a CSV file may use; `\t` is what Excel's "Unicode Text" writes. */
export const CSV_DELIMITERS = [",", ";", "\t", "|"] as const;
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];

/**
 * The encodings a CSV file is read in (names as iconv-lite knows them): what Excel writes for
 * "CSV" on Western, Central European, Cyrillic, Chinese, Taiwanese, Japanese and Korean Windows, and UTF-16
 * ("Unicode Text").
 */
export const CSV_ENCODINGS = ["utf-8", "utf-16le", "utf-16be", "windows-1252", "windows-1250", "windows-1251", "gb18030", "big5", "shift_jis", "euc-kr"] as const;
export type CsvEncoding = (typeof CSV_ENCODINGS)[number];

export class ImportFileError extends Error {
  constructor(
    readonly key: ErrorKey,
    readonly values: Record<string, string | number> = {},
  ) {
    super(key);
  }
}

export interface ImportTable {
  headers: string[];
  rows: string[][];
  /** The line (CSV) or row number (Excel) on which each row starts, as the person sees it in the file. */
  lines: number[];
  /** Each row's cells that cannot be read as a value (an error cell, a formula with no saved value). */
  cellProblems: MessagePart[][];
  /** How a CSV file was read (what the preview shows and lets the person change); null for Excel. */
  csv: { delimiter: CsvDelimiter; encoding: CsvEncoding } | null;
}

/** How to read a CSV file; what is not given is found from the file. */
export interface CsvChoices {
  delimiter?: CsvDelimiter;
  encoding?: CsvEncoding;
}

const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

function checkRows(table: ImportTable): ImportTable {
  if (table.headers.every((h) => h === "")) throw new ImportFileError("importEmpty");
  if (table.rows.length === 0) throw new ImportFileError("importNoRows");
  if (table.rows.length > IMPORT_LIMITS.rows) {
    throw new ImportFileError("importTooManyRows", { rows: table.rows.length, limit: IMPORT_LIMITS.rows });
  }
  return table;
}

const startsWith = (bytes: Uint8Array, ...prefix: number[]) => prefix.every((b, i) => bytes[i] === b);

/** Chardet's names for encodings Pacta reads as their Windows supersets (as browsers do). */
const CHARDET_SUPERSETS: Record<string, CsvEncoding> = { "iso-8859-1": "windows-1252", "iso-8859-2": "windows-1250" };

/**
 * UTF-16 that lost its byte-order mark: text of Latin letters and digits has a zero byte in
 * every other position (even positions for big-endian, odd for little-endian).
 */
function utf16WithoutMark(sample: Uint8Array): CsvEncoding | null {
  const pairs = Math.floor(Math.min(sample.length, 4096) / 2);
  if (pairs < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < pairs * 2; i += 2) {
    if (sample[i] === 0) evenZero++;
    if (sample[i + 1] === 0) oddZero++;
  }
  if (oddZero >= pairs * 0.3 && evenZero === 0) return "utf-16le";
  if (evenZero >= pairs * 0.3 && oddZero === 0) return "utf-16be";
  return null;
}

// What a wrong single-byte or double-byte reading leaves in names: C1 control characters,
// private-use characters, and symbols or superscripts stuck to a letter ("wspó³pracy",
// "£ódzka" are Polish read as Windows-1252), and quotation marks inside a Latin word ("Ś‹ž" is
// Japanese read as Windows-1250), and a word of Latin and Cyrillic letters at once ("Universitй" is
// French read as Windows-1251), or four accented Latin letters in a row, which no Western word
// has ("Íîâîñèáèðñêèé" is Russian read as Windows-1252). Other quotation marks and dashes are not counted: they stand
// next to letters in right readings ("“Prix”", "don’t", 关于“一带一路”).
const ODD_CHARACTER = /[\u0080-\u009F\p{Co}]|(?<=\p{L})[^\x00-\x7F\p{L}\p{M}\p{N}\p{P}\p{Z}]|[^\x00-\x7F\p{L}\p{M}\p{N}\p{P}\p{Z}](?=\p{L})|(?<=\p{L})\p{No}|(?<=\p{Script=Latin})(?!\u2019)[\p{Pi}\p{Pf}](?=\p{Script=Latin})|(?<=\p{Script=Latin})\p{Script=Cyrillic}|(?<=\p{Script=Cyrillic})\p{Script=Latin}|(?:(?![\x00-\x7F])\p{Script=Latin}){4,}/gu;
// Pacta's own column headers in both languages (and traditional Chinese, via OpenCC's
// simplified form): a reading under which the header says them is the file's.
const KNOWN_HEADERS = new Set(
  IMPORT_FIELDS.flatMap((f) => [CATALOGUES.en.exports.columns[f.key], CATALOGUES["zh-CN"].exports.columns[f.key], ...f.aliases]).map((h) => h.toLowerCase()),
);
const toSimplified = OpenCC.Converter({ from: "t", to: "cn" });

/** How right a reading of the file's first bytes looks: known headers count for, odd characters against. */
function plausibility(text: string): number {
  // The header is the first line, or the second after Excel's "sep=" hint.
  const [first, second] = text.split(/\r\n|\r|\n/, 2);
  const header = toSimplified(/^"?sep=/i.test(first) ? (second ?? "") : first).toLowerCase();
  const known = header.split(/[,;\t|]/).filter((cell) => KNOWN_HEADERS.has(cell.trim().replace(/^"|"$/g, ""))).length;
  return known * 10 - (text.match(ODD_CHARACTER)?.length ?? 0);
}

/**
 * The file's encoding: its byte-order mark (or UTF-16's zero bytes where the mark was lost),
 * else UTF-8 when every byte sequence is valid UTF-8, else the most plausible reading among
 * chardet's guesses and the other encodings Pacta reads (ISO-8859-1 and -2 read as their
 * supersets Windows-1252 and -1250): a reading that is not valid in its encoding is out; of
 * the rest, the one whose header names Pacta's columns and that leaves fewest odd characters
 * (see ODD_CHARACTER) wins, chardet's order breaking ties. A short Chinese file may still be
 * read in the wrong one of GB18030 and Big5; the preview shows the encoding and lets the
 * person change it. Null when none fits.
 */
export function detectEncoding(bytes: Uint8Array): CsvEncoding | null {
  if (startsWith(bytes, 0xef, 0xbb, 0xbf)) return "utf-8";
  if (startsWith(bytes, 0xff, 0xfe)) return "utf-16le";
  if (startsWith(bytes, 0xfe, 0xff)) return "utf-16be";
  const wide = utf16WithoutMark(bytes);
  if (wide) return wide;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return "utf-8";
  } catch {
    // Not UTF-8: weigh the readings.
  }
  const sample = bytes.subarray(0, 64 * 1024);
  const guesses = chardet.analyse(sample).map((g) => CHARDET_SUPERSETS[g.name.toLowerCase()] ?? g.name.toLowerCase());
  const candidates = [...new Set([...guesses, ...CSV_ENCODINGS])].filter(
    (name): name is CsvEncoding => (CSV_ENCODINGS as readonly string[]).includes(name) && !name.startsWith("utf-"),
  );
  let best: { encoding: CsvEncoding; score: number } | null = null;
  for (const encoding of candidates) {
    // The sample may end inside a character: its last bytes do not count against a reading.
    const text = iconv.decode(Buffer.from(sample), encoding);
    const whole = sample.length < bytes.length ? text.slice(0, -2) : text;
    if (whole.includes("\uFFFD")) continue;
    const score = plausibility(whole);
    if (!best || score > best.score) best = { encoding, score };
  }
  return best?.encoding ?? null;
}

/**
 * Decodes the bytes; a byte sequence that is not text in that encoding (which decoders turn
 * into U+FFFD) refuses the file, naming its first line, so that no name is stored damaged.
 */
function decode(bytes: Uint8Array, encoding: CsvEncoding): string {
  const text = iconv.decode(Buffer.from(bytes), encoding, { stripBOM: true });
  const lost = text.indexOf("\uFFFD");
  if (lost >= 0 && !holdsReplacementCharacter(bytes, encoding)) {
    throw new ImportFileError("importEncodingLost", { encoding: ENCODING_LABELS[encoding], line: text.slice(0, lost).split(/\r\n|\r|\n/).length });
  }
  return text;
}

/** Whether the file is valid Unicode text that itself holds U+FFFD (typed or pasted): that is its own text, not a loss. */
function holdsReplacementCharacter(bytes: Uint8Array, encoding: CsvEncoding) {
  if (!encoding.startsWith("utf-")) return false;
  try {
    new TextDecoder(encoding, { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** How the encodings are named to a person (the names Excel and text editors use). */
export const ENCODING_LABELS: Record<CsvEncoding, string> = {
  "utf-8": "UTF-8",
  "utf-16le": "UTF-16 LE",
  "utf-16be": "UTF-16 BE",
  "windows-1252": "Windows-1252",
  "windows-1250": "Windows-1250",
  "windows-1251": "Windows-1251",
  gb18030: "GB18030 (GBK)",
  big5: "Big5",
  shift_jis: "Shift_JIS",
  "euc-kr": "EUC-KR",
};

const SAMPLE_LINES = 50;
const csvOptions = (delimiter: CsvDelimiter, fromLine: number) =>
  ({ relax_column_count: true, relax_quotes: true, skip_empty_lines: true, delimiter: delimiter === "\t" ? "\t" : delimiter, from_line: fromLine }) as const;

/**
 * The delimiter that gives the first lines the most consistent shape: each candidate splits
 * the first 50 lines (quotes respected, so a delimiter inside a quoted cell does not count),
 * and the one under which most lines have the same number of cells, more than one, wins;
 * on a tie, the one that makes more cells, then the order of CSV_DELIMITERS. A delimiter that does
 * not split the header (the first line) is not a candidate. When none splits it, the file is a
 * single column and the delimiter is the first of CSV_DELIMITERS that the first lines do not hold.
 */
export function detectDelimiter(text: string, fromLine = 1): CsvDelimiter {
  let best: { delimiter: CsvDelimiter; score: number; width: number } = { delimiter: ",", score: 0, width: 1 };
  for (const delimiter of CSV_DELIMITERS) {
    let records: string[][];
    try {
      records = parse(text, { ...csvOptions(delimiter, fromLine), to_line: fromLine + SAMPLE_LINES - 1 });
    } catch {
      continue;
    }
    // The header names every column: a delimiter it does not hold is not the file's.
    if ((records[0]?.length ?? 0) < 2) continue;
    const widths = new Map<number, number>();
    for (const r of records) widths.set(r.length, (widths.get(r.length) ?? 0) + 1);
    for (const [width, count] of widths) {
      if (width < 2) continue;
      if (count > best.score || (count === best.score && width > best.width)) best = { delimiter, score: count, width };
    }
  }
  if (best.score > 0) return best.delimiter;
  const lines = text.split(/\r\n|\r|\n/).slice(fromLine - 1, fromLine - 1 + SAMPLE_LINES);
  // The header holds a delimiter but the lines cannot be read with it (a quote that never
  // closes): that delimiter, so that the refusal names the line.
  const inHeader = CSV_DELIMITERS.find((d) => lines[0]?.includes(d));
  if (inHeader) return inHeader;
  // A single column: nothing splits the header, so nothing may split the cells either ("A, Lyon"
  // is one title); a delimiter that the first lines do not hold reads each line whole.
  return CSV_DELIMITERS.find((d) => !lines.some((line) => line.includes(d))) ?? ",";
}

/**
 * Counts lines through a buffer, forwards only (so numbering every row costs one pass over the file).
 * `lineAt(offset)`: the line (1-based) of the first record that starts at or after a byte offset
 * (blank lines skipped, as the parser skips them), never before `fromLine`.
 */
function lineCounter(buffer: Buffer, fromLine: number) {
  let line = 1;
  let position = 0;
  const isBreak = (at: number) => buffer[at] === 0x0a || (buffer[at] === 0x0d && buffer[at + 1] !== 0x0a);
  return (offset: number) => {
    for (; position < buffer.length && (position < offset || line < fromLine); position++) if (isBreak(position)) line++;
    for (; position < buffer.length && (buffer[position] === 0x0a || buffer[position] === 0x0d); position++) if (isBreak(position)) line++;
    return line;
  };
}

function readCsv(bytes: Uint8Array, choices: CsvChoices): ImportTable {
  const encoding = choices.encoding ?? detectEncoding(bytes);
  if (!encoding) throw new ImportFileError("importEncodingUnknown");
  const text = decode(bytes, encoding).replace(/^\uFEFF/, "");
  // Excel's "sep=;" first line names the delimiter; it is a hint, not the header.
  // Also quoted ("sep=;" as a cell) or padded with delimiters (as Excel saves it again: "sep=;;;").
  const hint = /^"?sep=(.)"?\1*[ \t]*(?:\r\n|\r|\n|$)/i.exec(text);
  const hinted = hint && (CSV_DELIMITERS as readonly string[]).includes(hint[1]) ? (hint[1] as CsvDelimiter) : undefined;
  const fromLine = hint ? 2 : 1;
  const delimiter = choices.delimiter ?? hinted ?? detectDelimiter(text, fromLine);
  // Parsed as UTF-8 bytes so that csv-parse's byte offsets place each record in the text.
  const buffer = Buffer.from(text, "utf8");
  let records: { record: string[]; info: { bytes: number } }[];
  // Where the last whole record ended: a record that cannot be read starts after it.
  let lastEnd = 0;
  try {
    records = parse(buffer, {
      ...csvOptions(delimiter, fromLine),
      info: true,
      on_record: (record: string[], context) => {
        lastEnd = (context as unknown as { bytes: number }).bytes;
        return record;
      },
    }) as unknown as typeof records;
  } catch {
    throw new ImportFileError("importUnreadableCsv", { line: lineCounter(buffer, fromLine)(lastEnd) });
  }
  if (records.length === 0) throw new ImportFileError("importEmpty");
  const [header, ...rows] = records;
  const lineAt = lineCounter(buffer, fromLine);
  return checkRows({
    headers: header.record.map((h) => h.trim()),
    rows: rows.map((r) => r.record),
    // Each row starts where the one before it ended (csv-parse's own line count takes a CRLF inside a quoted cell for two lines).
    lines: rows.map((_, i) => lineAt(records[i].info.bytes)),
    cellProblems: rows.map(() => []),
    csv: { delimiter, encoding },
  });
}

/**
 * The precision a date cell's number format shows: a day when it shows the day ("d", "dd";
 * "ddd" names the weekday, which implies the day too), else a month when it shows the month
 * ("m", "mmm", "mmmm"; "m" after "h" or before "s" is minutes), else a year. Quoted text,
 * [colour/locale] sections and escaped characters are not part of the format.
 */
export function formatPrecision(numFmt: string | undefined): DatePrecision {
  if (!numFmt) return "DAY";
  const tokens = numFmt.split(";")[0].replace(/"[^"]*"|\[[^\]]*\]|\\.|_.|\*./g, " ").toLowerCase();
  if (/d/.test(tokens)) return "DAY";
  const minutes = /h+[^a-z]*m+|m+[^a-z]*s/g;
  if (/m/.test(tokens.replace(minutes, " "))) return "MONTH";
  if (/[ye]/.test(tokens)) return "YEAR";
  return "DAY";
}

/** Excel's serial day number of a date (1900 date system): what the person typed when it is a bare number. */
const excelSerial = (date: Date) => Math.round((date.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000);

/**
 * The text of a cell as a person sees it in Excel, or the problem that stops it being read.
 *
 * - Rich text: its runs joined; a hyperlink: the text it shows (rich or plain), not its address
 *   (the address only when it has no text). A number: at Excel's 15 significant digits.
 * - A formula: its saved result; none saved (a file written by a tool that does not calculate)
 *   or an error result is a problem naming the cell.
 * - An error cell (#N/A, #REF! …): a problem naming the cell.
 * - A date: ISO at the precision its number format shows ("mmm yyyy" → 2019-05, "yyyy" → 2019),
 *   with the quoted text the format shows before it ("about "yyyy → "about 2010").
 *   A whole number from 1900 to 2100 in a date-formatted cell is a year someone typed into it
 *   (Excel shows 2010 as 2 July 1905): it reads as that year. No agreement of the 1900s' first
 *   decade is lost by this: those serials are the days of 1905.
 * - Merged cells: a range's value belongs to every row it spans, in its first column (a partner
 *   merged over two agreements' rows names the partner of both); the range's other columns are empty.
 */
export function cellText(cell: ExcelJS.Cell, value: ExcelJS.CellValue = cell.value): { text: string } | { problem: MessagePart } {
  if (value === null || value === undefined) return { text: "" };
  if (value instanceof Date) {
    // Quoted text before the date is shown too ("about "yyyy shows "about 2010": an approximate date).
    // Only before it: quoted text after and between its parts (yyyy"年"m"月") is how a date is written, not a word about it.
    const before = /^"([^"]*)"/.exec((cell.numFmt ?? "").split(";")[0])?.[1] ?? "";
    const serial = excelSerial(value);
    if (serial >= 1900 && serial <= 2100 && value.getUTCHours() === 0 && value.getUTCMinutes() === 0) return { text: String(serial) };
    return { text: `${before}${toIsoPartial(value, formatPrecision(cell.numFmt))}` };
  }
  if (typeof value === "object") {
    if ("error" in value) return { problem: { key: "importErrorCell", values: { cell: cell.address, error: String(value.error) } } };
    if ("richText" in value) return { text: value.richText.map((r) => r.text).join("") };
    if ("hyperlink" in value) {
      // A link with no text of its own shows its address (as Excel does).
      const shown = value.text as ExcelJS.CellValue | undefined;
      return shown === undefined || shown === null || shown === "" ? { text: String(value.hyperlink ?? "") } : cellText(cell, shown);
    }
    if ("formula" in value || "sharedFormula" in value) {
      const result = (value as ExcelJS.CellFormulaValue).result;
      if (result === undefined || result === null) {
        return { problem: { key: "importFormulaNoValue", values: { cell: cell.address } } };
      }
      return cellText(cell, result as ExcelJS.CellValue);
    }
    return { text: "" };
  }
  if (typeof value === "boolean") return { text: value ? "yes" : "no" };
  // Excel keeps and shows 15 significant digits: 0.1 + 0.2 is 0.3 there, not 0.30000000000000004.
  if (typeof value === "number") return { text: String(Number(value.toPrecision(15))) };
  return { text: String(value) };
}

/**
 * The sheet that holds the register: the first whose first filled row names a column Pacta knows
 * (Pacta's own Excel export opens with a report sheet before its agreements), else the first sheet.
 */
function registerSheet(workbook: ExcelJS.Workbook): ExcelJS.Worksheet | undefined {
  const headerOf = (sheet: ExcelJS.Worksheet) => {
    for (let number = 1; number <= Math.min(sheet.rowCount, 20); number++) {
      const values = (sheet.getRow(number).values as unknown[]).slice(1).map((v) => (typeof v === "string" ? v : ""));
      if (values.some((v) => v.trim() !== "")) return values;
    }
    return [];
  };
  return workbook.worksheets.find((sheet) => Object.keys(guessMapping(headerOf(sheet))).length > 0) ?? workbook.worksheets[0];
}

async function readXlsx(bytes: Uint8Array): Promise<ImportTable> {
  await inspectZip(bytes, WORKBOOK_LIMITS).catch((error: ArchiveRefusedError) => {
    throw new ImportFileError(error.problem === "unreadable" ? "importNotXlsx" : "importZipBomb", { size: megabytes(WORKBOOK_LIMITS.inflatedBytes), parts: WORKBOOK_LIMITS.entries });
  });
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new ImportFileError("importNotXlsx");
  }
  const sheet = registerSheet(workbook);
  if (!sheet || sheet.rowCount === 0) throw new ImportFileError("importEmpty");
  const records: { line: number; values: string[]; problems: MessagePart[] }[] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const values: string[] = [];
    const problems: MessagePart[] = [];
    for (let column = 1; column <= sheet.columnCount; column++) {
      const cell = row.getCell(column);
      // A merged range's value in its first column only (the rule above).
      const read = cell.isMerged && cell.master !== cell && Number(cell.master.col) !== column ? { text: "" } : cellText(cell);
      if ("problem" in read) problems.push(read.problem);
      values.push("text" in read ? read.text.trim() : "");
    }
    if (values.some((v) => v !== "") || problems.length > 0) records.push({ line: row.number, values, problems });
  });
  const [header, ...rows] = records;
  return checkRows({
    headers: header?.values ?? [],
    rows: rows.map((r) => r.values),
    lines: rows.map((r) => r.line),
    cellProblems: rows.map((r) => r.problems),
    csv: null,
  });
}

/**
 * Reads an uploaded register: an Excel workbook (.xlsx, or any zip) or a CSV/text file (.csv, .txt,
 * .tsv) in the encoding and with the delimiter chosen, else those found from the file.
 * @throws ImportFileError with the message key (and its values) to show the person.
 */
export async function readImportFile(name: string, bytes: Uint8Array, choices: CsvChoices = {}): Promise<ImportTable> {
  if (bytes.byteLength === 0) throw new ImportFileError("importEmpty");
  if (bytes.byteLength > IMPORT_LIMITS.fileBytes) {
    throw new ImportFileError("importFileTooLarge", { size: megabytes(bytes.byteLength), limit: megabytes(IMPORT_LIMITS.fileBytes) });
  }
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (/\.xlsx$/i.test(name) || isZip) return readXlsx(bytes);
  if (/\.(csv|txt|tsv)$/i.test(name)) return readCsv(bytes, choices);
  throw new ImportFileError("importWrongType");
}
