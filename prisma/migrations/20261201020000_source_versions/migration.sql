-- AlterTable: columns added in place (not a table rebuild), so that nothing else of the table is touched.
-- A source edited by a person carries the version they saw; `updatedAt` stays empty until its first edit.
ALTER TABLE "Source" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "Source" ADD COLUMN "updatedAt" DATETIME;
ALTER TABLE "Evidence" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
