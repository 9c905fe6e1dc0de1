// Backups of the database DATABASE_URL names, and restoring one.
//   SQLite: `VACUUM INTO` writes a consistent, compacted copy from one read transaction,
//   so it is safe while the server keeps writing (a file copy is not).
//   PostgreSQL: `pg_dump` in its custom format, restored with `pg_restore`.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import Sqlite from "better-sqlite3";
import type { DatabaseTarget } from "../database-url";

export const BACKUP_DIR = path.join("data", "backups");

export class BackupError extends Error {}

/** data/backups/pacta-<provider>-<UTC time>.db|.dump */
export function defaultBackupPath(target: DatabaseTarget, now = new Date()): string {
  const stamp = now.toISOString().replace(/[-:]/g, "").replace(/\..*/, "").replace("T", "-");
  return path.join(BACKUP_DIR, `pacta-${target.provider}-${stamp}.${target.provider === "sqlite" ? "db" : "dump"}`);
}

export function backupDatabase(target: DatabaseTarget, destination: string): { file: string; bytes: number } {
  if (fs.existsSync(destination)) throw new BackupError(`${destination} already exists; choose another name.`);
  fs.mkdirSync(path.dirname(path.resolve(destination)), { recursive: true });
  if (target.provider === "sqlite") {
    if (!fs.existsSync(target.file)) throw new BackupError(`There is no database at ${target.file}.`);
    const source = new Sqlite(target.file, { readonly: true, fileMustExist: true, timeout: 10_000 });
    try {
      source.prepare("VACUUM INTO ?").run(path.resolve(destination));
    } finally {
      source.close();
    }
    checkSqliteFile(destination);
  } else {
    runPostgresTool("pg_dump", ["--format=custom", "--no-owner", "--no-privileges", "--file", destination, "--dbname", target.url]);
  }
  return { file: destination, bytes: fs.statSync(destination).size };
}

/**
 * Replaces the data of `target` with the backup's. For SQLite the current file is kept
 * beside it as <name>.before-restore-<time>; stop the server first either way.
 */
export function restoreDatabase(backupFile: string, target: DatabaseTarget, now = new Date()): { keptPrevious?: string } {
  if (!fs.existsSync(backupFile)) throw new BackupError(`There is no backup at ${backupFile}.`);
  if (target.provider === "sqlite") {
    if (!backupFile.endsWith(".db")) throw new BackupError("A SQLite database is restored from a .db backup (made by npm run backup with SQLite).");
    checkSqliteFile(backupFile);
    fs.mkdirSync(path.dirname(target.file), { recursive: true });
    let keptPrevious: string | undefined;
    if (fs.existsSync(target.file)) {
      keptPrevious = `${target.file}.before-restore-${now.toISOString().replace(/[-:]/g, "").replace(/\..*/, "")}`;
      backupDatabase(target, keptPrevious);
    }
    // Copy beside the target, then swap it in with one rename.
    const incoming = `${target.file}.restoring`;
    fs.copyFileSync(backupFile, incoming);
    for (const suffix of ["-wal", "-shm"]) fs.rmSync(`${target.file}${suffix}`, { force: true });
    fs.renameSync(incoming, target.file);
    return { keptPrevious };
  }
  if (!backupFile.endsWith(".dump")) throw new BackupError("A PostgreSQL database is restored from a .dump backup (made by npm run backup with PostgreSQL).");
  runPostgresTool("pg_restore", ["--clean", "--if-exists", "--no-owner", "--no-privileges", "--single-transaction", "--exit-on-error", "--dbname", target.url, backupFile]);
  return {};
}

function checkSqliteFile(file: string) {
  const db = new Sqlite(file, { readonly: true, fileMustExist: true });
  try {
    const result = db.pragma("integrity_check", { simple: true });
    if (result !== "ok") throw new BackupError(`${file} fails SQLite's integrity check: ${result}`);
    const migrations = db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = '_prisma_migrations'").get() as { n: number };
    if (migrations.n !== 1) throw new BackupError(`${file} is not a Pacta database (it has no migration history).`);
  } finally {
    db.close();
  }
}

function runPostgresTool(tool: string, args: string[]) {
  const result = spawnSync(tool, args, { encoding: "utf8" });
  if (result.error && (result.error as NodeJS.ErrnoException).code === "ENOENT") {
    throw new BackupError(`${tool} was not found: install the PostgreSQL client tools (the server's major version or newer).`);
  }
  if (result.status !== 0) throw new BackupError(`${tool} failed: ${(result.stderr || result.stdout).trim()}`);
}
