// More cases of each kind the reader meets (beyond the field cases): hint lines, single columns,
// Central European and Chinese encodings without a byte-order mark, UTF-16 without one, Excel cells.
import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { readImportFile } from "@/lib/import/read-file";

const utf8 = (text: string) => new Uint8Array(Buffer.from(text, "utf8"));
const encoded = (text: string, encoding: string) => new Uint8Array(iconv.encode(text, encoding));

describe("hint lines and delimiters", () => {
  it("honours a quoted sep= line and one that Excel padded with delimiters", async () => {
    for (const text of ['"sep=;"\ntitle;partner\nA;B\n', "sep=;;;\ntitle;partner\nA;B\n", "sep=,,\r\ntitle,partner\r\nA,B\r\n"]) {
      const table = await readImportFile("a.csv", utf8(text));
      expect(table.headers).toEqual(["title", "partner"]);
      expect(table.rows).toEqual([["A", "B"]]);
    }
  });

  it("reads a single-column file whole, commas in its cells included", async () => {
    const table = await readImportFile("a.csv", utf8("title\nAgreement A, Lyon\nAgreement B; Lille\nAgreement C\n"));
    expect(table.headers).toEqual(["title"]);
    expect(table.rows).toEqual([["Agreement A, Lyon"], ["Agreement B; Lille"], ["Agreement C"]]);
  });
});

describe("stray quotes and old Mac line endings", () => {
  it("keeps quotes that do not quote a cell as typed: inches, feet, a quote opening a cell's words, a lone quote at a line's end", async () => {
    const text = 'title,partner,notes\n5\'6" frame,B,x\n"Big" deal,C,y\nLone at end",D,z\nE,F,ends with a quote"\n';
    const table = await readImportFile("a.csv", utf8(text));
    expect(table.rows).toEqual([
      ["5'6\" frame", "B", "x"],
      ['"Big" deal', "C", "y"],
      ['Lone at end"', "D", "z"],
      ["E", "F", 'ends with a quote"'],
    ]);
    expect(table.lines).toEqual([2, 3, 4, 5]);
  });

  it("reads a Windows-1252 file with CR-only line endings and a semicolon delimiter", async () => {
    const table = await readImportFile("a.csv", encoded('title;partner\r"Müller; Söhne";Café Zürich\rX;Y\r', "windows-1252"));
    expect(table.csv).toEqual({ delimiter: ";", encoding: "windows-1252" });
    expect(table.rows).toEqual([["Müller; Söhne", "Café Zürich"], ["X", "Y"]]);
    expect(table.lines).toEqual([2, 3]);
  });
});

describe("encodings without a byte-order mark", () => {
  it("reads Polish and Czech names saved by Excel on Central European Windows (Windows-1250), not as Western mojibake", async () => {
    const text = "title,partner\nUmowa o współpracy,Politechnika Łódzka\nSmlouva,Vysoké učení technické v Brně\n";
    const table = await readImportFile("a.csv", encoded(text, "windows-1250"));
    expect(table.csv?.encoding).toBe("windows-1250");
    expect(table.rows).toEqual([
      ["Umowa o współpracy", "Politechnika Łódzka"],
      ["Smlouva", "Vysoké učení technické v Brně"],
    ]);
  });

  it("reads a short GBK file and a short Big5 file whose headers are Pacta's own", async () => {
    const gbk = await readImportFile("a.csv", encoded("标题,合作方\n协议,武大\n", "gbk"));
    expect(gbk.csv?.encoding).toBe("gb18030");
    expect(gbk.rows).toEqual([["协议", "武大"]]);
    const hinted = await readImportFile("a.csv", encoded("sep=;\n标题;合作方\n协议;武大\n", "gbk"));
    expect(hinted.rows).toEqual([["协议", "武大"]]);
    const big5 = await readImportFile("a.csv", encoded("標題,合作方\n協議,臺大\n", "big5"));
    expect(big5.csv?.encoding).toBe("big5");
    expect(big5.rows).toEqual([["協議", "臺大"]]);
  });

  it("reads Cyrillic names saved by Excel on Russian Windows (Windows-1251), and still reads Western files as Windows-1252", async () => {
    const cyrillic = await readImportFile("a.csv", encoded("title,partner\nСоглашение,Казахский национальный университет\nМеморандум,Московский университет\n", "windows-1251"));
    expect(cyrillic.csv?.encoding).toBe("windows-1251");
    expect(cyrillic.rows.map((r) => r[1])).toEqual(["Казахский национальный университет", "Московский университет"]);
    const short = await readImportFile("a.csv", encoded("title,partner\nДоговор,Новосибирский университет\n", "windows-1251"));
    expect(short.rows).toEqual([["Договор", "Новосибирский университет"]]);
    const western = await readImportFile("a.csv", encoded("title,partner\nAccord,Université de Montréal\nVertrag,Universität Zürich\n", "windows-1252"));
    expect(western.csv?.encoding).toBe("windows-1252");
    expect(western.rows.map((r) => r[1])).toEqual(["Université de Montréal", "Universität Zürich"]);
  });

  it("reads Japanese names saved as Shift_JIS", async () => {
    const table = await readImportFile("a.csv", encoded("title,partner\n協定,東京大学\n覚書,京都大学\n", "shift_jis"));
    expect(table.csv?.encoding).toBe("shift_jis");
    expect(table.rows.map((r) => r[1])).toEqual(["東京大学", "京都大学"]);
  });

  it("reads UTF-16 text that lost its byte-order mark", async () => {
    const text = "title\tpartner\r\nA\t武汉大学\r\nB\tMünchen\r\n";
    for (const encoding of ["utf-16le", "utf-16be"] as const) {
      const table = await readImportFile("a.txt", encoded(text, encoding === "utf-16le" ? "utf16le" : "utf16be"));
      expect(table.csv).toEqual({ delimiter: "\t", encoding });
      expect(table.rows).toEqual([["A", "武汉大学"], ["B", "München"]]);
    }
  });
});

describe("Excel cells as a person sees them", () => {
  it("shows numbers as Excel shows them (15 significant digits)", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Register");
    sheet.addRow(["title", "partner", "term"]);
    sheet.addRow(["A", { text: "Example University", hyperlink: "https://example.org/" }, 0.1 + 0.2]);
    const table = await readImportFile("a.xlsx", new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer));
    expect(table.rows).toEqual([["A", "Example University", "0.3"]]);
  });

  it("reads shared and array formulas by their saved values, names every kind of error cell, and keeps text as typed", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Register");
    sheet.addRow(["title", "partner", "term", "signed"]);
    sheet.addRow(["A", { formula: "UPPER(\"x\")", result: "Example University" }, { formula: "12*2", result: 24, shareType: "shared", ref: "C2:C3" } as ExcelJS.CellValue, "2019-05-03"]);
    sheet.addRow(["B", { formula: "A2", result: "Example Institute", shareType: "array", ref: "B3" } as ExcelJS.CellValue, { sharedFormula: "C2", result: 36 }, "00123"]);
    sheet.addRow(["C", { error: "#NULL!" }, { error: "#NUM!" }, { error: "#VALUE!" }] as ExcelJS.CellValue[]);
    sheet.addRow(["D", { error: "#DIV/0!" }, { error: "#NAME?" }, true] as ExcelJS.CellValue[]);
    sheet.addRow(["E", "F", 12, new Date(Date.UTC(2019, 4, 3))]);
    sheet.getCell("D6").numFmt = "dd/mm/yyyy";
    const table = await readImportFile("a.xlsx", new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer));
    expect(table.rows.slice(0, 2)).toEqual([
      ["A", "Example University", "24", "2019-05-03"],
      ["B", "Example Institute", "36", "00123"],
    ]);
    expect(table.cellProblems[2].map((p) => p.values?.cell + " " + p.values?.error)).toEqual(["B4 #NULL!", "C4 #NUM!", "D4 #VALUE!"]);
    expect(table.cellProblems[3].map((p) => p.values?.cell + " " + p.values?.error)).toEqual(["B5 #DIV/0!", "C5 #NAME?"]);
    expect(table.rows[3][3]).toBe("yes");
    expect(table.rows[4]).toEqual(["E", "F", "12", "2019-05-03"]);
  });
});
