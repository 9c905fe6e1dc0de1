// Builds the production app, prepares a seeded SQLite database, and serves the
// build on a free port for the end-to-end tests.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { createPrismaClient } from "../../lib/prisma-client";
import { seedArticle } from "../../prisma/seed/article-seed";
import { ensureDemoUsers } from "../../prisma/seed/demo-users";
import { migrate } from "../support/databases";

declare module "vitest" {
  export interface ProvidedContext {
    baseURL: string;
    demoPassword: string;
  }
}

const DIST_DIR = ".next-e2e";
const NEXT_BIN = path.join("node_modules", "next", "dist", "bin", "next");

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function waitUntilServing(url: string, server: ChildProcess, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the server exited with code ${server.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the server did not answer ${url} within ${timeoutMs} ms`);
}

export default async function setup(project: TestProject) {
  const env = { ...process.env, PACTA_DIST_DIR: DIST_DIR, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" as const };
  const build = spawnSync(process.execPath, [NEXT_BIN, "build"], { env, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (build.status !== 0) throw new Error(`next build failed:\n${build.stdout}\n${build.stderr}`);

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pacta-e2e-"));
  const databaseUrl = `file:${path.join(dir, "e2e.db")}`;
  migrate(databaseUrl);
  const demoPassword = process.env.PACTA_DEMO_PASSWORD ?? randomBytes(12).toString("base64url");
  const db = createPrismaClient(databaseUrl);
  await seedArticle(db);
  await ensureDemoUsers(db, demoPassword);
  await db.$disconnect();

  const port = await freePort();
  const baseURL = `http://127.0.0.1:${port}`;
  const server = spawn(process.execPath, [NEXT_BIN, "start", "-p", String(port), "-H", "127.0.0.1"], {
    env: {
      ...env,
      DATABASE_URL: databaseUrl,
      NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
      NEXTAUTH_URL: baseURL,
      NODE_ENV: "production",
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  await waitUntilServing(`${baseURL}/sign-in`, server);

  project.provide("baseURL", baseURL);
  project.provide("demoPassword", demoPassword);

  return async () => {
    server.kill("SIGTERM");
    await new Promise((resolve) => (server.exitCode !== null ? resolve(null) : server.once("exit", resolve)));
    fs.rmSync(dir, { recursive: true, force: true });
  };
}
