-- CreateEnum
CREATE TYPE "EventRole" AS ENUM ('PRESIDED', 'SIGNED', 'WITNESSED', 'ATTENDED', 'SPOKE');

-- AlterTable
ALTER TABLE "Agreement" ADD COLUMN     "signingEventId" TEXT;

-- AlterTable
ALTER TABLE "Evidence" ADD COLUMN     "signingEventId" TEXT;

-- CreateTable
CREATE TABLE "SigningEvent" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "heldOn" TIMESTAMP(3),
    "heldOnPrecision" "DatePrecision",
    "place" TEXT,
    "hostId" TEXT,
    "notes" TEXT,
    "sourceId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SigningEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EventAttendance" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "personId" TEXT,
    "onBehalfOfId" TEXT,
    "role" "EventRole" NOT NULL,
    "position" TEXT,
    "note" TEXT,
    "order" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "EventAttendance_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SigningEvent_heldOn_idx" ON "SigningEvent"("heldOn");

-- CreateIndex
CREATE INDEX "EventAttendance_eventId_order_idx" ON "EventAttendance"("eventId", "order");

-- CreateIndex
CREATE INDEX "EventAttendance_personId_idx" ON "EventAttendance"("personId");

-- CreateIndex
CREATE INDEX "Agreement_signingEventId_idx" ON "Agreement"("signingEventId");

-- CreateIndex
CREATE INDEX "Evidence_signingEventId_idx" ON "Evidence"("signingEventId");

-- AddForeignKey
ALTER TABLE "Agreement" ADD CONSTRAINT "Agreement_signingEventId_fkey" FOREIGN KEY ("signingEventId") REFERENCES "SigningEvent"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_signingEventId_fkey" FOREIGN KEY ("signingEventId") REFERENCES "SigningEvent"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SigningEvent" ADD CONSTRAINT "SigningEvent_hostId_fkey" FOREIGN KEY ("hostId") REFERENCES "Organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SigningEvent" ADD CONSTRAINT "SigningEvent_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventAttendance" ADD CONSTRAINT "EventAttendance_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "SigningEvent"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventAttendance" ADD CONSTRAINT "EventAttendance_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventAttendance" ADD CONSTRAINT "EventAttendance_onBehalfOfId_fkey" FOREIGN KEY ("onBehalfOfId") REFERENCES "Organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

