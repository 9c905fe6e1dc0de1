-- AlterTable: columns added in place (not a table rebuild), so that nothing else of the table is touched.
-- A ceremony's edits carry the version the person saw; updatedAt stays empty until its first write.
ALTER TABLE "SigningEvent" ADD COLUMN "updatedAt" DATETIME;
ALTER TABLE "SigningEvent" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
