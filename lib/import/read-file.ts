// Reads an uploaded register (CSV or Excel) into a header row and data rows of text,
// refusing what is too large, not UTF-8, or a zip bomb before any of it is unpacked.
import type { ErrorKey } from "../i18n/translator";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { toIsoPartial } from "../dates/partial-date";
import { inspectZip, WORKBOOK_LIMITS, type ArchiveRefusedError } from "../files/safe-zip";

export const IMPORT_LIMITS = {
  fileBytes: 10 * 1024 * 1024,
  rows: 20_000,
  zipEntries: 500,
  zipUncompressedBytes: 100 * 1024 * 1024,
};

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

function readCsv(bytes: Uint8Array): ImportTable {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new ImportFileError("importNotUtf8");
  }
  // Spreadsheets in many locales save with ";" or tabs: the header line tells which.
  const headerLine = text.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0];
  const delimiter = [",", ";", "\t"].reduce((best, d) => (headerLine.split(d).length > headerLine.split(best).length ? d : best), ",");
  let records: string[][];
  try {
    records = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: true, delimiter });
  } catch (error) {
    throw new ImportFileError("importUnreadableCsv", { reason: (error as Error).message });
  }
  if (records.length === 0) throw new ImportFileError("importEmpty");
  const [headers, ...rows] = records;
  return checkRows({ headers: headers.map((h) => h.trim()), rows });
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return toIsoPartial(value, "DAY");
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((r) => r.text).join("");
    if ("text" in value) return String(value.text);
    if ("result" in value) return cellText(value.result as ExcelJS.CellValue);
    return "";
  }
  return String(value);
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
  const sheet = workbook.worksheets[0];
  if (!sheet || sheet.rowCount === 0) throw new ImportFileError("importEmpty");
  const records: string[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const values: string[] = [];
    for (let column = 1; column <= sheet.columnCount; column++) values.push(cellText(row.getCell(column).value).trim());
    if (values.some((v) => v !== "")) records.push(values);
  });
  const [headers = [], ...rows] = records;
  return checkRows({ headers, rows });
}

export async function readImportFile(name: string, bytes: Uint8Array): Promise<ImportTable> {
  if (bytes.byteLength === 0) throw new ImportFileError("importEmpty");
  if (bytes.byteLength > IMPORT_LIMITS.fileBytes) {
    throw new ImportFileError("importFileTooLarge", { size: megabytes(bytes.byteLength), limit: megabytes(IMPORT_LIMITS.fileBytes) });
  }
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (/\.xlsx$/i.test(name) || isZip) return readXlsx(bytes);
  if (/\.(csv|txt|tsv)$/i.test(name)) return readCsv(bytes);
  throw new ImportFileError("importWrongType");
}
