-- Rolling automatic renewal, notice given, the calendar feed's revision, and when a status change took effect.
-- AlterTable
ALTER TABLE "StatusChange" ADD COLUMN "effectiveOn" DATETIME;
ALTER TABLE "StatusChange" ADD COLUMN "effectiveOnPrecision" TEXT;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Agreement" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "reference" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "typeId" TEXT,
    "summary" TEXT,
    "status" TEXT NOT NULL DEFAULT 'DRAFT',
    "signedOn" DATETIME,
    "signedOnPrecision" TEXT,
    "signedPlace" TEXT,
    "effectiveFrom" DATETIME,
    "effectiveFromPrecision" TEXT,
    "expiresOn" DATETIME,
    "expiresOnPrecision" TEXT,
    "endsOn" DATETIME,
    "noticeDeadline" DATETIME,
    "termMonths" INTEGER,
    "termText" TEXT,
    "automaticRenewal" BOOLEAN NOT NULL DEFAULT false,
    "noticePeriodDays" INTEGER,
    "renewalTermMonths" INTEGER,
    "renewalFinalDate" DATETIME,
    "renewalLimit" INTEGER,
    "noticeGivenOn" DATETIME,
    "noticeGivenById" TEXT,
    "noticeDocumentId" TEXT,
    "rollsOver" BOOLEAN NOT NULL DEFAULT false,
    "datesRevision" INTEGER NOT NULL DEFAULT 0,
    "datesChangedAt" DATETIME,
    "ownerId" TEXT,
    "leadUnitId" TEXT,
    "renewalOfId" TEXT,
    "notes" TEXT,
    "archived" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "searchText" TEXT,
    "partnerKinds" TEXT NOT NULL DEFAULT '',
    "partnerCountries" TEXT NOT NULL DEFAULT '',
    "partnerRegions" TEXT NOT NULL DEFAULT '',
    CONSTRAINT "Agreement_typeId_fkey" FOREIGN KEY ("typeId") REFERENCES "AgreementType" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Agreement_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Agreement_leadUnitId_fkey" FOREIGN KEY ("leadUnitId") REFERENCES "Organization" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Agreement_renewalOfId_fkey" FOREIGN KEY ("renewalOfId") REFERENCES "Agreement" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Agreement_noticeGivenById_fkey" FOREIGN KEY ("noticeGivenById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Agreement_noticeDocumentId_fkey" FOREIGN KEY ("noticeDocumentId") REFERENCES "AgreementDocument" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Agreement" ("archived", "automaticRenewal", "createdAt", "effectiveFrom", "effectiveFromPrecision", "endsOn", "expiresOn", "expiresOnPrecision", "id", "leadUnitId", "notes", "noticeDeadline", "noticePeriodDays", "ownerId", "partnerCountries", "partnerKinds", "partnerRegions", "reference", "renewalOfId", "searchText", "signedOn", "signedOnPrecision", "signedPlace", "status", "summary", "termMonths", "termText", "title", "typeId", "updatedAt", "version") SELECT "archived", "automaticRenewal", "createdAt", "effectiveFrom", "effectiveFromPrecision", "endsOn", "expiresOn", "expiresOnPrecision", "id", "leadUnitId", "notes", "noticeDeadline", "noticePeriodDays", "ownerId", "partnerCountries", "partnerKinds", "partnerRegions", "reference", "renewalOfId", "searchText", "signedOn", "signedOnPrecision", "signedPlace", "status", "summary", "termMonths", "termText", "title", "typeId", "updatedAt", "version" FROM "Agreement";
DROP TABLE "Agreement";
ALTER TABLE "new_Agreement" RENAME TO "Agreement";
CREATE UNIQUE INDEX "Agreement_reference_key" ON "Agreement"("reference");
CREATE UNIQUE INDEX "Agreement_noticeDocumentId_key" ON "Agreement"("noticeDocumentId");
CREATE UNIQUE INDEX "Agreement_renewalOfId_key" ON "Agreement"("renewalOfId");
CREATE INDEX "Agreement_status_archived_endsOn_partnerKinds_searchText_idx" ON "Agreement"("status", "archived", "endsOn", "partnerKinds", "searchText");
CREATE INDEX "Agreement_status_archived_signedOn_reference_idx" ON "Agreement"("status", "archived", "signedOn", "reference");
CREATE INDEX "Agreement_archived_signedOn_reference_idx" ON "Agreement"("archived", "signedOn", "reference");
CREATE INDEX "Agreement_archived_id_idx" ON "Agreement"("archived", "id");
CREATE INDEX "Agreement_typeId_idx" ON "Agreement"("typeId");
CREATE INDEX "Agreement_signedOn_idx" ON "Agreement"("signedOn");
CREATE INDEX "Agreement_expiresOn_idx" ON "Agreement"("expiresOn");
CREATE INDEX "Agreement_endsOn_idx" ON "Agreement"("endsOn");
CREATE INDEX "Agreement_noticeDeadline_idx" ON "Agreement"("noticeDeadline");
CREATE INDEX "Agreement_rollsOver_endsOn_idx" ON "Agreement"("rollsOver", "endsOn");
CREATE INDEX "Agreement_ownerId_idx" ON "Agreement"("ownerId");
CREATE INDEX "Agreement_leadUnitId_idx" ON "Agreement"("leadUnitId");
CREATE INDEX "Agreement_title_idx" ON "Agreement"("title");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;


-- Data already stored keeps its meaning: an agreement that renews automatically was always
-- meant to run on. Marked, it counts as running at once, and the running-period refresh
-- (the hourly job, the calendar feed, exports) moves its stored end and notice deadline on.
UPDATE "Agreement" SET "rollsOver" = true WHERE "automaticRenewal" = true AND "endsOn" IS NOT NULL;
