// `npm run bench`: measures Pacta on a generated register (50,000 agreements unless
// BENCH_AGREEMENTS says otherwise), on SQLite and on PostgreSQL, and prints a table.
//   - the agreements list (search + two filters + sort + page 50) through Pacta's own query code
//     versus hand-written SQL returning the same rows: median, p95 and their ratio;
//   - HTTP load on the production server (autocannon, 10 connections, loopback): the list page,
//     the page of the agreement with the longest renewal chain, the dashboard, and a static file
//     as the ceiling: p50 / p95 / p99, requests per second and errors (BENCH_HTTP=0 skips it);
//     and the list as 10 people use it, reading each page for about a second;
//   - CSV and Excel export of the whole register: seconds and peak extra memory;
//   - import of 10,000 rows: seconds from the uploaded file to committed.
// It creates its own databases (a temporary SQLite file; a PostgreSQL database on
// PACTA_TEST_POSTGRES_URL's server) and removes them afterwards.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { createPrismaClient, type Database } from "../lib/prisma-client";
import { executeCommand, type Command } from "../lib/actions/command";
import { parseListParams } from "../lib/agreements/list-params";
import { facetValue, searchWords } from "../lib/agreements/search-document";
import { institutionToday } from "../lib/dates/institution-time";
import { exportStream } from "../lib/reports/agreement-export";
import { importCommands } from "../lib/import/commands";
import { demoImportCsv } from "../prisma/seed/demo-import";
import { BENCH_DIST_DIR, LOAD_SETTINGS, buildForBench, loadTest, readersLoadTest, startBenchServer, type LoadResult } from "./bench-http";
import { seedDemoPortfolio } from "../prisma/seed/demo-portfolio";
import { benchExports } from "./bench-exports";
// @ts-expect-error: a plain ES module script without type declarations
import { runPrisma } from "./prisma.mjs";

const AGREEMENTS = Number(process.env.BENCH_AGREEMENTS ?? 50_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const IMPORT_ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 10_000);
const ADMIN_URL = process.env.PACTA_TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
type Provider = "sqlite" | "postgresql";

const LIST_FILTERS = { q: "University", status: "ACTIVE", partnerKind: "UNIVERSITY", sort: "signed", page: "50" };
const PAGE_SIZE = 25;
const HTTP = process.env.BENCH_HTTP !== "0";

function quantile(values: number[], q: number) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}
const ms = (n: number) => `${n.toFixed(1)} ms`;

async function database(provider: Provider): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `pacta_bench_${randomBytes(4).toString("hex")}`;
  if (provider === "sqlite") {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pacta-bench-"));
    return { url: `file:${path.join(dir, "bench.db")}`, drop: async () => fs.rmSync(dir, { recursive: true, force: true }) };
  }
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: ADMIN_URL });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    },
  };
}

/** The same page as the list, written by hand: one query for the rows (partners aggregated), one for the total. */
async function handWrittenList(db: Database, provider: Provider) {
  const p = provider === "postgresql" ? (n: number) => `$${n}` : () => "?";
  const aggregate = provider === "postgresql" ? "string_agg(o.\"name\", '; ' ORDER BY pa.\"order\")" : "group_concat(o.\"name\", '; ')";
  const today = institutionToday();
  const todayValue = provider === "postgresql" ? today : today.toISOString().replace("Z", "+00:00");
  // The same columns Pacta's query reads: the search document and the partner kinds (lib/agreements/search-document.ts).
  const q = `%${searchWords(LIST_FILTERS.q)[0]}%`; // one word: one LIKE, as the list writes it
  const where = `
    a."archived" = false AND a."status" = 'ACTIVE' AND (a."endsOn" IS NULL OR a."endsOn" >= ${p(1)})
    AND a."partnerKinds" LIKE ${p(2)} AND a."searchText" LIKE ${p(3)}`;
  const params = [todayValue, `%${facetValue(LIST_FILTERS.partnerKind)}%`, q];
  const rows = await db.$queryRawUnsafe<{ reference: string }[]>(
    `SELECT a."reference", a."title", a."status", a."signedOn", a."signedOnPrecision", t."name" AS "type",
       (SELECT ${aggregate} FROM "AgreementParty" pa JOIN "Organization" o ON o."id" = pa."organizationId"
        WHERE pa."agreementId" = a."id" AND pa."role" <> 'OUR_INSTITUTION') AS "partners"
     FROM "Agreement" a LEFT JOIN "AgreementType" t ON t."id" = a."typeId"
     WHERE ${where}
     ORDER BY a."signedOn" DESC NULLS LAST, a."reference" ASC
     LIMIT ${PAGE_SIZE} OFFSET ${(Number(LIST_FILTERS.page) - 1) * PAGE_SIZE}`,
    ...params,
  );
  const [{ total }] = await db.$queryRawUnsafe<{ total: number | bigint }[]>(`SELECT COUNT(*) AS "total" FROM "Agreement" a WHERE ${where}`, ...params);
  return { references: rows.map((r) => r.reference), total: Number(total) };
}

async function timeRuns(run: () => Promise<unknown>) {
  for (let i = 0; i < 3; i++) await run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  return { median: quantile(times, 0.5), p95: quantile(times, 0.95) };
}

async function measureExport(db: Database, provider: Provider, format: "csv" | "xlsx") {
  global.gc?.();
  const baseline = process.memoryUsage().rss;
  let peak = baseline;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  let bytes = 0;
  const start = performance.now();
  await pipeline(
    exportStream(format, db, parseListParams({})),
    new Writable({
      write(chunk, _encoding, done) {
        bytes += chunk.length;
        done();
      },
    }),
  );
  const seconds = (performance.now() - start) / 1000;
  clearInterval(sampler);
  return { seconds, peakExtraMb: (peak - baseline) / 1024 / 1024, megabytes: bytes / 1024 / 1024 };
}

async function measureImport(db: Database) {
  const partners = await db.organization.findMany({ where: { isOwnInstitution: false }, select: { name: true }, take: 500 });
  const file = new File([demoImportCsv(partners.map((p) => p.name), IMPORT_ROWS)], "bench-import.csv");
  const actor = await db.user.create({
    data: { email: `bench-${randomBytes(3).toString("hex")}@example.edu`, name: "Bench", role: "EDITOR", passwordHash: "x" },
    select: { id: true, email: true, name: true, role: true, active: true },
  });
  const start = performance.now();
  const { result } = await executeCommand(importCommands.importAgreements as unknown as Command<never, { agreements: number }>, actor, { file }, db);
  const seconds = (performance.now() - start) / 1000;
  if (result.status !== "success") throw new Error(`import failed: ${JSON.stringify(result).slice(0, 500)}`);
  return { seconds, rows: result.data.agreements };
}

/** The reference of the newest agreement in the longest renewal chain. */
async function longestChainEnd(db: Database): Promise<{ reference: string; length: number }> {
  const rows = await db.agreement.findMany({ select: { id: true, reference: true, renewalOfId: true } });
  const byId = new Map(rows.map((r) => [r.id, r]));
  let best = { reference: rows[0].reference, length: 1 };
  for (const row of rows) {
    let length = 1;
    for (let at = row; at.renewalOfId && byId.has(at.renewalOfId); at = byId.get(at.renewalOfId)!) length++;
    if (length > best.length) best = { reference: row.reference, length };
  }
  return best;
}

async function measureHttp(db: Database, databaseUrl: string) {
  const chain = await longestChainEnd(db);
  const { server, cookie } = await startBenchServer(db, databaseUrl);
  try {
    const pages: [string, string][] = [
      ["list", `/agreements?${new URLSearchParams(LIST_FILTERS)}`],
      [`detail (renewal chain of ${chain.length})`, `/agreements/${chain.reference}`],
      ["dashboard", "/"],
      ["static file (ceiling)", "/icon.svg"],
    ];
    const results: { page: string; load: LoadResult }[] = [];
    for (const [page, url] of pages) results.push({ page, load: await loadTest(`${server.baseURL}${url}`, cookie) });
    // The same list as ten people would load it, each reading a page for about a second.
    results.push({ page: `list, ${LOAD_SETTINGS.connections} people reading (a page a second each)`, load: await readersLoadTest(`${server.baseURL}${pages[0][1]}`, cookie) });
    return results;
  } finally {
    server.process.kill("SIGTERM");
    await server.exited;
  }
}

async function benchProvider(provider: Provider) {
  const target = await database(provider);
  try {
    if (runPrisma(["migrate", "deploy"], { DATABASE_URL: target.url }, { quiet: true }) !== 0) throw new Error("migrate failed");
    const db = createPrismaClient(target.url);
    const seedStart = performance.now();
    await seedDemoPortfolio(db, AGREEMENTS);
    const seedSeconds = (performance.now() - seedStart) / 1000;
    await db.user.create({ data: { email: "bench-owner@example.edu", name: "Owner", role: "EDITOR", passwordHash: "x" } });

    const { listAgreements } = await import("../lib/agreements/queries");
    const filters = parseListParams(LIST_FILTERS);
    const ours = await listAgreements(filters, { pageSize: PAGE_SIZE, database: db });
    const hand = await handWrittenList(db, provider);
    const same = ours.total === hand.total && JSON.stringify(ours.rows.map((r) => r.reference)) === JSON.stringify(hand.references);
    const pacta = await timeRuns(() => listAgreements(filters, { pageSize: PAGE_SIZE, database: db }));
    const sql = await timeRuns(() => handWrittenList(db, provider));
    const http = HTTP ? await measureHttp(db, target.url) : null;
    const csv = await measureExport(db, provider, "csv");
    const xlsx = await measureExport(db, provider, "xlsx");
    const imported = await measureImport(db);
    await benchExports(db, provider);
    await db.$disconnect();
    return { provider, seedSeconds, total: ours.total, same, pacta, sql, http, csv, xlsx, imported };
  } finally {
    await target.drop();
  }
}

async function main() {
  console.log(`Pacta benchmark: ${AGREEMENTS} agreements, ${RUNS} timed runs per query, import of ${IMPORT_ROWS} rows. ${os.cpus().length} cores, Node ${process.version}.\n`);
  if (HTTP) {
    console.log(`… building the production app into ${BENCH_DIST_DIR} for the HTTP load`);
    buildForBench();
  }
  const results: Awaited<ReturnType<typeof benchProvider>>[] = [];
  for (const provider of ["sqlite", "postgresql"] as const) {
    console.log(`… ${provider}`);
    results.push(await benchProvider(provider));
  }
  console.log("\n| measure | SQLite | PostgreSQL |\n|---|---|---|");
  const row = (label: string, f: (r: (typeof results)[number]) => string) => console.log(`| ${label} | ${results.map(f).join(" | ")} |`);
  row(`generate ${AGREEMENTS} agreements (seed:demo)`, (r) => `${r.seedSeconds.toFixed(1)} s`);
  row("list: matching agreements", (r) => `${r.total}${r.same ? "" : " (hand-written SQL DIFFERS)"}`);
  row("list via Pacta: median / p95", (r) => `${ms(r.pacta.median)} / ${ms(r.pacta.p95)}`);
  row("list via hand-written SQL: median / p95", (r) => `${ms(r.sql.median)} / ${ms(r.sql.p95)}`);
  row("ratio Pacta ÷ SQL (median)", (r) => (r.pacta.median / r.sql.median).toFixed(2));
  for (const [i, { page }] of (results[0].http ?? []).entries()) {
    row(`HTTP ${page}: p50 / p95 / p99`, (r) => { const l = r.http![i].load; return `${ms(l.p50)} / ${ms(l.p95)} / ${ms(l.p99)}`; });
    row(`HTTP ${page}: requests/s (errors)`, (r) => { const l = r.http![i].load; return `${l.requestsPerSecond.toFixed(0)} (${l.errors})`; });
  }
  row("CSV export: seconds / peak extra memory / size", (r) => `${r.csv.seconds.toFixed(1)} s / ${r.csv.peakExtraMb.toFixed(0)} MB / ${r.csv.megabytes.toFixed(1)} MB`);
  row("Excel export: seconds / peak extra memory / size", (r) => `${r.xlsx.seconds.toFixed(1)} s / ${r.xlsx.peakExtraMb.toFixed(0)} MB / ${r.xlsx.megabytes.toFixed(1)} MB`);
  row(`import of ${IMPORT_ROWS} rows: upload to committed`, (r) => `${r.imported.seconds.toFixed(1)} s`);
  if (HTTP) {
    console.log(
      `\nHTTP: ${LOAD_SETTINGS.connections} concurrent connections for ${LOAD_SETTINGS.seconds} s per page after a 2 s warm-up, signed in as a viewer; ` +
        "each sends its next request when the last is answered. In the people-reading row, each of them instead reads for 0.5–1.5 s between pages, starting at different moments.",
    );
  }
  if (results.some((r) => !r.same || r.http?.some((h) => h.load.errors > 0))) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
