// The exports and the import in `npm run bench`, each beside the same work done by the database
// and the libraries alone, measured in the same run on the same database:
//   - CSV export of the whole register   vs hand-written SQL → CSV (keyset batches, names aggregated in SQL)
//   - Excel export                       vs exceljs's streaming writer fed the same rows from memory
//   - import of BENCH_IMPORT_ROWS rows   vs batched multi-row raw INSERTs of the same agreements
//     (agreement, our party and the partner, timeline entry, audit event) in one transaction
// and the peak extra memory (resident set) of each export. Prints its own table with the targets
// of issue #23 beside each figure. Called by scripts/bench.ts for each database.
import { Writable, type Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { randomBytes, randomUUID } from "node:crypto";
import { stringify } from "csv-stringify/sync";
import ExcelJS from "exceljs";
import type { Database } from "../lib/prisma-client";
import { executeCommand, type Command } from "../lib/actions/command";
import { parseListParams } from "../lib/agreements/list-params";
import { exportRecords, exportStream, EXPORT_COLUMNS } from "../lib/reports/agreement-export";
import { importCommands } from "../lib/import/commands";
import { translatorFor } from "../lib/i18n/translator";
import { demoImportCsv } from "../prisma/seed/demo-import";

type Provider = "sqlite" | "postgresql";
const IMPORT_ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 10_000);
const BATCH = 1000;

/** Runs `work`, sampling the resident set every 20 ms: seconds and the peak above where it started, in MB. */
export async function measured(work: () => Promise<unknown>) {
  global.gc?.();
  const baseline = process.memoryUsage().rss;
  let peak = baseline;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const start = performance.now();
  try {
    await work();
  } finally {
    clearInterval(sampler);
  }
  peak = Math.max(peak, process.memoryUsage().rss);
  return { seconds: (performance.now() - start) / 1000, peakExtraMb: (peak - baseline) / 1024 / 1024 };
}

/** Drains a stream, counting its bytes. */
export async function drain(stream: Readable) {
  let bytes = 0;
  await pipeline(stream, new Writable({ write: (chunk, _encoding, done) => ((bytes += chunk.length), done()) }));
  return bytes;
}

/**
 * The register as CSV by hand: keyset batches of 1,000 by id (the database's cheapest order), every
 * export column, the names of partners, type, owner, lead unit, focus areas and signatories
 * aggregated in the same statement.
 */
export async function handWrittenCsv(db: Database, provider: Provider, sink: (text: string) => void) {
  const pg = provider === "postgresql";
  const agg = (expression: string, order: string) => (pg ? `string_agg(${expression}, '; ' ORDER BY ${order})` : `group_concat(${expression}, '; ')`);
  const sql = `SELECT a."id", a."reference", a."title", a."status", a."signedOn", a."signedPlace", a."effectiveFrom", a."expiresOn", a."endsOn",
      a."noticeDeadline", a."termMonths", a."noticePeriodDays", a."automaticRenewal", a."summary", a."notes", a."archived",
      t."name" AS "type", u."name" AS "owner", l."name" AS "leadUnit",
      (SELECT ${agg('o."name"', 'p."order"')} FROM "AgreementParty" p JOIN "Organization" o ON o."id" = p."organizationId" WHERE p."agreementId" = a."id" AND p."role" <> 'OUR_INSTITUTION') AS "partners",
      (SELECT ${agg('o."localName"', 'p."order"')} FROM "AgreementParty" p JOIN "Organization" o ON o."id" = p."organizationId" WHERE p."agreementId" = a."id" AND p."role" <> 'OUR_INSTITUTION') AS "localNames",
      (SELECT ${agg('o."country"', 'p."order"')} FROM "AgreementParty" p JOIN "Organization" o ON o."id" = p."organizationId" WHERE p."agreementId" = a."id" AND p."role" <> 'OUR_INSTITUTION') AS "countries",
      (SELECT ${agg('f."name"', 'f."name"')} FROM "AgreementFocusArea" af JOIN "FocusArea" f ON f."id" = af."focusAreaId" WHERE af."agreementId" = a."id") AS "focusAreas",
      (SELECT ${agg('pe."name"', 's."order"')} FROM "Participant" s JOIN "Person" pe ON pe."id" = s."personId" WHERE s."agreementId" = a."id" AND s."role" = 'SIGNATORY') AS "signatories"
    FROM "Agreement" a LEFT JOIN "AgreementType" t ON t."id" = a."typeId" LEFT JOIN "User" u ON u."id" = a."ownerId" LEFT JOIN "Organization" l ON l."id" = a."leadUnitId"
    WHERE a."archived" = false AND a."id" > ${pg ? "$1" : "?"} ORDER BY a."id" LIMIT ${BATCH}`;
  let after = "";
  let rows = 0;
  sink("\uFEFF" + stringify([EXPORT_COLUMNS.map((c) => c.key)]));
  for (;;) {
    const batch = await db.$queryRawUnsafe<Record<string, unknown>[]>(sql, after);
    if (batch.length === 0) break;
    sink(stringify(batch.map((r) => Object.values(r).slice(1).map((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v === null ? "" : String(v))))));
    rows += batch.length;
    after = String(batch[batch.length - 1].id);
  }
  return rows;
}

/** exceljs's streaming writer alone, given rows already in memory, with the same styles as Pacta's sheet. */
export async function excelFromMemory(rows: ExcelJS.CellValue[][]) {
  const out = new Writable({ write: (_chunk, _encoding, done) => done() });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet("Agreements", { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = rows[0].map((_, i) => ({ header: String(i), key: String(i), width: 20 }));
  for (const values of rows) {
    const row = sheet.addRow(values);
    row.eachCell((cell) => {
      if (cell.value instanceof Date) cell.numFmt = "yyyy-mm-dd";
    });
    row.commit();
  }
  sheet.commit();
  await workbook.commit();
}

/** Every export row's values as the sheet holds them (dates as dates), read before the clock starts. */
export async function sheetRowsInMemory(db: Database) {
  const t = translatorFor("en");
  const rows: ExcelJS.CellValue[][] = [];
  for await (const batch of exportRecords(db, parseListParams({}))) {
    for (const a of batch) {
      rows.push(
        EXPORT_COLUMNS.map((c) => {
          const cell = c.value(a, t);
          return cell !== null && typeof cell === "object" ? cell.date : cell;
        }),
      );
    }
  }
  return rows;
}

async function benchActor(db: Database) {
  return db.user.create({
    data: { email: `bench-${randomBytes(3).toString("hex")}@example.edu`, name: "Bench", role: "EDITOR", passwordHash: "x" },
    select: { id: true, email: true, name: true, role: true, active: true },
  });
}

/** Pacta's import of the demo file, upload to committed, through the command a person's upload runs. */
async function pactaImport(db: Database, csv: string) {
  const actor = await benchActor(db);
  const { result } = await executeCommand(importCommands.importAgreements as unknown as Command<never, { agreements: number }>, actor, { file: new File([csv], "bench-import.csv") }, db);
  if (result.status !== "success") throw new Error(`import failed: ${JSON.stringify(result).slice(0, 500)}`);
  return result.data.agreements;
}

/** The same number of agreements written by batched multi-row INSERTs alone: the floor an import stands on. */
async function rawInserts(db: Database, provider: Provider, partnerIds: string[], ownId: string) {
  const pg = provider === "postgresql";
  const now = new Date();
  const stamp = pg ? now : now.toISOString();
  const cast = (type: string) => (pg ? `::"${type}"` : "");
  const actor = await benchActor(db);
  const tag = randomBytes(3).toString("hex");
  await db.$transaction(
    async (tx) => {
      for (let start = 0; start < IMPORT_ROWS; start += 500) {
        const count = Math.min(500, IMPORT_ROWS - start);
        const ids = Array.from({ length: count }, () => randomUUID());
        const insert = async (table: string, columns: string[], casts: string[], values: unknown[][]) => {
          let n = 0;
          const rows = values.map((row) => `(${row.map((_, i) => `${pg ? `$${++n}` : "?"}${casts[i] ? cast(casts[i]) : ""}`).join(", ")})`);
          await tx.$executeRawUnsafe(`INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES ${rows.join(", ")}`, ...values.flat());
        };
        await insert(
          "Agreement",
          ["id", "reference", "title", "status", "signedOn", "signedOnPrecision", "searchText", "partnerKinds", "partnerCountries", "partnerRegions", "searchRule", "createdAt", "updatedAt"],
          ["", "", "", "AgreementStatus", "", "DatePrecision"],
          ids.map((id, i) => [id, `RAW-${tag}-${start + i}`, `Imported agreement ${start + i}`, "ACTIVE", stamp, "MONTH", `imported agreement ${start + i}`, "|UNIVERSITY|", "|CN|", "", 3, stamp, stamp]),
        );
        await insert(
          "AgreementParty",
          ["id", "agreementId", "organizationId", "role", "order"],
          ["", "", "", "PartyRole"],
          ids.flatMap((id, i) => [[randomUUID(), id, ownId, "OUR_INSTITUTION", 0], [randomUUID(), id, partnerIds[(start + i) % partnerIds.length], "PARTNER", 1]]),
        );
        await insert("StatusChange", ["id", "agreementId", "toStatus", "changedById", "changedAt"], ["", "", "AgreementStatus"], ids.map((id) => [randomUUID(), id, "ACTIVE", actor.id, stamp]));
        await insert("AuditEvent", ["id", "actorId", "action", "entityType", "entityId", "changes", "at"], [], ids.map((id, i) => [randomUUID(), actor.id, "agreement.imported", "Agreement", id, JSON.stringify({ title: { before: null, after: `Imported agreement ${start + i}` } }), stamp]));
      }
    },
    { timeout: 600_000, maxWait: 60_000 },
  );
}

const s = (seconds: number) => `${seconds.toFixed(2)} s`;
const mb = (value: number) => `${value.toFixed(0)} MB`;

/** Measures the exports and the import on `db` (a generated register) and prints them beside their limits. */
export async function benchExports(db: Database, provider: Provider) {
  const filters = parseListParams({});
  // A server that exports has its code loaded and its statements compiled: a first, small export
  // of each format does that here, so that the peak below is the export's own (the first export
  // of a fresh process otherwise adds ~70 MB of loading to it).
  for (const format of ["csv", "xlsx"] as const) await drain(exportStream(format, db, parseListParams({ q: "AG-2010" })));
  const csv = await measured(() => drain(exportStream("csv", db, filters)));
  let handBytes = 0;
  const csvLimit = await measured(() => handWrittenCsv(db, provider, (text) => (handBytes += Buffer.byteLength(text))));
  const xlsx = await measured(() => drain(exportStream("xlsx", db, filters)));
  const inMemory = await sheetRowsInMemory(db);
  const xlsxLimit = await measured(() => excelFromMemory(inMemory));
  inMemory.length = 0;

  const partners = await db.organization.findMany({ where: { isOwnInstitution: false }, select: { id: true, name: true }, take: 500 });
  const own = await db.organization.findFirstOrThrow({ where: { isOwnInstitution: true }, select: { id: true } });
  const file = demoImportCsv(partners.map((p) => p.name), IMPORT_ROWS);
  let imported = 0;
  const importRun = await measured(async () => (imported = await pactaImport(db, file)));
  const importLimit = await measured(() => rawInserts(db, provider, partners.map((p) => p.id), own.id));

  const ratio = (a: number, b: number) => (a / b).toFixed(2);
  console.log(`\n| exports and import (${provider}) | Pacta | limit beside it | ratio | target |\n|---|---|---|---|---|`);
  console.log(`| CSV export of the whole register | ${s(csv.seconds)} | ${s(csvLimit.seconds)} (hand-written SQL → CSV) | ${ratio(csv.seconds, csvLimit.seconds)} | ≤ 3 s, ratio ≤ 2 |`);
  console.log(`| Excel export | ${s(xlsx.seconds)} | ${s(xlsxLimit.seconds)} (exceljs streaming writer, rows in memory) | ${ratio(xlsx.seconds, xlsxLimit.seconds)} | ≤ 8 s |`);
  console.log(`| import of ${imported} rows, upload to committed | ${s(importRun.seconds)} | ${s(importLimit.seconds)} (batched raw INSERTs) | ${ratio(importRun.seconds, importLimit.seconds)} | ≤ 10 s, ratio ≤ 3 |`);
  console.log(`| peak extra memory: CSV / Excel export | ${mb(csv.peakExtraMb)} / ${mb(xlsx.peakExtraMb)} | ${mb(csvLimit.peakExtraMb)} / ${mb(xlsxLimit.peakExtraMb)} | – | ≤ +100 MB |`);
  return { csv, csvLimit, xlsx, xlsxLimit, importRun, importLimit, imported, handMegabytes: handBytes / 1024 / 1024 };
}
