// Builds the production app, prepares a seeded SQLite database, and serves the
// build on a free port for the end-to-end tests.
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { createPrismaClient } from "../../lib/prisma-client";
import { seedArticle } from "../../prisma/seed/article-seed";
import { ensureDemoUsers } from "../../prisma/seed/demo-users";
import { migrate } from "../support/databases";
import { freePort, spawnServer, waitUntilServing } from "../support/server";

declare module "vitest" {
  export interface ProvidedContext {
    baseURL: string;
    demoPassword: string;
    databaseUrl: string;
    distDir: string;
  }
}

const DIST_DIR = ".next-e2e";
const NEXT_BIN = path.join("node_modules", "next", "dist", "bin", "next");

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

  // The same server `npm start` runs.
  const server = spawnServer({ distDir: DIST_DIR, databaseUrl, port: await freePort(), env: { PACTA_STORAGE_DIR: path.join(dir, "files") } });
  const baseURL = server.baseURL;
  await waitUntilServing(`${baseURL}/sign-in`, server.process);

  project.provide("baseURL", baseURL);
  project.provide("demoPassword", demoPassword);
  project.provide("databaseUrl", databaseUrl);
  project.provide("distDir", DIST_DIR);

  return async () => {
    server.process.kill("SIGTERM");
    await server.exited;
    fs.rmSync(dir, { recursive: true, force: true });
  };
}
