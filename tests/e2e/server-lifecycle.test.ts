// The production server's start and stop: it refuses to start with a weak session
// secret or on a taken port, and on SIGTERM it finishes the requests in flight, accepts
// no new ones, closes the database and exits 0.
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
import { freePort, spawnServer } from "../support/server";

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

/** Polls until `condition` holds (the server reports through its output and its processes). */
async function until(condition: () => boolean, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error("timed out waiting");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The process ids whose parent is `pid` (the server's workers), read from /proc. */
function childrenOf(pid: number): number[] {
  return fs
    .readdirSync("/proc")
    .filter((name) => /^\d+$/.test(name))
    .filter((name) => {
      try {
        // Field 4 of /proc/<pid>/stat is the parent; the name before it is in parentheses.
        return Number(fs.readFileSync(`/proc/${name}/stat`, "utf8").split(") ")[1].split(" ")[1]) === pid;
      } catch {
        return false; // gone meanwhile
      }
    })
    .map(Number);
}

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

  it.each([1, 2])("with %i server process(es), says so and exits 1 when its port is taken (instead of waiting forever)", async (workers) => {
    const port = await freePort();
    const occupant = http.createServer((_request, response) => response.end("another program"));
    await new Promise<void>((resolve) => occupant.listen(port, "127.0.0.1", resolve));
    try {
      const server = spawnServer({ distDir, databaseUrl: `file:${databaseFile}`, port, env: { PACTA_WORKERS: String(workers) } });
      const exited = await Promise.race([server.exited, new Promise((resolve) => setTimeout(() => resolve("still running"), 30_000))]);
      if (exited === "still running") server.process.kill("SIGKILL");
      expect(exited).toBe(1);
      expect(server.output()).toContain(`Pacta will not start: port ${port} is in use`);
    } finally {
      await new Promise((resolve) => occupant.close(resolve));
    }
  });

  it.each([1, 2])("with %i server process(es), on SIGTERM finishes the export in flight, refuses new connections, closes the database and exits 0", async (workers) => {
    const server = spawnServer({ distDir, databaseUrl: `file:${databaseFile}`, port: await freePort(), env: { PACTA_WORKERS: String(workers) } });
    try {
      await until(() => server.output().includes("Ready: serving"));
      expect(server.output()).toMatch(workers === 1 ? /Ready: serving on \S+\n/ : /Ready: serving on \S+ \(2 server processes\)/);
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

  it("replaces a server process that dies, keeps answering, and stops cleanly even while one is starting", async () => {
    const server = spawnServer({ distDir, databaseUrl: `file:${databaseFile}`, port: await freePort(), env: { PACTA_WORKERS: "2" } });
    try {
      await until(() => server.output().includes("Ready: serving"));
      const first = childrenOf(server.process.pid!);
      expect(first).toHaveLength(2);
      process.kill(first[0], "SIGKILL");
      await until(() => server.output().includes("The new server process is serving."));
      const second = childrenOf(server.process.pid!);
      expect(second).toHaveLength(2);
      expect(second).toContain(first[1]);
      expect(second).not.toContain(first[0]);
      // Connections go to both processes in turn: every one of them is answered.
      const statuses = await Promise.all(Array.from({ length: 8 }, () => fetch(`${server.baseURL}/sign-in`).then((r) => r.status)));
      expect(statuses).toEqual(Array(8).fill(200));

      // A signal while the replacement of another dead process is still starting.
      process.kill(second[0], "SIGKILL");
      await until(() => server.output().split("stopped unexpectedly").length === 3);
      server.process.kill("SIGTERM");
      expect(await server.exited).toBe(0);
      expect(server.output()).toContain("Requests finished and database closed.");
    } finally {
      server.process.kill("SIGKILL");
    }
  });
});
