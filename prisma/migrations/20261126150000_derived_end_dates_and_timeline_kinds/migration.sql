-- AlterTable
ALTER TABLE "Agreement" ADD COLUMN "endsOn" DATETIME;
ALTER TABLE "Agreement" ADD COLUMN "noticeDeadline" DATETIME;

-- CreateTable
CREATE TABLE "ReferenceCounter" (
    "year" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "last" INTEGER NOT NULL
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_StatusChange" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "agreementId" TEXT NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'STATUS_CHANGE',
    "fromStatus" TEXT,
    "toStatus" TEXT NOT NULL,
    "changedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "changedById" TEXT,
    "note" TEXT,
    CONSTRAINT "StatusChange_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "StatusChange_changedById_fkey" FOREIGN KEY ("changedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_StatusChange" ("agreementId", "changedAt", "changedById", "fromStatus", "id", "note", "toStatus") SELECT "agreementId", "changedAt", "changedById", "fromStatus", "id", "note", "toStatus" FROM "StatusChange";
DROP TABLE "StatusChange";
ALTER TABLE "new_StatusChange" RENAME TO "StatusChange";
CREATE INDEX "StatusChange_agreementId_changedAt_idx" ON "StatusChange"("agreementId", "changedAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "Agreement_endsOn_idx" ON "Agreement"("endsOn");

-- CreateIndex
CREATE INDEX "Agreement_noticeDeadline_idx" ON "Agreement"("noticeDeadline");

