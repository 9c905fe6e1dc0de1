#!/usr/bin/env node
// Runs the Prisma CLI the way Pacta needs it: in driver-adapter mode, with the
// native-engine variables pointed at an existing file so that no command tries
// to download an engine (they fail offline). `generate-all` builds the client
// for both SQLite and PostgreSQL.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import path from "node:path";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const cli = path.join(root, "node_modules", "prisma", "build", "index.js");

function spawnPrisma(args, env, stdio) {
  return spawnSync(process.execPath, [cli, ...args], {
    cwd: root,
    stdio,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    env: {
      ...process.env,
      PRISMA_SCHEMA_ENGINE_BINARY: fileURLToPath(import.meta.url),
      PRISMA_QUERY_ENGINE_LIBRARY: fileURLToPath(import.meta.url),
      PRISMA_HIDE_UPDATE_MESSAGE: "1",
      CHECKPOINT_DISABLE: "1",
      ...env,
    },
  });
}

/** Runs the CLI; with `quiet`, its output is shown only when it fails. */
export function runPrisma(args, env = {}, { quiet = false } = {}) {
  const result = spawnPrisma(args, env, quiet ? "pipe" : "inherit");
  if (quiet && result.status !== 0) process.stderr.write(`${result.stdout ?? ""}${result.stderr ?? ""}`);
  return result.status ?? 1;
}

/** Runs the CLI and returns what it printed (for `migrate diff --script`). */
export function capturePrisma(args, env = {}) {
  const result = spawnPrisma(args, env, "pipe");
  if (result.status !== 0) throw new Error(`prisma ${args.join(" ")} failed:\n${result.stderr}`);
  return result.stdout;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  if (args[0] === "generate-all") {
    for (const url of ["file:./data/pacta.db", "postgresql://localhost/pacta"]) {
      const status = runPrisma(["generate"], { DATABASE_URL: url });
      if (status !== 0) process.exit(status);
    }
  } else {
    process.exit(runPrisma(args));
  }
}
