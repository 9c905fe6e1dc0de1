// The production server's start and stop: it refuses to start with a weak session
// secret, and on SIGTERM it finishes the requests in flight, accepts no new ones,
// closes the database and exits 0.
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import Sqlite from "better-sqlite3";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "@/lib/prisma-client";
import { seedArticle } from "@/prisma/seed/article-seed";
import { seedDemoPortfolio } from "@/prisma/seed/demo-portfolio";
import { ensureDemoUsers } from "@/prisma/seed/demo-users";
import { launchBrowser, signIn, VIEWPORTS } from "../support/browser";
import { migrate } from "../support/databases";
import { freePort, spawnServer, waitUntilServing } from "../support/server";

const distDir = inject("distDir");
const PASSWORD = "lifecycle test password";

let dir: string;
let databaseFile: string;
let browser: Browser;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "pacta-lifecycle-"));
  databaseFile = path.join(dir, "lifecycle.db");
  migrate(`file:${databaseFile}`);
  const db = createPrismaClient(`file:${databaseFile}`);
  await seedArticle(db);
  await ensureDemoUsers(db, PASSWORD);
  // Enough agreements that an Excel export of all of them is still being written when the signal comes.
  await seedDemoPortfolio(db, 3000);
  await db.$disconnect();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("the production server", () => {
  it.each([
    ["missing", ""],
    ["short", "too-short-secret"],
    ["a placeholder", "x".repeat(40)],
  ])("refuses to start when NEXTAUTH_SECRET is %s", async (_label, secret) => {
    const server = spawnServer({ distDir, databaseUrl: `file:${databaseFile}`, port: await freePort(), env: { NEXTAUTH_SECRET: secret } });
    expect(await server.exited).toBe(1);
    expect(server.output()).toContain("Pacta will not start: NEXTAUTH_SECRET");
  });

  it("on SIGTERM finishes the export in flight, refuses new connections, closes the database and exits 0", async () => {
    const server = spawnServer({ distDir, databaseUrl: `file:${databaseFile}`, port: await freePort() });
    try {
      await waitUntilServing(`${server.baseURL}/sign-in`, server.process);
      const context = await browser.newContext({ viewport: VIEWPORTS.desktop });
      await signIn(await context.newPage(), server.baseURL, "viewer@pacta.local", PASSWORD);
      const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
      await context.close();

      // Start the download, and send the signal as soon as its first bytes arrive.
      const body: Buffer[] = [];
      let refusedAfterSignal: boolean | undefined;
      const download = new Promise<{ status: number; bytes: Buffer }>((resolve, reject) => {
        http
          .get(`${server.baseURL}/agreements/export?format=xlsx`, { headers: { cookie } }, (response) => {
            response.once("data", () => {
              // While the download is held open, the server stops listening: a new connection is refused.
              server.process.kill("SIGTERM");
              response.pause();
              void (async () => {
                while (!server.output().includes("SIGTERM: no new connections")) await new Promise((r) => setTimeout(r, 20));
                refusedAfterSignal = await fetch(`${server.baseURL}/sign-in`).then(() => false, () => true);
                response.resume();
              })();
            });
            response.on("data", (chunk: Buffer) => body.push(chunk));
            response.on("end", () => resolve({ status: response.statusCode ?? 0, bytes: Buffer.concat(body) }));
            response.on("error", reject);
          })
          .on("error", reject);
      });
      const { status, bytes } = await download;
      expect(status).toBe(200);
      // A whole .xlsx: a zip archive that ends with its end-of-central-directory record.
      expect(bytes.subarray(0, 2).toString()).toBe("PK");
      expect(bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]))).toBe(bytes.length - 22);

      expect(await server.exited).toBe(0);
      expect(server.output()).toContain("SIGTERM: no new connections");
      expect(server.output()).toContain("database closed");
      expect(refusedAfterSignal).toBe(true);

      // Closed cleanly: the write-ahead log is folded back in and the file is sound.
      expect(fs.existsSync(`${databaseFile}-wal`) ? fs.statSync(`${databaseFile}-wal`).size : 0).toBe(0);
      const check = new Sqlite(databaseFile, { readonly: true });
      expect(check.pragma("integrity_check", { simple: true })).toBe("ok");
      check.close();
    } finally {
      server.process.kill("SIGKILL");
    }
  });
});
