// The attached documents' files belong in a backup as much as the database does. They
// sit beside the database's backup in a folder of the same name ending in ".files", laid
// out as a storage folder, whichever store (folder or S3) the server uses.
// Stored files never change (each is named by its content's hash), so copying them after
// the database snapshot gives every file that snapshot refers to.
import fs from "node:fs";
import { FolderStore } from "../documents/folder-store";
import { type DocumentStore, documentStore, sha256Of } from "../documents/storage";

export const filesFolderOf = (backupFile: string) => `${backupFile}.files`;

/** Copies every file of `store` into the folder next to `backupFile`; the number of files copied. */
export async function backupDocumentFiles(backupFile: string, store: DocumentStore = documentStore()): Promise<number> {
  return copyStoredFiles(store, new FolderStore(filesFolderOf(backupFile)));
}

/** Copies a backup's files into `store` (files already there are the same and stay); the number of files in the backup. */
export async function restoreDocumentFiles(backupFile: string, store: DocumentStore = documentStore()): Promise<number> {
  const source = filesFolderOf(backupFile);
  if (!fs.existsSync(source)) return 0;
  return copyStoredFiles(new FolderStore(source), store);
}

export class CorruptStoredFile extends Error {}

/**
 * Copies every file from one store to another and checks each copy: the file read back
 * from `to` must have the hash it is named by. A file already in `to` is checked, not copied
 * again, so running it twice is safe. Returns the number of files in `from`. Throws
 * CorruptStoredFile when a source file does not match its name or a copy does not match
 * (the other files are still copied first).
 */
export async function copyStoredFiles(
  from: DocumentStore,
  to: DocumentStore,
  onFile: (sha256: string, outcome: "copied" | "present") => void = () => {},
): Promise<number> {
  let count = 0;
  const corrupt: string[] = [];
  for await (const sha256 of from.list()) {
    count++;
    const content = await from.get(sha256);
    if (!content || sha256Of(content) !== sha256) {
      corrupt.push(`${sha256} in ${from.description}`);
      continue;
    }
    const { created } = await to.put(content);
    const copy = await to.get(sha256);
    if (!copy || sha256Of(copy) !== sha256) corrupt.push(`${sha256} in ${to.description}`);
    else onFile(sha256, created ? "copied" : "present");
  }
  if (corrupt.length) throw new CorruptStoredFile(`${corrupt.length} file(s) do not match their hash: ${corrupt.join(", ")}`);
  return count;
}
