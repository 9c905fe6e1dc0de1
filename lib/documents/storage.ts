// Where attached files live: a folder outside the database (PACTA_STORAGE_DIR, by default
// data/files), each file named by the SHA-256 of its content.
// The same file attached twice is stored once; a user's file name never reaches the disk.
import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

// The folder is known only at run time: `turbopackIgnore` keeps the build from tracing the whole project for it.
export function storageDirectory(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.PACTA_STORAGE_DIR || path.join("data", "files"));
}

const SHA256 = /^[0-9a-f]{64}$/;

/** The path of a stored file (two-letter subfolders keep folders small). */
export function storedFilePath(sha256: string, directory = storageDirectory()): string {
  if (!SHA256.test(sha256)) throw new Error("not a SHA-256 hash");
  return path.join(/*turbopackIgnore: true*/ directory, sha256.slice(0, 2), sha256);
}

export function sha256Of(content: Uint8Array): string {
  return createHash("sha256").update(content).digest("hex");
}

/**
 * Stores `content` under its hash: written to a temporary file and renamed into place, so
 * that a crash never leaves a partial file under a real name. Says whether the file is new
 * (a caller whose transaction then fails removes a new file again).
 */
export function storeFile(content: Uint8Array, directory = storageDirectory()): { sha256: string; created: boolean } {
  const sha256 = sha256Of(content);
  const target = storedFilePath(sha256, directory);
  if (fs.existsSync(/*turbopackIgnore: true*/ target)) return { sha256, created: false };
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const temporary = `${target}.${randomBytes(6).toString("hex")}.partial`;
  try {
    fs.writeFileSync(temporary, content, { flag: "wx" });
    fs.renameSync(temporary, target);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw error;
  }
  return { sha256, created: true };
}

export function removeStoredFile(sha256: string, directory = storageDirectory()) {
  fs.rmSync(storedFilePath(sha256, directory), { force: true });
}
