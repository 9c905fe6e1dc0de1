#!/usr/bin/env node
// `npm start`: everything a new user needs, in order, without asking anything:
// install → .env → database (migrate + seed) → build when stale → serve.
// Uses only Node's standard library, since it may run before `npm install`.
import { spawn, spawnSync } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { publicUrl } from "../lib/config/public-url.mjs";
import { sessionSecretProblem } from "./session-secret.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const at = (...parts) => path.join(root, ...parts);
const step = (message) => console.log(`\n▸ ${message}`);
const fail = (message) => {
  console.error(`\n✖ ${message}`);
  process.exit(1);
};
const npm = process.platform === "win32" ? "npm.cmd" : "npm";

function run(command, args, env = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...env } });
  if (result.status !== 0) fail(`${command} ${args.join(" ")} failed (exit ${result.status}).`);
}

function hashFiles(entries) {
  const hash = createHash("sha256");
  const visit = (relative) => {
    const full = at(relative);
    if (!fs.existsSync(full)) return;
    const stat = fs.statSync(full);
    if (stat.isDirectory()) {
      for (const name of fs.readdirSync(full).sort()) visit(path.join(relative, name));
    } else {
      hash.update(relative).update("\0").update(fs.readFileSync(full)).update("\0");
    }
  };
  entries.forEach(visit);
  return hash.digest("hex");
}

// 1. Dependencies: install when missing or when the lockfile changed since the last install.
step("Checking dependencies");
const lockHash = hashFiles(["package-lock.json"]);
const installedMarker = at("node_modules", ".pacta-lock-hash");
if (!fs.existsSync(installedMarker) || fs.readFileSync(installedMarker, "utf8") !== lockHash) {
  console.log("  Installing dependencies (the first time this takes a few minutes)…");
  run(npm, [fs.existsSync(at("package-lock.json")) ? "ci" : "install", "--no-audit", "--no-fund"]);
  fs.writeFileSync(installedMarker, lockHash);
} else {
  console.log("  Up to date.");
}

// 2. Configuration: a .env with a random secret, written once.
step("Checking configuration");
if (!fs.existsSync(at(".env"))) {
  const secret = randomBytes(32).toString("base64url");
  fs.writeFileSync(
    at(".env"),
    [
      "# Written by `npm start`. Keep this file private.",
      `NEXTAUTH_SECRET=${secret}`,
      "# The address people use to reach Pacta; https:// makes every cookie Secure.",
      `PACTA_PUBLIC_URL=http://localhost:${process.env.PORT || "3000"}`,
      "# DATABASE_URL=file:./data/pacta.db      (the default: embedded SQLite)",
      "# DATABASE_URL=postgresql://user:password@127.0.0.1:5432/pacta",
      "",
    ].join("\n"),
    { mode: 0o600 },
  );
  console.log("  Wrote .env with a new random NEXTAUTH_SECRET.");
} else {
  console.log("  Using .env.");
}
process.loadEnvFile(at(".env"));
const secretProblem = sessionSecretProblem(process.env.NEXTAUTH_SECRET);
if (secretProblem) fail(`${secretProblem} Or remove it from .env to have one generated.`);
const port = process.env.PORT || "3000";
// A .env written before PACTA_PUBLIC_URL existed: this machine's own address, as before.
if (!process.env.PACTA_PUBLIC_URL && !process.env.NEXTAUTH_URL) process.env.PACTA_PUBLIC_URL = `http://localhost:${port}`;
const { problem: addressProblem } = publicUrl();
if (addressProblem) fail(addressProblem);

// 3. Database: migrations of the provider DATABASE_URL names, then the idempotent seed.
step("Preparing the database");
run(process.execPath, [at("node_modules", "tsx", "dist", "cli.mjs"), at("scripts", "prepare-database.ts")]);

// 4. Build, when there is none or the sources changed since the last one.
step("Checking the build");
const distDir = process.env.PACTA_DIST_DIR || ".next";
const sourceHash = hashFiles([
  "app", "components", "lib", "types", "public", "prisma/schema.prisma",
  "next.config.js", "postcss.config.mjs", "tsconfig.json", "package-lock.json",
]);
const builtMarker = at(distDir, "pacta-source-hash");
if (!fs.existsSync(at(distDir, "BUILD_ID")) || !fs.existsSync(builtMarker) || fs.readFileSync(builtMarker, "utf8") !== sourceHash) {
  console.log("  Building (about a minute)…");
  run(process.execPath, [at("node_modules", "next", "dist", "bin", "next"), "build"], { NEXT_TELEMETRY_DISABLED: "1" });
  fs.writeFileSync(builtMarker, sourceHash);
} else {
  console.log("  Up to date.");
}

// 5. Serve.
step(`Starting Pacta on http://localhost:${port}`);
const server = spawn(process.execPath, [at("scripts", "serve.mjs")], {
  cwd: root,
  stdio: ["ignore", "pipe", "inherit"],
  env: { ...process.env, PORT: port, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
});
let announced = false;
server.stdout.on("data", (chunk) => {
  process.stdout.write(chunk);
  if (!announced && /ready/i.test(String(chunk))) {
    announced = true;
    console.log(`\n  Pacta is ready: open http://localhost:${port} and sign in with a demo account listed above.\n`);
  }
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
