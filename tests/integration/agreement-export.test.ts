// Exports of the agreements list on real SQLite and PostgreSQL databases.
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/auth/current-user-type";
import { parseListParams } from "@/lib/agreements/list-params";
import { columnHeader, exportStream, EXPORT_COLUMNS, type ExportFormat } from "@/lib/reports/agreement-export";
import { translatorFor } from "@/lib/i18n/translator";
import { describeFilters } from "@/lib/reports/report-heading";
import { seedArticle } from "@/prisma/seed/article-seed";
import { PROVIDERS, createTestDatabase, type TestDatabase } from "../support/databases";
import { createTestAgreement, createUser, signSeededRenewal } from "../support/factories";

async function bytesOf(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string));
  return Buffer.concat(chunks);
}

describe.each(PROVIDERS)("exports on %s", (provider) => {
  let t: TestDatabase;
  let editor: CurrentUser;
  let injected: string;
  const download = (format: ExportFormat, params: Record<string, string> = {}, batchSize?: number) =>
    bytesOf(exportStream(format, t.db, parseListParams(params), batchSize));
  const csvRows = async (params: Record<string, string> = {}, batchSize?: number) => {
    const bytes = await download("csv", params, batchSize);
    return parse(bytes.toString("utf8"), { bom: true, columns: true }) as Record<string, string>[];
  };

  beforeAll(async () => {
    t = await createTestDatabase(provider);
    await seedArticle(t.db);
    await signSeededRenewal(t.db);
    editor = await createUser(t.db, "EDITOR");
    injected = (await createTestAgreement(t.db, editor, { title: '=HYPERLINK("http://evil.example","click")', signedOn: "2024-05" })).reference;
    const archived = await createTestAgreement(t.db, editor, { title: "Archived one", signedOn: "2023" });
    await t.db.agreement.update({ where: { reference: archived.reference }, data: { archived: true } });
  });
  afterAll(async () => t?.drop());

  it("writes CSV in UTF-8 with a BOM, the list's rows in its order, Chinese names and partial dates intact", async () => {
    const bytes = await download("csv");
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse(bytes.toString("utf8"), { bom: true, columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0])).toEqual(EXPORT_COLUMNS.map((c) => columnHeader(translatorFor(), c.key)));
    expect(rows.map((r) => r.Reference)).toEqual([injected, ...["0001", "0002", "0003", "0004", "0005", "0006", "0007", "0008"].map((n) => `AG-2020-${n}`), "AG-2010-0001"]);
    const renewal = rows.find((r) => r.Reference === "AG-2020-0001")!;
    expect(renewal).toMatchObject({
      "Partner local names": "广西壮族自治区人民政府",
      Status: "Active",
      "Signed on": "2020-01-03",
      Place: "Nanning",
      "Focus areas": "Belt and Road Initiative; Innovation platform construction; Joint scientific and technological research; Talent exchange and cooperation; Technology transfer and achievement transformation",
    });
    expect(renewal.Signatories).toContain("Zhang Qingjie (President) for Wuhan University of Technology");
    expect(rows.find((r) => r.Reference === "AG-2010-0001")).toMatchObject({ "Signed on": "about 2010", Status: "Renewed" });
    expect(rows.some((r) => r.Title === "Archived one")).toBe(false);
  });

  it("puts every filter into words in the reader's language: country, province, type, date ranges, framework, ceremony", async () => {
    const type = await t.db.agreementType.findFirstOrThrow({ where: { code: "FRAMEWORK" }, select: { id: true } });
    const event = await t.db.signingEvent.findFirstOrThrow({ select: { id: true } });
    const filters = parseListParams({ country: "CN", province: "GX", type: type.id, expiresFrom: "2026-01", noticeTo: "2026-12-31", framework: "AG-2010-0001", event: event.id });
    const zh = await describeFilters(t.db, filters, translatorFor("zh-CN"));
    for (const words of ["合作方国家为中国", "合作方省份为广西", "类型为框架协议", "到期日不早于 2026-01", "通知截止日不晚于 2026-12-31", "属于框架协议 AG-2010-0001", "在Signing ceremony in Nanning上签署"]) {
      expect(zh).toContain(words);
    }
    const en = await describeFilters(t.db, filters, translatorFor("en"));
    expect(en).toContain("partner country China");
    expect(en).toContain("type Framework agreement");
  });

  it("writes CSV and Excel headers and words in Chinese for a Chinese reader, and keeps JSON's keys in English", async () => {
    const zh = translatorFor("zh-CN");
    const csv = (await bytesOf(exportStream("csv", t.db, parseListParams({ q: "广西壮族自治区人民政府" }), undefined, zh))).toString("utf8");
    const rows = parse(csv, { bom: true, columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]).slice(0, 7)).toEqual(["编号", "标题", "其他名称", "合作方", "合作方本地名称", "合作方国家", "类型"]);
    expect(rows.find((r) => r["编号"] === "AG-2020-0001")).toMatchObject({ 合作方本地名称: "广西壮族自治区人民政府", 状态: "有效", 签署日期: "2020-01-03", 已归档: "否" });
    expect(rows.find((r) => r["编号"] === "AG-2020-0001")!["签署人"]).toContain("Zhang Qingjie (President) 代表 Wuhan University of Technology");
    // The data speaks the reader's language too: the type, the country and the focus areas by their Chinese names.
    expect(rows.find((r) => r["编号"] === "AG-2020-0001")).toMatchObject({ 类型: "战略合作协议", 合作方国家: "中国" });
    expect(rows.find((r) => r["编号"] === "AG-2020-0001")!["重点领域"]).not.toMatch(/[A-Za-z]/);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await bytesOf(exportStream("xlsx", t.db, parseListParams({}), undefined, zh)) as unknown as ArrayBuffer);
    // The first sheet names the report; the agreements follow on the second.
    expect(workbook.worksheets.map((w) => w.name)).toEqual(["报告", "协议"]);
    // The institution in the reader's script first, as every name in two scripts.
    expect(workbook.subject).toBe("武汉理工大学 (Wuhan University of Technology)");
    expect(workbook.worksheets[1].getRow(1).getCell(1).value).toBe("编号");

    const json = JSON.parse((await bytesOf(exportStream("json", t.db, parseListParams({}), undefined, zh))).toString("utf8"));
    expect(Object.keys(json[0])).toContain("Reference");
  });

  it("exports exactly the rows the filters select, across batch boundaries", async () => {
    expect((await csvRows({ status: "RENEWED" })).map((r) => r.Reference)).toEqual(["AG-2010-0001"]);
    expect((await csvRows({ q: "柳州" })).map((r) => r.Reference)).toEqual(["AG-2020-0003", "AG-2020-0004", "AG-2020-0005"]);
    expect((await csvRows({ archived: "only" })).map((r) => r.Title)).toEqual(["Archived one"]);
    const whole = (await csvRows()).map((r) => r.Reference);
    expect((await csvRows({}, 4)).map((r) => r.Reference)).toEqual(whole);
    expect((await csvRows({ sort: "reference", dir: "asc" }, 3)).map((r) => r.Reference)).toEqual([...whole].sort());
  });

  it("neutralises formulas in CSV and Excel", async () => {
    const csv = (await csvRows()).find((r) => r.Reference === injected)!;
    expect(csv.Title).toBe(`'=HYPERLINK("http://evil.example","click")`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await download("xlsx")) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("Agreements")!;
    const titles = sheet.getColumn(2).values as unknown[];
    expect(titles).toContain(`'=HYPERLINK("http://evil.example","click")`);
    sheet.eachRow((row) => row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula)));
  });

  it("writes Excel with a frozen header, an autofilter, widths, real dates at their precision and the precision beside them", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await download("xlsx")) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("Agreements")!;
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
    expect(sheet.getColumn(2).width).toBe(50);
    const headers = EXPORT_COLUMNS.flatMap((c) => {
      const header = columnHeader(translatorFor(), c.key);
      return ["signedOn", "effectiveFrom", "expiresOn", "signingCeremonyDate"].includes(c.key) ? [header, `${header}: precision`] : [header];
    });
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(headers);
    const rowOf = (reference: string) => {
      let found: ExcelJS.Row | undefined;
      sheet.eachRow((row) => {
        if (row.getCell(1).value === reference) found = row;
      });
      return found!;
    };
    const signedColumn = headers.indexOf("Signed on") + 1;
    expect(rowOf("AG-2020-0001").getCell(signedColumn).value).toEqual(new Date("2020-01-03T00:00:00Z"));
    expect(rowOf("AG-2020-0001").getCell(signedColumn).numFmt).toBe("yyyy-mm-dd");
    expect(rowOf("AG-2020-0001").getCell(signedColumn + 1).value).toBe("day");
    // A year is a date too (so the column sorts), shown as the year, with its precision beside it;
    // this one is approximate, so the format shows "about 2010".
    expect(rowOf("AG-2010-0001").getCell(signedColumn).value).toEqual(new Date("2010-01-01T00:00:00Z"));
    expect(rowOf("AG-2010-0001").getCell(signedColumn).numFmt).toBe('"about "yyyy');
    expect(rowOf("AG-2010-0001").getCell(signedColumn + 1).value).toBe("year");
    expect(rowOf(injected).getCell(signedColumn).numFmt).toBe("yyyy-mm");
    expect(rowOf(injected).getCell(signedColumn + 1).value).toBe("month");
    expect(rowOf("AG-2020-0008").getCell(5).value).toBe("上汽通用五菱汽车股份有限公司");
    // An untitled agreement whose release gives no title says so: an empty cell would say nothing was given.
    expect(rowOf("AG-2020-0008").getCell(2).value).toBe("not known");
    expect(sheet.rowCount).toBe(11);
  });

  it("writes JSON with the same rows and values as the CSV", async () => {
    const json = JSON.parse((await download("json")).toString("utf8")) as Record<string, unknown>[];
    const csv = await csvRows();
    expect(json.map((r) => r.Reference)).toEqual(csv.map((r) => r.Reference));
    const renewal = json.find((r) => r.Reference === "AG-2020-0001")!;
    expect(renewal).toMatchObject({ "Signed on": "2020-01-03", "Automatic renewal": false, Archived: false, Title: "Strategic Cooperation Framework Agreement" });
    expect(json.find((r) => r.Reference === injected)!.Title).toBe('=HYPERLINK("http://evil.example","click")');
  });

  // The database writes each row as JSON (decision 030): no character in a name can split a list or
  // shift a column, not even the separators the lists were once joined by (U+001E, U+001F).
  it("keeps every name whole, whatever characters it holds", async () => {
    const odd = await createTestAgreement(t.db, editor, { title: 'Line one\nline "two", three', signedOn: "2022-06-01" });
    const { id, parties } = await t.db.agreement.findUniqueOrThrow({ where: { reference: odd.reference }, select: { id: true, parties: { where: { role: { not: "OUR_INSTITUTION" } }, select: { organizationId: true } } } });
    const partner = 'University\u001eof\u001f "Odd", Names';
    await t.db.organization.update({ where: { id: parties[0].organizationId }, data: { name: partner, localName: "奇\u001f名" } });
    await t.db.agreementName.create({ data: { agreementId: id, name: "Other\u001ename; second", order: 0 } });
    const row = (await csvRows()).find((r) => r.Reference === odd.reference)!;
    expect(row).toMatchObject({ Title: 'Line one\nline "two", three', Partners: partner, "Partner local names": "奇\u001f名", "Other names": "Other\u001ename; second" });
    expect(row.Signatories).toMatch(new RegExp(`for ${partner.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`));
    const json = JSON.parse((await download("json")).toString("utf8")) as Record<string, unknown>[];
    expect(json.find((r) => r.Reference === odd.reference)).toMatchObject({ Partners: partner, "Other names": "Other\u001ename; second" });
  });
});
