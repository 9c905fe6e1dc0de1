// `npm run restore -- <backup file>`: replaces the data of the database DATABASE_URL
// names with the backup's and puts back the document files kept with it. Stop the server
// first. A SQLite database being replaced is kept beside it as <name>.before-restore-<time>.
import fs from "node:fs";
import { BackupError, restoreDatabase } from "../lib/backup/database-backup";
import { restoreDocumentFiles } from "../lib/backup/document-files";
import { parseDatabaseUrl } from "../lib/database-url";
import { documentStore } from "../lib/documents/storage";

if (fs.existsSync(".env")) process.loadEnvFile(".env");
const backupFile = process.argv[2];
if (!backupFile) {
  console.error("✖ Name the backup to restore: npm run restore -- data/backups/<file>");
  process.exit(1);
}
const target = parseDatabaseUrl();
void (async () => {
  try {
    const { keptPrevious } = restoreDatabase(backupFile, target);
    console.log(`Restored ${backupFile} into the ${target.provider} database.`);
    const files = await restoreDocumentFiles(backupFile);
    if (files > 0) console.log(`Restored the ${files} document files kept with it into ${documentStore().description}.`);
    if (keptPrevious) console.log(`The database it replaced is kept at ${keptPrevious}.`);
  } catch (error) {
    console.error(`✖ ${error instanceof BackupError ? error.message : error}`);
    process.exit(1);
  } finally {
    documentStore().close?.();
  }
})();
