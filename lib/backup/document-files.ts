// The attached documents' files belong in a backup as much as the database does. They
// sit beside the database's backup in a folder of the same name ending in ".files".
// Stored files never change (each is named by its content's hash), so copying them after
// the database snapshot gives every file that snapshot refers to.
import fs from "node:fs";
import { storageDirectory } from "../documents/storage";

export const filesFolderOf = (backupFile: string) => `${backupFile}.files`;

const isStoredFile = (source: string) => !source.endsWith(".partial");

/** Copies the storage folder next to `backupFile`; the number of files copied. */
export function backupDocumentFiles(backupFile: string, storage = storageDirectory()): number {
  const destination = filesFolderOf(backupFile);
  if (!fs.existsSync(storage)) return 0;
  fs.cpSync(storage, destination, { recursive: true, filter: isStoredFile, errorOnExist: true, force: false });
  return countFiles(destination);
}

/** Copies a backup's files into the storage folder (files already there are the same and stay). */
export function restoreDocumentFiles(backupFile: string, storage = storageDirectory()): number {
  const source = filesFolderOf(backupFile);
  if (!fs.existsSync(source)) return 0;
  fs.mkdirSync(storage, { recursive: true });
  fs.cpSync(source, storage, { recursive: true, force: false });
  return countFiles(source);
}

function countFiles(folder: string): number {
  return fs.readdirSync(folder, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).length;
}
