#!/usr/bin/env node
// Brings the database that DATABASE_URL names up to date: applies the migrations of
// its provider, then runs the idempotent seed (which prints the demo accounts).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { runPrisma } from "./prisma.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export function prepareDatabase({ seed = true } = {}) {
  if (fs.existsSync(path.join(root, ".env"))) process.loadEnvFile(path.join(root, ".env"));
  const migrated = runPrisma(["migrate", "deploy"], {}, { quiet: true });
  if (migrated !== 0) return migrated;
  if (!seed) return 0;
  const tsx = path.join(root, "node_modules", "tsx", "dist", "cli.mjs");
  return spawnSync(process.execPath, [tsx, "prisma/seed/index.ts"], { cwd: root, stdio: "inherit" }).status ?? 1;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.exit(prepareDatabase({ seed: !process.argv.includes("--no-seed") }));
}
