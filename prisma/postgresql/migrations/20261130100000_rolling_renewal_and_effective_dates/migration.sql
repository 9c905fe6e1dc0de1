-- Rolling automatic renewal, notice given, the calendar feed's revision, and when a status change took effect.
-- AlterTable
ALTER TABLE "Agreement" ADD COLUMN     "datesChangedAt" TIMESTAMP(3),
ADD COLUMN     "datesRevision" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "noticeDocumentId" TEXT,
ADD COLUMN     "noticeGivenById" TEXT,
ADD COLUMN     "noticeGivenOn" TIMESTAMP(3),
ADD COLUMN     "renewalFinalDate" TIMESTAMP(3),
ADD COLUMN     "renewalLimit" INTEGER,
ADD COLUMN     "renewalTermMonths" INTEGER,
ADD COLUMN     "rollsOver" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "StatusChange" ADD COLUMN     "effectiveOn" TIMESTAMP(3),
ADD COLUMN     "effectiveOnPrecision" "DatePrecision";

-- CreateIndex
CREATE UNIQUE INDEX "Agreement_noticeDocumentId_key" ON "Agreement"("noticeDocumentId");

-- CreateIndex
CREATE INDEX "Agreement_rollsOver_endsOn_idx" ON "Agreement"("rollsOver", "endsOn");

-- AddForeignKey
ALTER TABLE "Agreement" ADD CONSTRAINT "Agreement_noticeGivenById_fkey" FOREIGN KEY ("noticeGivenById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Agreement" ADD CONSTRAINT "Agreement_noticeDocumentId_fkey" FOREIGN KEY ("noticeDocumentId") REFERENCES "AgreementDocument"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Data already stored keeps its meaning: an agreement that renews automatically was always
-- meant to run on. Marked, it counts as running at once, and the running-period refresh
-- (the hourly job, the calendar feed, exports) moves its stored end and notice deadline on.
UPDATE "Agreement" SET "rollsOver" = true WHERE "automaticRenewal" = true AND "endsOn" IS NOT NULL;
