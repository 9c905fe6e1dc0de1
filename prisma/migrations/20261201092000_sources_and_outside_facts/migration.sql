-- AlterTable
ALTER TABLE "Source" ADD COLUMN "completeness" TEXT;
ALTER TABLE "Source" ADD COLUMN "language" TEXT;
ALTER TABLE "Source" ADD COLUMN "publishedOnBasis" TEXT;

-- AlterTable
ALTER TABLE "Evidence" ADD COLUMN "origin" TEXT;

-- AlterTable: a column added in place (not a table rebuild), so that nothing else of the table is touched.
ALTER TABLE "Agreement" ADD COLUMN "signedOnApproximate" BOOLEAN NOT NULL DEFAULT false;
