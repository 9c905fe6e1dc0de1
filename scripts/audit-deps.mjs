#!/usr/bin/env node
// `npm run audit:deps`: a dependency review that needs only the npm registry (no
// advisory service): which installed packages are outdated (`npm outdated`) and which
// are deprecated by their authors (`npm view <name>@<version> deprecated`). Each
// deprecated package is either replaced or listed in ACCEPTED with the reason, as in
// the README ("Dependencies"); an unaccepted one makes the command exit 1.
//
//   npm run audit:deps                 direct dependencies, and the packages in ACCEPTED
//   npm run audit:deps -- --all        every package in package-lock.json (slow: one registry look-up each)
//   npm run audit:deps -- --only a,b   just these packages
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const npm = process.platform === "win32" ? "npm.cmd" : "npm";

/** Deprecated packages kept on purpose, and why (mirrored in the README). */
export const ACCEPTED = {
  fstream: "exceljs 4.4 → unzipper 0.10 → fstream; only exceljs's streaming reader uses it, Pacta loads workbooks from a buffer. Goes when exceljs moves off unzipper 0.10.",
  rimraf: "exceljs → unzipper → fstream → rimraf 2; never called by Pacta's code paths.",
  glob: "exceljs → archiver 5 and fstream → glob 7; exceljs writes workbooks without globbing.",
  inflight: "glob 7 → inflight (its leak concerns long-running glob calls, which exceljs does not make).",
  "lodash.isequal": "exceljs → fast-csv 4 → lodash.isequal; Pacta reads CSV with csv-parse, not through exceljs.",
};

function run(args) {
  const result = spawnSync(npm, args, { cwd: root, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  return { status: result.status, stdout: result.stdout ?? "", stderr: result.stderr ?? "" };
}

const lock = JSON.parse(fs.readFileSync(path.join(root, "package-lock.json"), "utf8"));
const manifest = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8"));
const direct = new Set([...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.devDependencies ?? {})]);

/** name → the set of locked versions. */
const locked = new Map();
for (const [where, entry] of Object.entries(lock.packages ?? {})) {
  if (!where || !entry.version || entry.link) continue;
  const name = entry.name ?? where.slice(where.lastIndexOf("node_modules/") + "node_modules/".length);
  if (!locked.has(name)) locked.set(name, new Set());
  locked.get(name).add(entry.version);
}

const args = process.argv.slice(2);
const only = args.includes("--only") ? new Set((args[args.indexOf("--only") + 1] ?? "").split(",").filter(Boolean)) : null;
const names = only ? [...only] : args.includes("--all") ? [...locked.keys()] : [...new Set([...direct, ...Object.keys(ACCEPTED)])];

// 1. Outdated (the registry's latest against what is installed).
const outdated = run(["outdated", "--json", ...(only ? [...only] : args.includes("--all") ? ["--all"] : [])]);
let outdatedRows = {};
try {
  outdatedRows = JSON.parse(outdated.stdout || "{}");
} catch {
  console.error(`✖ npm outdated failed: ${outdated.stderr.trim()}`);
  process.exit(2);
}
console.log("Outdated (installed → latest):");
const outdatedEntries = [
  ...new Map(Object.entries(outdatedRows).flatMap(([name, rows]) => [rows].flat().map((row) => [`${name}@${row.current}`, [name, row]]))).values(),
];
if (outdatedEntries.length === 0) console.log("  none");
for (const [name, row] of outdatedEntries) console.log(`  ${name} ${row.current ?? "(missing)"} → ${row.latest}${row.current === row.wanted ? "" : ` (wanted ${row.wanted})`}`);

// 2. Deprecated, version by version. First a package every registry marks deprecated: a
// mirror that drops the field would otherwise make "none" look like good news.
const CANARY = "request@2.88.2";
const canary = run(["view", CANARY, "deprecated"]);
if (!canary.stdout.trim()) {
  console.error(`\n✖ The registry (${run(["config", "get", "registry"]).stdout.trim()}) reports no deprecation for ${CANARY}, which is deprecated: it does not pass deprecations on, so they cannot be checked here.`);
  process.exit(2);
}
console.log("\nDeprecated:");
let unaccepted = 0;
let found = 0;
for (const name of names.sort()) {
  for (const version of locked.get(name) ?? []) {
    const view = run(["view", `${name}@${version}`, "deprecated", "--json"]);
    if (view.status !== 0) {
      console.log(`  ? ${name}@${version}: the registry did not answer (${view.stderr.trim().split("\n")[0]})`);
      continue;
    }
    const message = view.stdout.trim() ? JSON.parse(view.stdout) : "";
    if (!message) continue;
    found++;
    const accepted = ACCEPTED[name];
    if (!accepted) unaccepted++;
    console.log(`  ${accepted ? "accepted" : "✖ NOT ACCEPTED"} ${name}@${version}: ${message}`);
    if (accepted) console.log(`      why kept: ${accepted}`);
  }
}
if (found === 0) console.log("  none");
console.log(unaccepted ? `\n✖ ${unaccepted} deprecated package(s) neither replaced nor accepted (README, "Dependencies").` : "\n✓ Every deprecated package is replaced or accepted.");
process.exit(unaccepted ? 1 : 0);
