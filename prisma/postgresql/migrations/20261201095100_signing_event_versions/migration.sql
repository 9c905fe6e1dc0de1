-- (No semicolons in these comments: the PostgreSQL driver adapter splits a migration at each one.)
-- AlterTable: edits of a ceremony carry the version the person saw, and updatedAt stays empty until its first write.
ALTER TABLE "SigningEvent" ADD COLUMN     "updatedAt" TIMESTAMP(3),
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;
