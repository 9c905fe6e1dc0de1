-- AlterTable: columns added in place (not a table rebuild), so that nothing else of the table is touched.
-- Edits of a ceremony carry the version the person saw, and updatedAt stays empty until its first write.
ALTER TABLE "SigningEvent" ADD COLUMN "updatedAt" DATETIME;
ALTER TABLE "SigningEvent" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
