-- AlterTable: a source edited by a person carries the version they saw.
ALTER TABLE "Source" ADD COLUMN     "updatedAt" TIMESTAMP(3),
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable: so does a piece of evidence.
ALTER TABLE "Evidence" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;
