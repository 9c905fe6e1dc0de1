// Exports as reports: the columns a person chose, the Excel file's first sheet and properties,
// the list's order kept across batches for every sort, and a number of statements that grows
// with the batches, not the rows. On real SQLite and PostgreSQL databases.
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseListParams, SORT_COLUMNS } from "@/lib/agreements/list-params";
import { listAgreements } from "@/lib/agreements/queries";
import { exportStream, type ExportFormat } from "@/lib/reports/agreement-export";
import { createPrismaClient } from "@/lib/prisma-client";
import { seedArticle } from "@/prisma/seed/article-seed";
import { PROVIDERS, createTestDatabase, type TestDatabase } from "../support/databases";
import { createTestAgreement, createUser } from "../support/factories";

async function bytesOf(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string));
  return Buffer.concat(chunks);
}

describe.each(PROVIDERS)("exports as reports on %s", (provider) => {
  let t: TestDatabase;
  const download = (format: ExportFormat, params: Record<string, string> = {}, batchSize?: number) =>
    bytesOf(exportStream(format, t.db, parseListParams(params), batchSize));
  const csvRows = async (params: Record<string, string> = {}, batchSize?: number) =>
    parse((await download("csv", params, batchSize)).toString("utf8"), { bom: true, columns: true }) as Record<string, string>[];

  beforeAll(async () => {
    t = await createTestDatabase(provider);
    await seedArticle(t.db);
    const editor = await createUser(t.db, "EDITOR");
    // No date and no type: their NULLs must fall where the list puts them, batch after batch.
    await createTestAgreement(t.db, editor, { title: "Without a date", signedOn: "" });
    await createTestAgreement(t.db, editor, { title: "Also without a date", signedOn: "" });
    await createTestAgreement(t.db, editor, { title: "Same day as another", signedOn: "2020-01-03" });
  });
  afterAll(async () => t?.drop());

  it("honours the chosen columns, in their order, in CSV, JSON and Excel", async () => {
    const params = { columns: "owner,reference,signedOn,partners" };
    expect(Object.keys((await csvRows(params))[0])).toEqual(["Owner", "Reference", "Signed on", "Partners"]);
    const json = JSON.parse((await download("json", params)).toString("utf8")) as Record<string, unknown>[];
    expect(Object.keys(json[0])).toEqual(["Owner", "Reference", "Signed on", "Partners"]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await download("xlsx", params)) as unknown as ArrayBuffer);
    expect((workbook.getWorksheet("Agreements")!.getRow(1).values as unknown[]).slice(1)).toEqual(["Owner", "Reference", "Signed on", "Signed on: precision", "Partners"]);
  });

  it("keeps the list's order across batch boundaries for every sort, both ways, NULLs included", async () => {
    for (const sort of SORT_COLUMNS) {
      for (const dir of ["asc", "desc"]) {
        const params = { sort, dir, archived: "include", columns: "reference" };
        const list = await listAgreements(parseListParams(params), { pageSize: 1000, database: t.db });
        const exported = (await csvRows(params, 2)).map((r) => r.Reference);
        expect(exported, `${sort} ${dir}`).toEqual(list.rows.map((r) => r.reference));
      }
    }
  });

  it("opens the Excel file on a sheet naming the report, the institution, the filters, the day and the list's counts; properties name Pacta", async () => {
    const workbook = new ExcelJS.Workbook();
    const filters = { q: "Guangxi", archived: "include" };
    await workbook.xlsx.load((await bytesOf(exportStream("xlsx", t.db, parseListParams(filters), 2, undefined, new Date("2026-11-26T10:00:00Z")))) as unknown as ArrayBuffer);
    expect(workbook.creator).toBe("Pacta");
    expect(workbook.subject).toBe("Wuhan University of Technology (武汉理工大学)");
    const about = workbook.worksheets[0];
    expect(about.name).toBe("Report");
    const rows = new Map<string, unknown>();
    about.eachRow((row) => rows.set(String(row.getCell(1).value), row.getCell(2).value));
    expect(rows.has("Agreements register")).toBe(true);
    expect(rows.get("Institution")).toBe("Wuhan University of Technology (武汉理工大学)");
    expect(rows.get("Filters")).toBe("search “Guangxi”; archived included");
    expect(rows.get("Date of the report")).toBe("2026-11-26");
    const list = await listAgreements(parseListParams(filters), { pageSize: 1000, database: t.db });
    expect(list.total).toBeGreaterThan(2);
    expect(rows.get("Agreements")).toBe(list.total);
    // Each status's count is what the list finds with that status chosen.
    let statuses = 0;
    for (const status of ["ACTIVE", "EXPIRED", "RENEWED", "DRAFT", "TERMINATED"] as const) {
      const withStatus = await listAgreements(parseListParams({ ...filters, status }), { pageSize: 1000, database: t.db });
      const label = { ACTIVE: "Active", EXPIRED: "Expired", RENEWED: "Renewed", DRAFT: "Draft", TERMINATED: "Terminated" }[status];
      expect(rows.get(label) ?? 0, status).toBe(withStatus.total);
      statuses += withStatus.total;
    }
    expect(statuses).toBe(list.total);
    expect(workbook.worksheets[1].rowCount).toBe(list.total + 1);
  });

  it("issues a number of statements that grows with the batches, not the rows", async () => {
    const statements: string[] = [];
    const counted = createPrismaClient(t.url, { onQuery: (sql) => statements.push(sql) });
    try {
      const run = async (batchSize: number) => {
        statements.length = 0;
        await bytesOf(exportStream("csv", counted, parseListParams({ archived: "include" }), batchSize));
        return statements.length;
      };
      await run(1000); // the day's running-period refresh, once
      const rows = (await csvRows({ archived: "include" })).length;
      expect(rows).toBeGreaterThan(10);
      const oneBatch = await run(1000);
      const batchesOfThree = await run(3);
      // The order once, then one statement a batch (the agreements with every name they refer to), whatever the columns.
      const statementsFor = (size: number) => 1 + Math.ceil(rows / size);
      expect(batchesOfThree - oneBatch).toBe(statementsFor(3) - statementsFor(1000));
      expect(oneBatch).toBeLessThanOrEqual(8);
    } finally {
      await counted.$disconnect();
    }
  });
});
