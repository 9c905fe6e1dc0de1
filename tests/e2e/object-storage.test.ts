// The production server with its documents in an S3-compatible store (a real S3 server on
// loopback): the load balancer's probes answer anonymously (and readiness follows the
// store going down and coming back), and an editor uploads a PDF in
// the browser that lands in the bucket (not on the server's disk) and downloads it again,
// streamed from the bucket.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { S3Store, s3StoreSettings } from "@/lib/documents/s3-store";
import { sha256Of } from "@/lib/documents/storage";
import { createPrismaClient } from "@/lib/prisma-client";
import { seedArticle } from "@/prisma/seed/article-seed";
import { ensureDemoUsers } from "@/prisma/seed/demo-users";
import { launchBrowser, signIn, VIEWPORTS } from "../support/browser";
import { migrate } from "../support/databases";
import { samplePdf } from "../support/document-files";
import { startS3Server, type TestS3Server } from "../support/s3-server";
import { freePort, spawnServer, waitUntilServing, type RunningServer } from "../support/server";

const distDir = inject("distDir");
const PASSWORD = "object storage test password";
const REFERENCE = "AG-2020-0006";

let dir: string;
let s3: TestS3Server;
let server: RunningServer;
let browser: Browser;
let bucket: S3Store;
const localFolder = () => path.join(dir, "files");

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "pacta-s3-e2e-"));
  const databaseUrl = `file:${path.join(dir, "s3.db")}`;
  migrate(databaseUrl);
  const db = createPrismaClient(databaseUrl);
  await seedArticle(db);
  await ensureDemoUsers(db, PASSWORD);
  await db.$disconnect();
  s3 = await startS3Server();
  const storage = { ...s3.env, PACTA_STORAGE_URL: `s3://${s3.bucket}/pacta`, PACTA_STORAGE_DIR: localFolder() };
  bucket = new S3Store(s3StoreSettings({ ...process.env, ...storage })!, s3.env.PACTA_S3_SECRET_ACCESS_KEY);
  server = spawnServer({ distDir, databaseUrl, port: await freePort(), env: { ...storage, PACTA_WORKERS: "1", PACTA_REMINDERS: "off" } });
  await waitUntilServing(`${server.baseURL}/api/health`, server.process);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  server?.process.kill("SIGTERM");
  await server?.exited;
  bucket?.close();
  await s3?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("a server with its documents in S3", () => {
  it("answers the health and readiness probes without a session, saying nothing private", async () => {
    const health = await fetch(`${server.baseURL}/api/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: "ok" });
    const ready = await fetch(`${server.baseURL}/api/ready`);
    expect(ready.status).toBe(200);
    expect(ready.headers.get("cache-control")).toBe("no-store");
    expect(await ready.json()).toEqual({ status: "ready" });
  });

  it("is not ready while the object store is down, stays alive, and is ready again when the store returns", async () => {
    await s3.stopServing();
    try {
      const ready = await fetch(`${server.baseURL}/api/ready`);
      expect(ready.status).toBe(503);
      const body = await ready.json();
      expect(body).toEqual({ status: "not ready", reason: "storage not writable" });
      expect((await fetch(`${server.baseURL}/api/health`)).status).toBe(200);
    } finally {
      await s3.serveAgain();
    }
    expect((await fetch(`${server.baseURL}/api/ready`)).status).toBe(200);
  });

  it("keeps an uploaded PDF in the bucket and streams it back on download", async () => {
    const file = path.join(dir, "signed-in-s3.pdf");
    const content = await samplePdf("Signed and kept in object storage");
    fs.writeFileSync(file, content);
    const context = await browser.newContext({ viewport: VIEWPORTS.desktop, acceptDownloads: true });
    try {
      const page = await context.newPage();
      await signIn(page, server.baseURL, "editor@pacta.local", PASSWORD);
      await page.goto(`${server.baseURL}/agreements/${REFERENCE}`);
      const documents = page.locator("#documents");
      await documents.getByText("Attach a document").click();
      await documents.getByLabel("File").setInputFiles(file);
      await documents.getByLabel("Kind").selectOption({ label: "Signed copy" });
      await documents.getByRole("button", { name: "Attach" }).click();
      await documents.getByText("Document attached.").waitFor();

      expect(await bucket.has(sha256Of(new Uint8Array(content)))).toBe(true);
      expect(fs.existsSync(localFolder())).toBe(false);

      const [download] = await Promise.all([page.waitForEvent("download"), documents.getByRole("link", { name: "signed-in-s3.pdf" }).click()]);
      expect(fs.readFileSync(await download.path())).toEqual(content);
    } finally {
      await context.close();
    }
  });
});
