// The import's reader on the files real offices produce (tests/fixtures/import) and on cases
// of the same kinds built here: encodings, delimiters, stray quotes, Excel cell kinds.
import { readFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { detectDelimiter, formatPrecision, ImportFileError, readImportFile, type CsvChoices } from "@/lib/import/read-file";
import { errorText, translatorFor } from "@/lib/i18n/translator";

const fixture = (name: string) => new Uint8Array(readFileSync(path.join(__dirname, "../fixtures/import", name)));
const read = (name: string, bytes: Uint8Array, choices?: CsvChoices) => readImportFile(name, bytes, choices);
/** The refusal's message in English and Chinese. */
async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImportFileError);
  const { key, values } = error as ImportFileError;
  return { en: errorText(translatorFor("en"), key, values), zh: errorText(translatorFor("zh-CN"), key, values) };
}

describe("reading CSV files as offices save them", () => {
  it("honours Excel's sep= line, keeps a line break inside a quoted cell and numbers lines as in the file (c01b)", async () => {
    const table = await read("c01b-sep-line.csv", fixture("c01b-sep-line.csv"));
    expect(table.csv).toEqual({ delimiter: ";", encoding: "utf-8" });
    expect(table.headers[0]).toBe("Title");
    expect(table.rows).toHaveLength(2);
    expect(table.rows[0][7]).toBe("Line one of the summary\r\nLine two, after Alt+Enter");
    expect(table.lines).toEqual([3, 5]);
  });

  it("finds the delimiter from several lines' structure, not from the header's commas (c01c)", async () => {
    const table = await read("c01c-semicolon-commas-in-header.csv", fixture("c01c-semicolon-commas-in-header.csv"));
    expect(table.csv?.delimiter).toBe(";");
    expect(table.headers).toEqual(["Title", "Partners (name, city, country)", "Focus areas (e.g. AI, mobility, energy)", "Signed on"]);
    expect(table.rows).toEqual([
      ["Student exchange agreement", "Example University, Lyon, FR", "AI; mobility", "2020-09"],
      ["Joint laboratory agreement", "Example Institute of Technology, Lille, FR", "energy", "2022-03-15"],
    ]);
  });

  // How fast it reads is measured by `npm run bench` (the import of 50,000 agreements), not timed here.
  it("numbers the lines of the largest file it takes (20,000 rows, multi-line cells among them)", async () => {
    const lines = ["Title,Partners"];
    for (let i = 0; i < 20_000; i++) lines.push(i % 1000 === 0 ? `"Agreement ${i}\r\nsecond line",Partner ${i}` : `Agreement ${i},Partner ${i}`);
    const table = await read("large.csv", new TextEncoder().encode(lines.join("\r\n")));
    expect(table.lines.slice(0, 3)).toEqual([2, 4, 5]);
    expect(table.lines.at(-1)).toBe(20_001 + 20);
  });

  it("takes the delimiter chosen on the preview over the one found", async () => {
    const table = await read("c01c.csv", fixture("c01c-semicolon-commas-in-header.csv"), { delimiter: "," });
    expect(table.csv?.delimiter).toBe(",");
    expect(table.headers).toHaveLength(5);
  });

  it("finds tab, pipe and semicolon delimiters, with delimiters of other kinds inside quoted cells", () => {
    expect(detectDelimiter("Title\tPartners\tSigned\nA, B and C\tUniv, Lyon\t2020\nD\tE; F\t2021\n")).toBe("\t");
    expect(detectDelimiter("Title|Partners|Signed\nA, B|C; D|2020\nE|F|2021\n")).toBe("|");
    expect(detectDelimiter('Title;Partners\n"A; B, C";"D, E"\n"F, G";H\n')).toBe(";");
    expect(detectDelimiter('Title,Partners\n"A; B; C","D|E"\n"F;G",H\n')).toBe(",");
    expect(detectDelimiter("Title\n")).toBe(",");
  });

  it("reads Windows-1252 (c03a), GBK (c03b) and UTF-16 LE 'Unicode Text' (c03d), saying which", async () => {
    const western = await read("c03a-windows-1252.csv", fixture("c03a-windows-1252.csv"));
    expect(western.csv).toEqual({ delimiter: ";", encoding: "windows-1252" });
    expect(western.rows.map((r) => r[1])).toEqual([
      "Università degli Studi di Esempio",
      "Technische Universität Beispielstadt",
      "École supérieure d'exemple",
      "Universidad de Ejemplo – Campus Señorío",
    ]);
    const chinese = await read("c03b-gbk.csv", fixture("c03b-gbk.csv"));
    expect(chinese.csv).toEqual({ delimiter: ",", encoding: "gb18030" });
    expect(chinese.headers).toEqual(["标题", "合作方", "合作方国家", "签署日期"]);
    expect(chinese.rows[1][1]).toBe("示例汽车集团有限公司");
    const unicodeText = await read("c03d-excel-unicode-text-utf16le.txt", fixture("c03d-excel-unicode-text-utf16le.txt"));
    expect(unicodeText.csv).toEqual({ delimiter: "\t", encoding: "utf-16le" });
    expect(unicodeText.rows).toEqual([
      ["Exchange agreement", "Université d'Exemple", "2019-05"],
      ["合作协议", "示例大学", "2020年1月"],
    ]);
    for (const table of [western, chinese, unicodeText]) expect(JSON.stringify(table)).not.toContain("\uFFFD");
  });

  it("reads other encodings of the same kinds: UTF-16 BE, UTF-8 with a BOM, Big5, Shift_JIS", async () => {
    const text = "Title\tPartners\nExchange agreement\tUniversité d'Exemple\n合作協議\t國立示例大學\n";
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text, "utf-16be")]);
    expect((await read("register.txt", be)).csv).toEqual({ delimiter: "\t", encoding: "utf-16be" });
    expect((await read("register.txt", be)).rows[1]).toEqual(["合作協議", "國立示例大學"]);
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("Title,Partners\nA,Ünïversity\n")]);
    expect((await read("r.csv", bom)).headers).toEqual(["Title", "Partners"]);
    const big5 = iconv.encode("標題,合作方,簽署日期\n學術交流協議,國立臺灣示例大學,2019年5月\n合作備忘錄,臺北示例科技大學,2020年\n學生交換協議,高雄示例醫學大學,2021年3月\n", "big5");
    const traditional = await read("big5.csv", big5);
    expect(traditional.csv?.encoding).toBe("big5");
    expect(traditional.rows.map((r) => r[1])).toEqual(["國立臺灣示例大學", "臺北示例科技大學", "高雄示例醫學大學"]);
    // Shift_JIS is not told from other East Asian encodings by statistics on a few lines: chosen on the preview, it reads.
    const japanese = iconv.encode("タイトル,パートナー\n学術交流協定,東京例示大学\n", "shift_jis");
    expect((await read("sjis.csv", japanese, { encoding: "shift_jis" })).rows[0]).toEqual(["学術交流協定", "東京例示大学"]);
  });

  it("refuses a file that is not text in the encoding chosen, naming the line, in the reader's language, rather than store a damaged name", async () => {
    const latin = new Uint8Array([...Buffer.from("Title,Partners\nA,B\n"), ...Buffer.from("C,"), 0xc9, 0x74, 0xe9, 0x0a]);
    const message = await refusal(read("latin1.csv", latin, { encoding: "utf-8" }));
    expect(message.en).toBe("The file could not be read as UTF-8: line 3 holds bytes that are not text in it. Choose its encoding under “Encoding”, or save it from Excel as “CSV UTF-8”.");
    expect(message.zh).toContain("第 3 行");
    // Read in the encoding it was written in, it is fine.
    expect((await read("latin1.csv", latin)).rows[1]).toEqual(["C", "Été"]);
    const gbkAsBig5 = await refusal(read("c03b.csv", fixture("c03b-gbk.csv"), { encoding: "big5" }));
    expect(gbkAsBig5.en).toMatch(/could not be read as Big5: line \d/);
  });

  it("keeps stray quotes as typed (c04a) and names the line of a quote that never closes", async () => {
    const table = await read("c04a-unescaped-quotes.csv", fixture("c04a-unescaped-quotes.csv"));
    expect(table.rows.map((r) => r[0])).toEqual([
      'Agreement on the "Smart Mobility" joint lab',
      'Agreement on a 19" rack donation',
      'Properly quoted "Green Campus" agreement',
    ]);
    expect(await read("q.csv", new TextEncoder().encode('Title;Partners\n12" pipe;A\n3 1/2" disk;"B"\n'))).toMatchObject({ rows: [['12" pipe', "A"], ['3 1/2" disk', "B"]] });
    const message = await refusal(read("open.csv", new TextEncoder().encode('Title,Partners\nA,B\nC,"D\nE,F\nG,H\n')));
    expect(message.en).toBe("The CSV file could not be read from line 3: a quoted cell starts there and never ends. Check the quotation marks on that line.");
    expect(message.zh).toBe("无法从第 3 行起读取 CSV 文件：该行有一个引号开始的单元格没有结束。请检查该行的引号。");
  });
});

describe("reading Excel cells as a person sees them", () => {
  it("reads the field case c08: rich text, a hyperlink with rich text, formulas, an error cell, merged cells", async () => {
    const table = await read("c08-cell-kinds.xlsx", fixture("c08-cell-kinds.xlsx"));
    expect(table.csv).toBeNull();
    expect(table.rows.map((r) => r.slice(0, 4))).toEqual([
      ["Joint laboratory agreement", "Example University of Technology", "示例理工大学", "2019-05-03"],
      ["Exchange agreement", "Example Institute", "", "2019-05-04"],
      ["Exchange agreement", "Example Institute", "", "2019-05-05"],
      ["Formula without a cached value", "", "", "2019-05-06"],
      ["Error cell as partner", "", "", "2019-05-07"],
      ["Merged partner, first agreement", "Example College", "", "2019-05-08"],
      ["Merged partner, second agreement", "Example College", "", "2019-05-09"],
    ]);
    expect(JSON.stringify(table.rows)).not.toContain("[object Object]");
    expect(table.lines).toEqual([2, 3, 4, 5, 6, 7, 8]);
    expect(table.cellProblems.map((p) => p.map((m) => errorText(translatorFor("en"), m.key, m.values)))).toEqual([
      [],
      [],
      [],
      ["Cell B5 holds a formula with no saved value. Open the file in Excel, save it there, and check it again."],
      ["Cell B6 shows the error #N/A. Correct it in the file and check it again."],
      [],
      [],
    ]);
  });

  it("reads cells of each kind in a workbook built here", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Register");
    sheet.addRow(["Title", "Partners", "Signed on", "Expires on", "Notes"]);
    sheet.addRow([
      { richText: [{ text: "Rich " }, { font: { italic: true }, text: "title" }] },
      { text: "Plain hyperlink partner", hyperlink: "https://example.org" },
      new Date(Date.UTC(2019, 4, 1)),
      new Date(Date.UTC(2024, 0, 1)),
      { formula: "1+1", result: 2 },
    ]);
    sheet.getCell("C2").numFmt = "mmm yyyy";
    sheet.getCell("D2").numFmt = "yyyy";
    sheet.addRow(["Year typed into a date cell", "Partner", 2010, new Date(Date.UTC(2027, 5, 30, 0, 0)), { formula: "1/0", result: { error: "#DIV/0!" } }]);
    sheet.getCell("C3").numFmt = "yyyy-mm-dd";
    sheet.getCell("D3").numFmt = 'yyyy"年"m"月"d"日"';
    // A year typed into a date-formatted cell reaches the file as the serial 2010, which exceljs reads as 2 July 1905.
    sheet.getCell("C3").value = new Date(Date.UTC(1905, 6, 2));
    sheet.addRow(["Merged across", "Wide partner", "", "", "x"]);
    sheet.mergeCells("B4:D4");
    sheet.addRow(["Error cell", { error: "#REF!" }, new Date(Date.UTC(2020, 1, 29)), "", { formula: "A1" }]);
    sheet.getCell("C5").numFmt = "[$-409]mmmm d, yyyy;@";
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const table = await read("built.xlsx", bytes);
    expect(table.rows).toEqual([
      ["Rich title", "Plain hyperlink partner", "2019-05", "2024", "2"],
      ["Year typed into a date cell", "Partner", "2010", "2027-06-30", ""],
      ["Merged across", "Wide partner", "", "", "x"],
      ["Error cell", "", "2020-02-29", "", ""],
    ]);
    expect(table.cellProblems.map((p) => p.map((m) => m.values?.cell))).toEqual([[], ["E3"], [], ["B5", "E5"]]);
  });

  it("takes a date cell's precision from what its number format shows", () => {
    expect(formatPrecision("mmm yyyy")).toBe("MONTH");
    expect(formatPrecision("mmmm\\ yyyy")).toBe("MONTH");
    expect(formatPrecision('yyyy"年"m"月"')).toBe("MONTH");
    expect(formatPrecision("yyyy")).toBe("YEAR");
    expect(formatPrecision('"Year "yyyy')).toBe("YEAR");
    expect(formatPrecision("dd/mm/yyyy")).toBe("DAY");
    expect(formatPrecision("[$-F800]dddd, mmmm dd, yyyy")).toBe("DAY");
    expect(formatPrecision("yyyy-mm-dd hh:mm")).toBe("DAY");
    expect(formatPrecision("[Red]yyyy")).toBe("YEAR");
    expect(formatPrecision(undefined)).toBe("DAY");
  });
});
