-- AlterTable: a ceremony's edits carry the version the person saw; updatedAt stays empty until its first write.
ALTER TABLE "SigningEvent" ADD COLUMN     "updatedAt" TIMESTAMP(3),
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;
