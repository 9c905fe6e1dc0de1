// Two Pacta servers as separate processes (`npm run serve`, one each) on one PostgreSQL
// database and one S3-compatible store, behind a real nginx running the site file of
// docs/deploy, behave as one: the database is prepared once while the other waits, a session
// opened through one is valid on the other, a document uploaded through one is downloaded
// through the other, a change through one refreshes the other's filter choices, failed
// sign-ins count across both, and both running the reminder job at once send each digest once
// to a real SMTP server. Every request and job run leaves one JSON log line, with the request id
// the answer carries and never a password or cookie.
import { spawn } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import https from "node:https";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { Browser, BrowserContext } from "playwright-core";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { THROTTLE_POLICY } from "@/lib/auth/throttle";
import { THROTTLED_PREFIX } from "@/lib/auth/throttle-message";
import { availableMigrations, migrationsFolder, PREPARE_LOCK_KEY } from "@/lib/database-migrations";
import { createPrismaClient, type Database } from "@/lib/prisma-client";
import { BODY_LIMITS } from "@/scripts/request-gate.mjs";
import { launchBrowser, screenshot, signIn, VIEWPORTS } from "../support/browser";
import { createEmptyDatabase } from "../support/databases";
import { samplePdf } from "../support/document-files";
import { createTestAgreement } from "../support/factories";
import { SITE_FILE, startNginx, type TestNginx } from "../support/nginx";
import { startS3Server, type TestS3Server } from "../support/s3-server";
import { freePort, spawnServer, waitUntilServing, type RunningServer } from "../support/server";

const distDir = inject("distDir");
const password = inject("demoPassword");
const TSX = path.join("node_modules", "tsx", "dist", "cli.mjs");

let database: { url: string; drop(): Promise<void> };
let db: Database;
let s3: TestS3Server;
let nginx: TestNginx;
let smtp: SMTPServer;
const digests: string[] = [];
const servers: RunningServer[] = [];
let browser: Browser;
let context: BrowserContext;
let dir: string;
/** What the two preparations did while the test held the lock, then after it let go. */
let preparation: { waitedWhileLocked: boolean[]; tableWhileLocked: string | null; exits: (number | null)[]; outputs: string[] };

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** One request, no redirect followed (http to a server, https to nginx trusting its certificate). */
function request(url: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Answer> {
  const target = new URL(url);
  const send = target.protocol === "https:" ? https.request : http.request;
  return new Promise((resolve, reject) => {
    const outgoing = send(target, { method: options.method ?? "GET", headers: options.headers, ...(target.protocol === "https:" ? { ca: nginx.certificate } : {}) }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }));
      response.on("error", reject);
    });
    outgoing.on("error", reject);
    outgoing.end(options.body);
  });
}

/** The JSON lines a server logged (other lines, such as its start-up message, are skipped). */
function logLines(server: RunningServer): Record<string, unknown>[] {
  return server
    .output()
    .split("\n")
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

const requestLog = (server: RunningServer, requestId: string) => logLines(server).find((line) => line.requestId === requestId && line.msg === "request");

/** Waits until one of the servers has logged the request (the line is written when the answer is over). */
async function loggedBy(requestId: string): Promise<{ server: number; line: Record<string, unknown> }> {
  for (let i = 0; i < 50; i++) {
    for (const [index, server] of servers.entries()) {
      const line = requestLog(server, requestId);
      if (line) return { server: index, line };
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no server logged request ${requestId}`);
}

function runTsx(script: string, env: Record<string, string>): { exited: Promise<number | null>; output: () => string } {
  let output = "";
  const child = spawn(process.execPath, [TSX, script], { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  return { exited: new Promise((resolve) => child.once("exit", (code) => resolve(code))), output: () => output };
}

async function cookieHeader() {
  return (await context.cookies()).map((cookie) => `${cookie.name}=${cookie.value}`).join("; ");
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "pacta-several-"));
  database = await createEmptyDatabase("postgresql");

  // Two servers prepare the new database at once while another holds the lock: both wait, then
  // one applies the migrations and seeds, and the other finds nothing left to do.
  const holder = new pg.Client({ connectionString: database.url });
  await holder.connect();
  await holder.query("SELECT pg_advisory_lock($1)", [PREPARE_LOCK_KEY]);
  const env = { DATABASE_URL: database.url, PACTA_DEMO_PASSWORD: password };
  const preparing = [runTsx(path.join("scripts", "prepare-database.ts"), env), runTsx(path.join("scripts", "prepare-database.ts"), env)];
  const waiting = () => preparing.map((p) => p.output().includes("Another server is preparing the database"));
  for (let i = 0; i < 300 && !waiting().every(Boolean); i++) await new Promise((resolve) => setTimeout(resolve, 100));
  const waitedWhileLocked = waiting();
  const { rows } = await holder.query<{ table: string | null }>(`SELECT to_regclass('"_prisma_migrations"')::text AS table`);
  await holder.query("SELECT pg_advisory_unlock($1)", [PREPARE_LOCK_KEY]);
  await holder.end();
  const exits = await Promise.all(preparing.map((p) => p.exited));
  preparation = { waitedWhileLocked, tableWhileLocked: rows[0].table, exits, outputs: preparing.map((p) => p.output()) };
  if (exits.some((code) => code !== 0)) throw new Error(`preparing the database failed:\n${preparation.outputs.join("\n")}`);

  // Reminders for two people, due before the servers start (they run the job a few seconds after).
  db = createPrismaClient(database.url);
  await db.user.updateMany({ where: { email: { in: ["viewer@pacta.local", "admin@pacta.local"] } }, data: { reminderScope: "ALL", reminderDays: "60" } });
  const editor = await db.user.findUniqueOrThrow({ where: { email: "editor@pacta.local" }, select: { id: true, email: true, name: true, role: true, active: true } });
  const ends = new Date(Date.now() + 20 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
  await createTestAgreement(db, editor, { status: "ACTIVE", title: "Several Servers Reminder", expiresOn: ends });

  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    onData(stream, session, callback) {
      stream.resume();
      stream.on("end", () => {
        digests.push(...session.envelope.rcptTo.map((r) => r.address));
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
  const smtpPort = (smtp.server.address() as AddressInfo).port;

  s3 = await startS3Server("pacta-several");
  const ports: [number, number] = [await freePort(), await freePort()];
  nginx = await startNginx(ports);
  const secret = randomBytes(32).toString("base64url");
  for (const [index, port] of ports.entries()) {
    servers.push(
      spawnServer({
        distDir,
        databaseUrl: database.url,
        port,
        env: {
          // Shared by every server: the secret that signs sessions, the public address, the store.
          NEXTAUTH_SECRET: secret,
          PACTA_PUBLIC_URL: nginx.origin,
          PACTA_TRUSTED_PROXIES: "127.0.0.1",
          ...s3.env,
          PACTA_STORAGE_URL: `s3://${s3.bucket}/pacta`,
          // Each its own local folder: nothing is shared through one machine's disk.
          PACTA_STORAGE_DIR: path.join(dir, `server-${index}`),
          PACTA_WORKERS: "1",
          PACTA_REMINDERS_DELAY_SECONDS: "5",
          SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
          PACTA_MAIL_FROM: "Pacta <pacta@example.edu>",
        },
      }),
    );
  }
  await Promise.all(servers.map((server) => waitUntilServing(`${server.baseURL}/api/health`, server.process)));

  browser = await launchBrowser();
  context = await browser.newContext({ viewport: VIEWPORTS.desktop, ignoreHTTPSErrors: true });
}, 240_000);

afterAll(async () => {
  await context?.close();
  await browser?.close();
  for (const server of servers) server.process.kill("SIGTERM");
  await Promise.all(servers.map((server) => server.exited));
  await nginx?.stop();
  await s3?.stop();
  if (smtp) await new Promise<void>((resolve) => smtp.close(() => resolve()));
  await db?.$disconnect();
  await database?.drop();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe("two servers behind nginx on one PostgreSQL database", () => {
  it("prepare the database one at a time: both wait for the lock, the migrations are applied once", async () => {
    expect(preparation.waitedWhileLocked).toEqual([true, true]);
    expect(preparation.tableWhileLocked).toBeNull();
    expect(preparation.exits).toEqual([0, 0]);
    const applied = preparation.outputs.filter((output) => /Applying \d+ migration/.test(output));
    expect(applied).toHaveLength(1);
    expect(preparation.outputs.filter((output) => output.includes("Migrations up to date."))).toHaveLength(1);
    const names = await db.$queryRawUnsafe<{ migration_name: string }[]>(`SELECT migration_name FROM "_prisma_migrations"`);
    expect(names.map((row) => row.migration_name).sort()).toEqual(availableMigrations(migrationsFolder("postgresql")));
  });

  it("the site file lets through what Pacta accepts: nginx's body limit is Pacta's", () => {
    const [, size] = fs.readFileSync(SITE_FILE, "utf8").match(/client_max_body_size (\d+)m;/) ?? [];
    expect(Number(size) * 1024 * 1024).toBe(BODY_LIMITS.signedInBytes);
  });

  it("a session opened through nginx is valid on both servers, and each request is logged once with its id", async () => {
    const page = await context.newPage();
    await signIn(page, nginx.origin, "editor@pacta.local", password);
    // The public address is https: the session cookie is a Secure one, as the browser got it through nginx.
    const session = (await context.cookies()).find((cookie) => cookie.name.endsWith("next-auth.session-token"));
    expect(session).toMatchObject({ name: "__Secure-next-auth.session-token", secure: true });
    const editor = await db.user.findUniqueOrThrow({ where: { email: "editor@pacta.local" }, select: { id: true } });

    const cookie = await cookieHeader();
    for (const server of servers) {
      const answer = await request(`${server.baseURL}/agreements`, { headers: { Cookie: cookie } });
      expect(answer.status).toBe(200);
      expect(answer.body.toString()).toContain("Demo Editor");
      const requestId = answer.headers["x-request-id"] as string;
      expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
      await expect.poll(() => requestLog(server, requestId)).toMatchObject({ route: "/agreements", method: "GET", status: 200, userId: editor.id });
      expect(typeof requestLog(server, requestId)!.durationMs).toBe("number");
      expect(typeof requestLog(server, requestId)!.time).toBe("string");
    }

    // Through nginx, the id is nginx's own ($request_id), in its access log and in the server's line.
    const through = await request(`${nginx.origin}/agreements?q=secret-search`, { headers: { Cookie: cookie } });
    expect(through.status).toBe(200);
    const nginxId = through.headers["x-request-id"] as string;
    expect(nginxId).toMatch(/^[0-9a-f]{32}$/);
    expect((await loggedBy(nginxId)).line).toMatchObject({ route: "/agreements", status: 200, userId: editor.id });
    await expect.poll(() => nginx.logs()).toContain(`id=${nginxId}`);

    // A page that is not there shows the id of its request, for a person to quote.
    const missing = await page.request.get(`${nginx.origin}/no-such-page`);
    expect(missing.status()).toBe(404);
    expect(await missing.text()).toContain(missing.headers()["x-request-id"]);
    await page.goto(`${nginx.origin}/no-such-page`);
    await page.getByText(/Request id: [0-9a-f]{32}/).waitFor();
    await screenshot(page, "not-found-request-id");

    // No password, cookie or query string in any line.
    const everything = servers.map((server) => server.output()).join("\n");
    expect(everything).not.toContain(password);
    expect(everything).not.toContain(session!.value.slice(0, 40));
    expect(everything).not.toContain("secret-search");
    await page.close();
  });

  it("a document uploaded through one server is downloaded, the same bytes, through the other and through nginx", async () => {
    const { reference } = await db.agreement.findFirstOrThrow({ where: { title: "Several Servers Reminder" }, select: { reference: true } });
    const file = path.join(dir, "several-servers.pdf");
    fs.writeFileSync(file, await samplePdf("Uploaded through one server"));
    const digest = createHash("sha256").update(fs.readFileSync(file)).digest("hex");

    const page = await context.newPage();
    await page.goto(`${nginx.origin}/agreements/${reference}`);
    const documents = page.locator("#documents");
    await documents.getByText("Attach a document").click();
    await documents.getByLabel("File").setInputFiles(file);
    await documents.getByLabel("Kind").selectOption({ label: "Signed copy" });
    await documents.getByLabel("Language").selectOption({ label: "English" });
    await documents.getByRole("button", { name: "Attach" }).click();
    await documents.getByText("Document attached.").waitFor();
    await screenshot(page, "several-servers-document");
    await page.close();

    const version = await db.documentVersion.findFirstOrThrow({ where: { document: { agreement: { reference } } }, select: { id: true } });
    const cookie = await cookieHeader();
    for (const base of [...servers.map((server) => server.baseURL), nginx.origin]) {
      const answer = await request(`${base}/documents/${version.id}`, { headers: { Cookie: cookie } });
      expect(answer.status).toBe(200);
      expect(createHash("sha256").update(answer.body).digest("hex")).toBe(digest);
    }
    // The file's bytes never reach the log.
    expect(servers.map((server) => server.output()).join("\n")).not.toContain("Uploaded through one server");
  });

  it("a change through one server refreshes the filter choices the other kept", async () => {
    // A country no other record of this database has: its name appears among the choices once one partner is there.
    const country = "Iceland";
    const cookie = await cookieHeader();
    const choices = async (server: RunningServer) => (await request(`${server.baseURL}/agreements`, { headers: { Cookie: cookie } })).body.toString();
    // Both have read (and kept) the choices.
    for (const server of servers) expect(await choices(server)).not.toContain(country);

    const page = await context.newPage();
    await page.goto(`${nginx.origin}/organizations/new`);
    await page.getByLabel("Name (English)").fill("Several Servers University");
    await page.getByLabel("Kind").selectOption({ label: "University" });
    await page.getByLabel("Country").fill(country);
    await page.getByRole("button", { name: "Add the organisation" }).click();
    await page.waitForURL(/\/organizations\/(?!new)[^/]+$/);
    await page.close();

    // Whichever server took the change, both offer the new country at once.
    for (const server of servers) expect(await choices(server)).toContain(`>${country}<`);
  });

  it("counts failed sign-ins across both servers", async () => {
    await db.user.create({ data: { email: "throttled@several.example.edu", name: "Throttled", role: "VIEWER", passwordHash: await hashPassword("the right long password", { logN: 10, r: 8, p: 1 }) } });
    const attempt = async (server: RunningServer, guess: string) => {
      const csrf = await request(`${server.baseURL}/api/auth/csrf`);
      const { csrfToken } = JSON.parse(csrf.body.toString()) as { csrfToken: string };
      const csrfCookie = ([] as string[]).concat(csrf.headers["set-cookie"] ?? []).map((c) => c.split(";")[0]).join("; ");
      const answer = await request(`${server.baseURL}/api/auth/callback/credentials`, {
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: nginx.origin, Cookie: csrfCookie },
        body: new URLSearchParams({ csrfToken, email: "throttled@several.example.edu", password: guess, json: "true" }).toString(),
      });
      return decodeURIComponent(`${answer.headers.location ?? ""}${answer.body.toString()}`);
    };
    // Alternately on each server: fewer than the free failures on either alone.
    for (let i = 0; i < THROTTLE_POLICY.account.freeFailures; i++) {
      const said = await attempt(servers[i % 2], `wrong guess ${i}`);
      expect(said).toContain("CredentialsSignin");
      expect(said).not.toContain(THROTTLED_PREFIX);
    }
    // The second server saw only two of them itself, yet counts all five: even the right password waits.
    expect(await attempt(servers[1], "the right long password")).toContain(THROTTLED_PREFIX);
    expect(servers.map((server) => server.output()).join("\n")).not.toContain("the right long password");
  });

  it("both servers run the reminder job at once, and each digest reaches the SMTP server once", async () => {
    const jobRuns = () => servers.map((server) => logLines(server).filter((line) => line.job === "reminders" && line.msg === "job run"));
    await expect.poll(() => jobRuns().every((runs) => runs.length > 0), { timeout: 60_000 }).toBe(true);
    const runs = jobRuns().map((lines) => lines[0]);
    for (const run of runs) expect(run).toMatchObject({ status: "ok", runId: expect.any(String), durationMs: expect.any(Number) });
    // Between them they delivered every digest once; the SMTP server received exactly those.
    const delivered = runs.reduce((sum, run) => sum + (run.delivered as number), 0);
    await expect.poll(() => digests.length).toBe(delivered);
    expect(digests).toEqual(expect.arrayContaining(["viewer@pacta.local", "admin@pacta.local"]));
    expect(new Set(digests).size).toBe(digests.length);
    const usersWithReminders = await db.reminder.groupBy({ by: ["userId"], where: { deliveredBy: "email" } });
    expect(usersWithReminders).toHaveLength(digests.length);
  });
});
