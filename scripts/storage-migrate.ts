// `npm run storage:migrate`: copies every attached document's file from the storage folder
// (PACTA_STORAGE_DIR, by default data/files) into the S3-compatible store PACTA_STORAGE_URL
// names, reads each copy back and checks its SHA-256, then checks that every document
// version in the database (DATABASE_URL) has its file in the store. Files already in the
// store are checked, not copied again: it is safe to run twice, or again after an
// interruption. The folder is left as it was.
import fs from "node:fs";
import { copyStoredFiles } from "../lib/backup/document-files";
import { documentStore, folderStore } from "../lib/documents/storage";
import { createPrismaClient } from "../lib/prisma-client";

if (fs.existsSync(".env")) process.loadEnvFile(".env");

void (async () => {
  if (!process.env.PACTA_STORAGE_URL?.trim()) {
    console.error("✖ Set PACTA_STORAGE_URL (s3://bucket/prefix) and the PACTA_S3_* settings of the store to copy the files into.");
    process.exit(1);
  }
  const from = folderStore();
  const to = documentStore();
  const db = createPrismaClient();
  try {
    const counts = { copied: 0, present: 0 };
    const total = await copyStoredFiles(from, to, (_sha256, outcome) => counts[outcome]++);
    console.log(`Checked ${total} files from ${from.description} in ${to.description}: ${counts.copied} copied, ${counts.present} already there; every copy matches its SHA-256.`);
    const versions = await db.documentVersion.findMany({ select: { sha256: true }, distinct: ["sha256"] });
    const missing: string[] = [];
    for (const { sha256 } of versions) if (!(await to.has(sha256))) missing.push(sha256);
    if (missing.length) {
      console.error(`✖ ${missing.length} of the ${versions.length} files the database refers to are in neither place: ${missing.join(", ")}`);
      process.exitCode = 1;
    } else {
      console.log(`✓ All ${versions.length} files the database refers to are in ${to.description}. Keep PACTA_STORAGE_URL set when the server starts.`);
    }
  } catch (error) {
    console.error(`✖ ${error instanceof Error ? error.message : error}`);
    process.exitCode = 1;
  } finally {
    to.close?.();
    await db.$disconnect();
  }
})();
