// `npm run bench`: measures Pacta on a generated register (50,000 agreements unless
// BENCH_AGREEMENTS says otherwise), on SQLite and on PostgreSQL, and prints a table in which
// each figure stands beside its limit (the same work done by the database alone) and their ratio.
//   - at each size of BENCH_SCALES (e.g. 5000,50000,200000; default BENCH_AGREEMENTS): the
//     agreements list (search + two filters + sort + page 50), the dashboard's figures, the
//     agreement page's reads (longest renewal chain) and a page of the organisations directory
//     in pinyin order, each through Pacta's own code versus hand-written SQL, then how each
//     cost grows with the register (the slope: 1 is linear, 0 is flat), and the CSV export's too;
//   - at BENCH_AGREEMENTS only (the largest scale when it is not among them):
//   - HTTP load on the production server (autocannon, 10 connections, loopback): the list page,
//     the page of the agreement with the longest renewal chain, the dashboard, and a static file
//     as the ceiling: p50 / p95 / p99, requests per second and errors (BENCH_HTTP=0 skips it);
//     and the list, the dashboard, the agreement page and the organisations directory (in
//     Chinese, by pinyin) as 10 people use them, reading each page for about a second;
//   - CSV and Excel export of the whole register: seconds and peak extra memory;
//   - import of 10,000 rows: seconds from the uploaded file to committed;
// and at the end, per database, one table of every row of issue 23 (figure, target, limit, ratio,
// holds or misses) and each cost's slope against the growth it is allowed.
// It creates its own databases (a temporary SQLite file; a PostgreSQL database on
// PACTA_TEST_POSTGRES_URL's server) and removes them afterwards.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { createPrismaClient, type Database } from "../lib/prisma-client";
import { Prisma } from "../generated/prisma/client.ts";
import { LIST_COUNT_BOUND, parseListParams } from "../lib/agreements/list-params";
import { facetValue, searchWords } from "../lib/agreements/search-document";
import { institutionToday } from "../lib/dates/institution-time";
import { BENCH_DIST_DIR, LOAD_SETTINGS, buildForBench, loadTest, readersLoadTest, startBenchServer, type LoadResult } from "./bench-http";
import { seedDemoPortfolio } from "../prisma/seed/demo-portfolio";
import { benchExports, drain } from "./bench-exports";
import { dashboardStatements } from "../lib/reports/dashboard";
import { keepSortKeysCurrent } from "../lib/organizations/sort-keys";
// @ts-expect-error: a plain ES module script without type declarations
import { runPrisma } from "./prisma.mjs";

const AGREEMENTS = Number(process.env.BENCH_AGREEMENTS ?? 50_000);
/** The register sizes at which the per-request costs are measured, smallest first; the heavy work runs at AGREEMENTS. */
const SCALES = [...new Set([...(process.env.BENCH_SCALES ?? String(AGREEMENTS)).split(",").map((n) => Number(n.trim())), AGREEMENTS])]
  .filter((n) => Number.isInteger(n) && n > 0)
  .sort((a, b) => a - b);
const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const IMPORT_ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 10_000);
const ADMIN_URL = process.env.PACTA_TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
export type Provider = "sqlite" | "postgresql";

/**
 * What a section of the bench is given, and how it reports. A section (this file's, or one in
 * a module of its own) measures on `db`, then calls `row` for each line of the table, giving
 * beside its figure the limit measured in the same run and their ratio, and `cost` for a
 * per-request cost whose growth across BENCH_SCALES is printed.
 */
export interface BenchContext {
  provider: Provider;
  db: Database;
  /** The database's URL (a server started for HTTP load reads the same database). */
  url: string;
  /** The register's size (agreements generated). */
  agreements: number;
  /** True at BENCH_AGREEMENTS, where the heavy measures (HTTP, exports, import) run. */
  full: boolean;
  row(label: string, figure: string, limit?: { figure: string; ratio: number }): void;
  cost(label: string, milliseconds: number): void;
  /** Issue 23's figures as measured, for the summary printed at the end. */
  summary: Issue23Figures;
}

/** A median and a 95th percentile, in ms. */
type Timing = { median: number; p95: number };

/** What the summary of issue 23 needs from one database's run at BENCH_AGREEMENTS. */
export interface Issue23Figures {
  list?: Timing;
  listSql?: Timing;
  dashboard?: Timing;
  dashboardSql?: Timing;
  agreementPage?: Timing;
  agreementPageSql?: Timing;
  directory?: Timing;
  directorySql?: Timing;
  http?: Partial<Record<"list" | "dashboard" | "agreement page" | "directory", LoadResult>>;
  exports?: Awaited<ReturnType<typeof benchExports>>;
}

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

/** The same page as the list, written by hand: one query for the rows (partners aggregated), one for the bounded total. */
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
  // Counted up to the list's bound, as the list counts (decision 031): the figure is "more than 1,000" past it.
  const [{ total }] = await db.$queryRawUnsafe<{ total: number | bigint }[]>(
    `SELECT COUNT(*) AS "total" FROM (SELECT 1 FROM "Agreement" a WHERE ${where} LIMIT ${LIST_COUNT_BOUND + 1}) matches`,
    ...params,
  );
  return { references: rows.map((r) => r.reference), total: Math.min(Number(total), LIST_COUNT_BOUND) };
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

/**
 * The agreement page's reads written by hand: the agreement with its type, owner and lead unit;
 * its parties with their organisations, other names, fields and evidence; its participants; focus
 * areas; status changes; evidence with sources; the renewal chain (one recursive statement) and its
 * links; and its history. What the page shows, as the database alone returns it.
 */
async function handWrittenAgreementPage(db: Database, reference: string) {
  const [agreement] = await db.$queryRaw<{ id: string; renewalOfId: string | null }[]>`
    SELECT a.*, t."name" AS "typeName", u."name" AS "ownerName", u."email" AS "ownerEmail", l."name" AS "leadUnitName", l."localName" AS "leadUnitLocalName"
    FROM "Agreement" a LEFT JOIN "AgreementType" t ON t."id" = a."typeId" LEFT JOIN "User" u ON u."id" = a."ownerId" LEFT JOIN "Organization" l ON l."id" = a."leadUnitId"
    WHERE a."reference" = ${reference}`;
  const id = agreement.id;
  const partyOrganizations = Prisma.sql`(SELECT p."organizationId" FROM "AgreementParty" p WHERE p."agreementId" = ${id})`;
  const reads = await Promise.all([
    db.$queryRaw`SELECT p."role", o."id", o."name", o."localName", o."acronym", o."kind", o."country", o."region", o."city", o."isOwnInstitution"
      FROM "AgreementParty" p JOIN "Organization" o ON o."id" = p."organizationId" WHERE p."agreementId" = ${id} ORDER BY p."order"`,
    db.$queryRaw`SELECT n."organizationId", n."name" FROM "OrganizationName" n WHERE n."organizationId" IN ${partyOrganizations} ORDER BY n."name"`,
    db.$queryRaw`SELECT c."organizationId", f."name" FROM "OrganizationFocusArea" c JOIN "FocusArea" f ON f."id" = c."focusAreaId" WHERE c."organizationId" IN ${partyOrganizations}`,
    db.$queryRaw`SELECT e."organizationId", e."field", e."quote", e."basis", e."note" FROM "Evidence" e WHERE e."organizationId" IN ${partyOrganizations} ORDER BY e."order"`,
    db.$queryRaw`SELECT pa."role", pa."note", pe."id", pe."name", pe."localName", pe."position", o."name" AS "onBehalfOf", o."localName" AS "onBehalfOfLocal", parent."name" AS "parentName"
      FROM "Participant" pa LEFT JOIN "Person" pe ON pe."id" = pa."personId" LEFT JOIN "Organization" o ON o."id" = pa."onBehalfOfId" LEFT JOIN "Organization" parent ON parent."id" = o."parentId"
      WHERE pa."agreementId" = ${id} ORDER BY pa."order"`,
    db.$queryRaw`SELECT f."name" FROM "AgreementFocusArea" af JOIN "FocusArea" f ON f."id" = af."focusAreaId" WHERE af."agreementId" = ${id} ORDER BY f."name"`,
    db.$queryRaw`SELECT s.*, u."name" AS "changedByName" FROM "StatusChange" s LEFT JOIN "User" u ON u."id" = s."changedById" WHERE s."agreementId" = ${id} ORDER BY s."changedAt"`,
    db.$queryRaw`SELECT e."field", e."quote", e."basis", e."note", s."id", s."title", s."publisher", s."url", s."publishedOn" FROM "Evidence" e JOIN "Source" s ON s."id" = e."sourceId" WHERE e."agreementId" = ${id} ORDER BY e."order"`,
    db.$queryRaw`SELECT ev."id", ev."at", ev."action", ev."changes", u."name" FROM "AuditEvent" ev LEFT JOIN "User" u ON u."id" = ev."actorId"
      WHERE (ev."entityType" = 'Agreement' AND ev."entityId" = ${id})
         OR (ev."entityType" = 'AgreementDocument' AND ev."entityId" IN (SELECT d."id" FROM "AgreementDocument" d WHERE d."agreementId" = ${id}))
      ORDER BY ev."at" DESC LIMIT 100`,
    db.$queryRaw<{ id: string }[]>`WITH RECURSIVE "back" ("id", "renewalOfId") AS (
        SELECT a."id", a."renewalOfId" FROM "Agreement" a WHERE a."id" = ${agreement.renewalOfId}
        UNION ALL SELECT a."id", a."renewalOfId" FROM "Agreement" a JOIN "back" b ON a."id" = b."renewalOfId"),
      "forth" ("id") AS (SELECT a."id" FROM "Agreement" a WHERE a."renewalOfId" = ${id} UNION ALL SELECT a."id" FROM "Agreement" a JOIN "forth" f ON a."renewalOfId" = f."id")
      SELECT "id" FROM "back" UNION ALL SELECT "id" FROM "forth"`.then((links) =>
      links.length === 0 ? [] : db.$queryRaw`SELECT a."reference", a."title", a."status", a."signedOn", a."signedOnPrecision", a."endsOn" FROM "Agreement" a WHERE a."id" IN (${Prisma.join(links.map((l) => l.id))})`,
    ),
  ]);
  return reads.length;
}

/** A page of the organisations directory written by hand: the page in Chinese readers' order (the stored key), its counts, and the total. */
async function handWrittenDirectoryPage(db: Database) {
  const rows = await db.$queryRaw`
    SELECT o."id", o."name", o."localName", o."acronym", o."kind", o."country", o."city", o."isOwnInstitution", parent."id" AS "parentId", parent."name" AS "parentName",
      (SELECT COUNT(*) FROM "AgreementParty" p WHERE p."organizationId" = o."id") AS "parties",
      (SELECT COUNT(*) FROM "Organization" u WHERE u."parentId" = o."id") AS "units",
      (SELECT COUNT(*) FROM "Person" pe WHERE pe."organizationId" = o."id") AS "people"
    FROM "Organization" o LEFT JOIN "Organization" parent ON parent."id" = o."parentId"
    ORDER BY o."localSortKey", o."id" LIMIT 50`;
  const [{ total }] = await db.$queryRaw<{ total: number | bigint }[]>`SELECT COUNT(*) AS "total" FROM "Organization"`;
  return { rows, total: Number(total) };
}

async function measureHttp(context: BenchContext) {
  const { db, url: databaseUrl } = context;
  const chain = await longestChainEnd(db);
  const { server, cookie } = await startBenchServer(db, databaseUrl);
  try {
    const pages: [string, string][] = [
      ["list", `/agreements?${new URLSearchParams(LIST_FILTERS)}`],
      [`agreement page (renewal chain of ${chain.length})`, `/agreements/${chain.reference}`],
      ["dashboard", "/"],
      ["static file (ceiling)", "/icon.svg"],
    ];
    const results: { page: string; load: LoadResult; reading?: "list" | "dashboard" | "agreement page" | "directory" }[] = [];
    for (const [page, url] of pages) results.push({ page: `${page}, ${LOAD_SETTINGS.connections} connections without pause`, load: await loadTest(`${server.baseURL}${url}`, cookie) });
    // The same pages as ten people would load them, each reading a page for about a second.
    const reading = `${LOAD_SETTINGS.connections} people reading (a page a second each)`;
    for (const [page, url, readerCookie, key] of [
      [pages[0][0], pages[0][1], cookie, "list"],
      [pages[2][0], pages[2][1], cookie, "dashboard"],
      [pages[1][0], pages[1][1], cookie, "agreement page"],
      // In Chinese: the directory in pinyin order.
      ["organisations directory in Chinese (pinyin order)", "/organizations", `${cookie}; pacta-locale=zh-CN`, "directory"],
    ] as const) {
      results.push({ page: `${page}, ${reading}`, load: await readersLoadTest(`${server.baseURL}${url}`, readerCookie), reading: key });
    }
    return results;
  } finally {
    server.process.kill("SIGTERM");
    await server.exited;
  }
}

const ratio = (pacta: number, limit: number) => pacta / limit;
const timed = (label: string, t: { median: number; p95: number }) => `${label}${ms(t.median)} / ${ms(t.p95)}`;

/** The per-request measures, at every scale: each through Pacta's code and as hand-written SQL. */
async function perRequestRows(context: BenchContext) {
  const { db, provider } = context;
  const { listAgreements, getAgreementDetail } = await import("../lib/agreements/queries");
  const { dashboardFigures } = await import("../lib/reports/dashboard");
  const { listOrganizations } = await import("../lib/organizations/queries");

  const filters = parseListParams(LIST_FILTERS);
  const ours = await listAgreements(filters, { pageSize: PAGE_SIZE, database: db });
  const hand = await handWrittenList(db, provider);
  const same = ours.total === hand.total && JSON.stringify(ours.rows.map((r) => r.reference)) === JSON.stringify(hand.references);
  if (!same) process.exitCode = 1;
  context.row("list: matching agreements", `${ours.total}${same ? "" : " (hand-written SQL DIFFERS)"}`);
  const list = await timeRuns(() => listAgreements(filters, { pageSize: PAGE_SIZE, database: db }));
  const listSql = await timeRuns(() => handWrittenList(db, provider));
  context.row("list via Pacta: median / p95", timed("", list), { figure: timed("SQL ", listSql), ratio: ratio(list.median, listSql.median) });
  context.cost("list", list.median);
  if (context.full) Object.assign(context.summary, { list, listSql });

  const statements = Object.values(dashboardStatements(provider, new Date()));
  const dashboard = await timeRuns(() => dashboardFigures({ database: db }));
  const dashboardSql = await timeRuns(async () => {
    for (const statement of statements) await db.$queryRaw(statement);
  });
  context.row("dashboard figures via Pacta: median / p95", timed("", dashboard), { figure: timed("its aggregates as SQL ", dashboardSql), ratio: ratio(dashboard.median, dashboardSql.median) });
  context.cost("dashboard", dashboard.median);
  if (context.full) Object.assign(context.summary, { dashboard, dashboardSql });

  const chain = await longestChainEnd(db);
  const detail = await timeRuns(() => getAgreementDetail(chain.reference, db));
  const detailSql = await timeRuns(() => handWrittenAgreementPage(db, chain.reference));
  context.row(`agreement page's reads (renewal chain of ${chain.length}) via Pacta: median / p95`, timed("", detail), {
    figure: timed("its reads as SQL ", detailSql),
    ratio: ratio(detail.median, detailSql.median),
  });
  context.cost("agreement page", detail.median);
  if (context.full) Object.assign(context.summary, { agreementPage: detail, agreementPageSql: detailSql });

  const directory = await timeRuns(() => listOrganizations({ locale: "zh-CN", database: db }));
  const directorySql = await timeRuns(() => handWrittenDirectoryPage(db));
  const organizations = await db.organization.count();
  context.row(`organisations directory (${organizations}, pinyin order), page 1 via Pacta: median / p95`, timed("", directory), {
    figure: timed("SQL ", directorySql),
    ratio: ratio(directory.median, directorySql.median),
  });
  context.cost("directory", directory.median);
  if (context.full) Object.assign(context.summary, { directory, directorySql });

  // The CSV export's growth: at every scale but the full one, where the exports' section measures it beside its limit.
  if (!context.full) {
    const { exportStream } = await import("../lib/reports/agreement-export");
    const start = performance.now();
    await drain(exportStream("csv", db, parseListParams({})));
    context.cost("CSV export", performance.now() - start);
  }
}

/** The heavy measures, at BENCH_AGREEMENTS only. */
async function fullScaleRows(context: BenchContext) {
  const { db, provider } = context;
  if (HTTP) {
    context.summary.http = {};
    for (const { page, load, reading } of await measureHttp(context)) {
      if (reading) context.summary.http[reading] = load;
      if (load.errors > 0) process.exitCode = 1;
      context.row(`HTTP ${page}: p50 / p95 / p99`, `${ms(load.p50)} / ${ms(load.p95)} / ${ms(load.p99)}`);
      context.row(`HTTP ${page}: requests/s (errors)`, `${load.requestsPerSecond.toFixed(0)} (${load.errors})`);
    }
  }
  // The exports and the import beside their limits (scripts/bench-exports.ts).
  context.summary.exports = await benchExports(db, provider);
  context.cost("CSV export", context.summary.exports.csv.seconds * 1000);
}

/** label → provider → cell, in the order first reported. */
const table = new Map<string, Map<Provider, string>>();
/** provider → cost label → [agreements, milliseconds][] across the scales. */
const costs = new Map<Provider, Map<string, [number, number][]>>();
/** provider → issue 23's figures at BENCH_AGREEMENTS. */
const summaries = new Map<Provider, Issue23Figures>();

async function benchScale(provider: Provider, agreements: number) {
  const target = await database(provider);
  try {
    if (runPrisma(["migrate", "deploy"], { DATABASE_URL: target.url }, { quiet: true }) !== 0) throw new Error("migrate failed");
    const db = createPrismaClient(target.url);
    const at = (label: string) => (SCALES.length > 1 ? `${label} [${agreements}]` : label);
    const context: BenchContext = {
      provider,
      db,
      url: target.url,
      agreements,
      full: agreements === AGREEMENTS,
      summary: summaries.get(provider) ?? summaries.set(provider, {}).get(provider)!,
      row(label, figure, limit) {
        const cell = limit ? `${figure} (limit: ${limit.figure}; ratio ${limit.ratio.toFixed(2)})` : figure;
        if (!table.has(at(label))) table.set(at(label), new Map());
        table.get(at(label))!.set(provider, cell);
        // As it comes, too: a run cut short keeps what it measured.
        console.log(`    ${at(label)}: ${cell}`);
      },
      cost(label, milliseconds) {
        if (!costs.has(provider)) costs.set(provider, new Map());
        const series = costs.get(provider)!;
        if (!series.has(label)) series.set(label, []);
        series.get(label)!.push([agreements, milliseconds]);
      },
    };
    const seedStart = performance.now();
    await seedDemoPortfolio(db, agreements);
    context.row(`generate ${agreements} agreements (seed:demo)`, `${((performance.now() - seedStart) / 1000).toFixed(1)} s`);
    const keyStart = performance.now();
    const keyed = await keepSortKeysCurrent(db);
    context.row("sort keys of the directories, filled once (organisations and people)", `${keyed} in ${((performance.now() - keyStart) / 1000).toFixed(1)} s`);
    if (provider === "postgresql") {
      // A register filled over years has been vacuumed and analysed by autovacuum; one generated a
      // moment ago has not (every row written at least twice, no statistics, no visibility map, so
      // a count of 13,000 organisations took 30 ms instead of 3). Measure it as autovacuum leaves it.
      const vacuumStart = performance.now();
      await db.$executeRawUnsafe("VACUUM ANALYZE");
      context.row("VACUUM ANALYZE after generating (what autovacuum does on a running server)", `${((performance.now() - vacuumStart) / 1000).toFixed(1)} s`);
    }
    await db.user.create({ data: { email: "bench-owner@example.edu", name: "Owner", role: "EDITOR", passwordHash: "x" } });

    await perRequestRows(context);
    // Further sections of the bench take the same context here.
    if (context.full) await fullScaleRows(context);
    await db.$disconnect();
  } finally {
    await target.drop();
  }
}

/** How a cost grows: log(t₂/t₁) ÷ log(n₂/n₁) between the smallest and largest scale (1: linear, 0: flat). */
function slope(series: [number, number][]) {
  const [n1, t1] = series[0];
  const [n2, t2] = series[series.length - 1];
  return Math.log(t2 / t1) / Math.log(n2 / n1);
}

/** How fast each cost may grow across BENCH_SCALES (issue 23): page-bound reads not at all, the rest no faster than linearly. */
const SLOPE_LIMITS: Record<string, number> = { list: 0.25, "agreement page": 0.25, directory: 0.25, dashboard: 1, "CSV export": 1 };

/**
 * One table per database of every row of issue 23 at BENCH_AGREEMENTS: the figure, its target,
 * the limit measured beside it in this run (the same work without Pacta) and their ratio, and
 * whether the target holds; then each cost's growth across BENCH_SCALES against its limit.
 */
function printSummary(providers: readonly Provider[]) {
  // null: a row without a target of its own (shown for its ratio).
  const verdict = (holds: boolean | undefined | null) => (holds === null ? "–" : holds === undefined ? "not measured" : holds ? "holds" : "**misses**");
  const r2 = (n: number) => n.toFixed(2);
  const s1 = (n: number) => `${n.toFixed(1)} s`;
  for (const provider of providers) {
    const f = summaries.get(provider);
    if (!f) continue;
    console.log(`\nIssue 23 at ${AGREEMENTS} agreements, ${provider === "sqlite" ? "SQLite" : "PostgreSQL"}:\n`);
    console.log("| row | measured | target | limit (same run) | ratio | verdict |\n|---|---|---|---|---|---|");
    const line = (row: string, measured: string, target: string, limit: string, ratio: string, holds: boolean | undefined | null) =>
      console.log(`| ${row} | ${measured} | ${target} | ${limit} | ${ratio} | ${verdict(holds)} |`);
    const http = f.http ?? {};
    const noHttp = HTTP ? "failed" : "BENCH_HTTP=0";
    const httpRow = (row: string, load: LoadResult | undefined, q: "p50" | "p95", target: number, sql: Timing | undefined, sqlLabel: string) => {
      const sqlFigure = sql ? (q === "p50" ? sql.median : sql.p95) : undefined;
      line(
        `${row} HTTP, ${LOAD_SETTINGS.connections} people reading: ${q}`,
        load ? ms(load[q]) : noHttp,
        `≤ ${target} ms`,
        sqlFigure === undefined ? "–" : `${sqlLabel} ${q === "p50" ? "median" : "p95"} ${ms(sqlFigure)}`,
        load && sqlFigure ? r2(load[q] / sqlFigure) : "–",
        load ? load[q] <= target && load.errors === 0 : undefined,
      );
    };
    httpRow("dashboard", http.dashboard, "p50", 60, f.dashboardSql, "its aggregates as SQL");
    httpRow("dashboard", http.dashboard, "p95", 150, f.dashboardSql, "its aggregates as SQL");
    httpRow("agreement page (chain of 5)", http["agreement page"], "p95", 100, f.agreementPageSql, "its reads as SQL");
    httpRow("organisations directory (pinyin)", http.directory, "p95", 100, f.directorySql, "its page as SQL");
    httpRow("list", http.list, "p95", 150, f.listSql, "its page as SQL");
    const inProcess = (row: string, t: Timing | undefined, sql: Timing | undefined) =>
      t && sql && line(`${row} in-process: median`, ms(t.median), "–", `SQL ${ms(sql.median)}`, r2(t.median / sql.median), null);
    inProcess("dashboard figures", f.dashboard, f.dashboardSql);
    inProcess("agreement page's reads", f.agreementPage, f.agreementPageSql);
    inProcess("directory page", f.directory, f.directorySql);
    inProcess("list page", f.list, f.listSql);
    const e = f.exports;
    if (e) {
      const csvRatio = e.csv.seconds / e.csvLimit.seconds;
      line("CSV export of the register", s1(e.csv.seconds), "≤ 3 s, ratio ≤ 2", `hand-written SQL → CSV ${s1(e.csvLimit.seconds)}`, r2(csvRatio), e.csv.seconds <= 3 && csvRatio <= 2);
      line("Excel export", s1(e.xlsx.seconds), "≤ 8 s", `exceljs from memory ${s1(e.xlsxLimit.seconds)}`, r2(e.xlsx.seconds / e.xlsxLimit.seconds), e.xlsx.seconds <= 8);
      const importRatio = e.importRun.seconds / e.importLimit.seconds;
      line(`import of ${e.imported} rows`, s1(e.importRun.seconds), "≤ 10 s, ratio ≤ 3", `batched raw INSERTs ${s1(e.importLimit.seconds)}`, r2(importRatio), e.importRun.seconds <= 10 && importRatio <= 3);
      const peak = Math.max(e.csv.peakExtraMb, e.xlsx.peakExtraMb);
      const peakLimit = Math.max(e.csvLimit.peakExtraMb, e.xlsxLimit.peakExtraMb);
      line("peak extra memory of any export", `${peak.toFixed(0)} MB`, "≤ +100 MB", `without Pacta ${peakLimit.toFixed(0)} MB`, "–", peak <= 100);
    }
  }
  if (SCALES.length < 2) return;
  console.log(`\nGrowth from ${SCALES[0]} to ${SCALES.at(-1)} agreements (slope of log time over log size: 1 linear, 0 flat):\n`);
  console.log(`| cost | limit | ${providers.map((p) => (p === "sqlite" ? "SQLite" : "PostgreSQL")).join(" | ")} |\n|---|---|${providers.map(() => "---|").join("")}`);
  for (const [label, limit] of Object.entries(SLOPE_LIMITS)) {
    const cell = (p: Provider) => {
      const series = costs.get(p)?.get(label);
      if (!series || series.length < 2) return "not measured";
      const value = slope(series);
      return `${value.toFixed(2)} ${value <= limit ? "holds" : "**misses**"} (${series.map(([, t]) => t.toFixed(1)).join(" → ")} ms)`;
    };
    console.log(`| ${label} | ≤ ${limit} | ${providers.map(cell).join(" | ")} |`);
  }
}

async function main() {
  console.log(
    `Pacta benchmark: scales ${SCALES.join(", ")} agreements (heavy measures at ${AGREEMENTS}), ${RUNS} timed runs per query, import of ${IMPORT_ROWS} rows. ${os.cpus().length} cores, Node ${process.version}.\n`,
  );
  if (HTTP) {
    console.log(`… building the production app into ${BENCH_DIST_DIR} for the HTTP load`);
    buildForBench();
  }
  // BENCH_DATABASES=sqlite (or postgresql) measures one database only.
  const providers = (["sqlite", "postgresql"] as const).filter((p) => (process.env.BENCH_DATABASES ?? "sqlite,postgresql").split(",").includes(p));
  for (const provider of providers) {
    for (const agreements of SCALES) {
      console.log(`… ${provider}, ${agreements} agreements`);
      await benchScale(provider, agreements);
    }
  }
  console.log(`\n| measure | ${providers.map((p) => (p === "sqlite" ? "SQLite" : "PostgreSQL")).join(" | ")} |\n|---|${providers.map(() => "---|").join("")}`);
  for (const [label, cells] of table) console.log(`| ${label} | ${providers.map((p) => cells.get(p) ?? "–").join(" | ")} |`);
  printSummary(providers);
  if (HTTP) {
    console.log(
      `\nHTTP: ${LOAD_SETTINGS.connections} concurrent connections for ${LOAD_SETTINGS.seconds} s per page after a 2 s warm-up, signed in as a viewer; ` +
        "each sends its next request when the last is answered. In the people-reading rows, each of them instead reads for 0.5–1.5 s between pages, starting at different moments.",
    );
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
