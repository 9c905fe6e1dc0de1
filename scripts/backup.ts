// `npm run backup [-- <file>]`: a consistent backup of the database DATABASE_URL names,
// taken while the server runs, and the attached documents' files beside it (<file>.files).
// Default file: data/backups/pacta-<provider>-<time>.db|.dump
import fs from "node:fs";
import { BackupError, backupDatabase, defaultBackupPath } from "../lib/backup/database-backup";
import { backupDocumentFiles, filesFolderOf } from "../lib/backup/document-files";
import { parseDatabaseUrl } from "../lib/database-url";
import { documentStore } from "../lib/documents/storage";

if (fs.existsSync(".env")) process.loadEnvFile(".env");
const target = parseDatabaseUrl();
const destination = process.argv[2] ?? defaultBackupPath(target);
void (async () => {
  try {
    const started = Date.now();
    const { file, bytes } = backupDatabase(target, destination);
    console.log(`Backed up the ${target.provider} database to ${file} (${(bytes / 1024 / 1024).toFixed(1)} MB, ${Date.now() - started} ms).`);
    const files = await backupDocumentFiles(file);
    if (files > 0) console.log(`Copied the ${files} stored document files from ${documentStore().description} to ${filesFolderOf(file)}.`);
  } catch (error) {
    console.error(`✖ ${error instanceof BackupError ? error.message : error}`);
    process.exit(1);
  } finally {
    documentStore().close?.();
  }
})();
