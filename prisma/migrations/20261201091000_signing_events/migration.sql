-- CreateTable
CREATE TABLE "SigningEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "heldOn" DATETIME,
    "heldOnPrecision" TEXT,
    "place" TEXT,
    "hostId" TEXT,
    "notes" TEXT,
    "sourceId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "SigningEvent_hostId_fkey" FOREIGN KEY ("hostId") REFERENCES "Organization" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "SigningEvent_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "EventAttendance" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "eventId" TEXT NOT NULL,
    "personId" TEXT,
    "onBehalfOfId" TEXT,
    "role" TEXT NOT NULL,
    "position" TEXT,
    "note" TEXT,
    "order" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "EventAttendance_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "SigningEvent" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "EventAttendance_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "EventAttendance_onBehalfOfId_fkey" FOREIGN KEY ("onBehalfOfId") REFERENCES "Organization" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- AlterTable: a column added in place (not a table rebuild), so that nothing else of the table is touched.
ALTER TABLE "Agreement" ADD COLUMN "signingEventId" TEXT REFERENCES "SigningEvent" ("id") ON DELETE SET NULL ON UPDATE CASCADE;
CREATE INDEX "Agreement_signingEventId_idx" ON "Agreement"("signingEventId");
ALTER TABLE "Evidence" ADD COLUMN "signingEventId" TEXT REFERENCES "SigningEvent" ("id") ON DELETE CASCADE ON UPDATE CASCADE;
CREATE INDEX "Evidence_signingEventId_idx" ON "Evidence"("signingEventId");

-- CreateIndex
CREATE INDEX "SigningEvent_heldOn_idx" ON "SigningEvent"("heldOn");

-- CreateIndex
CREATE INDEX "EventAttendance_eventId_order_idx" ON "EventAttendance"("eventId", "order");

-- CreateIndex
CREATE INDEX "EventAttendance_personId_idx" ON "EventAttendance"("personId");

