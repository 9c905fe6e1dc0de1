-- CreateEnum
CREATE TYPE "PublicationDateBasis" AS ENUM ('STATED', 'FROM_ADDRESS', 'INFERRED');

-- CreateEnum
CREATE TYPE "SourceCompleteness" AS ENUM ('FULL_TEXT', 'EXCERPT');

-- AlterEnum
ALTER TYPE "EvidenceBasis" ADD VALUE 'OUTSIDE_SOURCE';

-- AlterTable
ALTER TABLE "Agreement" ADD COLUMN     "signedOnApproximate" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Source" ADD COLUMN     "completeness" "SourceCompleteness",
ADD COLUMN     "language" TEXT,
ADD COLUMN     "publishedOnBasis" "PublicationDateBasis";

-- AlterTable
ALTER TABLE "Evidence" ADD COLUMN     "origin" TEXT;

