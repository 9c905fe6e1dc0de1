-- CreateTable
CREATE TABLE "Reminder" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "agreementId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "dueOn" DATETIME NOT NULL,
    "daysBefore" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deliveredAt" DATETIME,
    "deliveredBy" TEXT,
    CONSTRAINT "Reminder_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Reminder_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- AlterTable (columns added in place: rebuilding the User table is not needed for them)
ALTER TABLE "User" ADD COLUMN "reminderScope" TEXT NOT NULL DEFAULT 'OWNED';
ALTER TABLE "User" ADD COLUMN "reminderDays" TEXT NOT NULL DEFAULT '180,90,30';

-- CreateIndex
CREATE INDEX "Reminder_userId_createdAt_idx" ON "Reminder"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "Reminder_deliveredAt_idx" ON "Reminder"("deliveredAt");

-- CreateIndex
CREATE UNIQUE INDEX "Reminder_userId_agreementId_kind_dueOn_daysBefore_key" ON "Reminder"("userId", "agreementId", "kind", "dueOn", "daysBefore");

