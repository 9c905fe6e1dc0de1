-- CreateEnum
CREATE TYPE "ReminderScope" AS ENUM ('OWNED', 'ALL', 'NONE');

-- CreateEnum
CREATE TYPE "ReminderKind" AS ENUM ('END', 'NOTICE');

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "reminderDays" TEXT NOT NULL DEFAULT '180,90,30',
ADD COLUMN     "reminderScope" "ReminderScope" NOT NULL DEFAULT 'OWNED';

-- CreateTable
CREATE TABLE "Reminder" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "agreementId" TEXT NOT NULL,
    "kind" "ReminderKind" NOT NULL,
    "dueOn" TIMESTAMP(3) NOT NULL,
    "daysBefore" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deliveredAt" TIMESTAMP(3),
    "deliveredBy" TEXT,

    CONSTRAINT "Reminder_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Reminder_userId_createdAt_idx" ON "Reminder"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "Reminder_deliveredAt_idx" ON "Reminder"("deliveredAt");

-- CreateIndex
CREATE UNIQUE INDEX "Reminder_userId_agreementId_kind_dueOn_daysBefore_key" ON "Reminder"("userId", "agreementId", "kind", "dueOn", "daysBefore");

-- AddForeignKey
ALTER TABLE "Reminder" ADD CONSTRAINT "Reminder_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Reminder" ADD CONSTRAINT "Reminder_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

