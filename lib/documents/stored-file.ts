// The names of stored files, and the interface every store keeps (storage.ts chooses one).
import { createHash } from "node:crypto";
import path from "node:path";
import type { Readable } from "node:stream";

/** A store of files named by their content's SHA-256 (64 lower-case hex digits). */
export interface DocumentStore {
  /** Where the files are, for messages to the operator (never a credential). */
  readonly description: string;
  /**
   * Stores `content` under its hash; a file appears whole or not at all (never partial
   * under its real name). `created` says whether it was new: a caller whose transaction
   * then fails removes a new file again. Throws when the store cannot be written.
   */
  put(content: Uint8Array): Promise<{ sha256: string; created: boolean }>;
  /** The whole file, or null when the store has no such file. */
  get(sha256: string): Promise<Uint8Array | null>;
  /** The file as a stream (for downloads, never held whole in memory), or null when missing. */
  stream(sha256: string): Promise<Readable | null>;
  has(sha256: string): Promise<boolean>;
  /** Removes a file; a missing one is no error. */
  remove(sha256: string): Promise<void>;
  /** Every stored file's hash (temporary and probe files left out). */
  list(): AsyncIterable<string>;
  /** Writes and removes a small probe file; throws when the store cannot be written. */
  checkWritable(): Promise<void>;
  /** Lets go of open connections (scripts and tests, when done). */
  close?(): void;
}

const SHA256 = /^[0-9a-f]{64}$/;

export const isSha256 = (value: string) => SHA256.test(value);

/** The key of a stored file inside its store: "ab/ab…" (two-letter subfolders keep folders small). */
export function storedFileKey(sha256: string): string {
  if (!isSha256(sha256)) throw new Error("not a SHA-256 hash");
  return `${sha256.slice(0, 2)}/${sha256}`;
}

export function sha256Of(content: Uint8Array): string {
  return createHash("sha256").update(content).digest("hex");
}

// The folder is known only at run time: `turbopackIgnore` keeps the build from tracing the whole project for it.
export function storageDirectory(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.PACTA_STORAGE_DIR || path.join("data", "files"));
}

/** The path of a stored file in a storage folder. */
export function storedFilePath(sha256: string, directory = storageDirectory()): string {
  return path.join(/*turbopackIgnore: true*/ directory, ...storedFileKey(sha256).split("/"));
}
