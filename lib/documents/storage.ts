// Where attached files live: outside the database, each file named by the SHA-256 of its
// content (the same file attached twice is stored once; a user's file name never reaches
// the store). Two kinds of store keep them behind one interface:
// - a folder on this machine (the default: PACTA_STORAGE_DIR, or data/files), and
// - an S3-compatible object store (PACTA_STORAGE_URL=s3://bucket/prefix; see s3-store.ts),
//   which several servers can share.
// Both lay files out alike: <two first hex digits>/<hash>.
import { FolderStore } from "./folder-store";
import { S3Store, s3StoreSettings } from "./s3-store";
import { type DocumentStore, storageDirectory } from "./stored-file";

export { type DocumentStore, isSha256, sha256Of, storageDirectory, storedFileKey, storedFilePath } from "./stored-file";

/** The folder store PACTA_STORAGE_DIR names (what `npm run storage:migrate` copies from). */
export function folderStore(directory = storageDirectory()): FolderStore {
  return new FolderStore(directory);
}

let chosen: { key: string; store: DocumentStore } | undefined;

/**
 * The store the configuration names: S3 when PACTA_STORAGE_URL is set, else the folder.
 * One store per configuration (the S3 client keeps its connections); the settings are read
 * on each call, so a changed environment (tests) takes effect. Throws a readable Error when
 * PACTA_STORAGE_URL is malformed.
 */
export function documentStore(): DocumentStore {
  const settings = s3StoreSettings();
  const key = settings ? JSON.stringify(settings) : `folder:${storageDirectory()}`;
  if (chosen?.key !== key) chosen = { key, store: settings ? new S3Store(settings) : folderStore() };
  return chosen.store;
}
