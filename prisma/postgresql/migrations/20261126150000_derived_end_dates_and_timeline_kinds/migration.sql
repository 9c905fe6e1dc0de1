-- CreateEnum
CREATE TYPE "TimelineEventKind" AS ENUM ('STATUS_CHANGE', 'AMENDMENT');

-- AlterTable
ALTER TABLE "Agreement" ADD COLUMN     "endsOn" TIMESTAMP(3),
ADD COLUMN     "noticeDeadline" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "StatusChange" ADD COLUMN     "kind" "TimelineEventKind" NOT NULL DEFAULT 'STATUS_CHANGE';

-- CreateTable
CREATE TABLE "ReferenceCounter" (
    "year" INTEGER NOT NULL,
    "last" INTEGER NOT NULL,

    CONSTRAINT "ReferenceCounter_pkey" PRIMARY KEY ("year")
);

-- CreateIndex
CREATE INDEX "Agreement_endsOn_idx" ON "Agreement"("endsOn");

-- CreateIndex
CREATE INDEX "Agreement_noticeDeadline_idx" ON "Agreement"("noticeDeadline");

