-- Known, unknown, none (decision 022): four columns that say what the record knows, a title that may be empty,
-- and other names of an agreement.
-- SQLite cannot drop NOT NULL from a column in place, so the table is redefined the way Prisma's own
-- migrations do it (new table, copy every column, drop, rename, recreate every index). Every column and index
-- that the earlier migrations gave the table is kept, and the four new columns take their defaults (KNOWN).
-- (No semicolons in these comments: the PostgreSQL driver adapter splits a migration at each one.)

-- CreateTable
CREATE TABLE "AgreementName" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "agreementId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "order" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "AgreementName_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Agreement" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "reference" TEXT NOT NULL,
    "title" TEXT,
    "titleKnowledge" TEXT NOT NULL DEFAULT 'KNOWN',
    "signatoriesKnowledge" TEXT NOT NULL DEFAULT 'KNOWN',
    "focusAreasKnowledge" TEXT NOT NULL DEFAULT 'KNOWN',
    "termKnowledge" TEXT NOT NULL DEFAULT 'KNOWN',
    "typeId" TEXT,
    "summary" TEXT,
    "status" TEXT NOT NULL DEFAULT 'DRAFT',
    "signedOn" DATETIME,
    "signedOnPrecision" TEXT,
    "signedOnApproximate" BOOLEAN NOT NULL DEFAULT false,
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
    "signingEventId" TEXT,
    "notes" TEXT,
    "archived" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "searchText" TEXT,
    "partnerKinds" TEXT NOT NULL DEFAULT '',
    "partnerCountries" TEXT NOT NULL DEFAULT '',
    "partnerRegions" TEXT NOT NULL DEFAULT '',
    "searchRule" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "Agreement_typeId_fkey" FOREIGN KEY ("typeId") REFERENCES "AgreementType" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Agreement_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Agreement_leadUnitId_fkey" FOREIGN KEY ("leadUnitId") REFERENCES "Organization" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Agreement_renewalOfId_fkey" FOREIGN KEY ("renewalOfId") REFERENCES "Agreement" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Agreement_noticeGivenById_fkey" FOREIGN KEY ("noticeGivenById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Agreement_noticeDocumentId_fkey" FOREIGN KEY ("noticeDocumentId") REFERENCES "AgreementDocument" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Agreement_signingEventId_fkey" FOREIGN KEY ("signingEventId") REFERENCES "SigningEvent" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Agreement" ("archived", "automaticRenewal", "createdAt", "datesChangedAt", "datesRevision", "effectiveFrom", "effectiveFromPrecision", "endsOn", "expiresOn", "expiresOnPrecision", "id", "leadUnitId", "notes", "noticeDeadline", "noticeDocumentId", "noticeGivenById", "noticeGivenOn", "noticePeriodDays", "ownerId", "partnerCountries", "partnerKinds", "partnerRegions", "reference", "renewalFinalDate", "renewalLimit", "renewalOfId", "renewalTermMonths", "rollsOver", "searchRule", "searchText", "signedOn", "signedOnApproximate", "signedOnPrecision", "signedPlace", "signingEventId", "status", "summary", "termMonths", "termText", "title", "typeId", "updatedAt", "version") SELECT "archived", "automaticRenewal", "createdAt", "datesChangedAt", "datesRevision", "effectiveFrom", "effectiveFromPrecision", "endsOn", "expiresOn", "expiresOnPrecision", "id", "leadUnitId", "notes", "noticeDeadline", "noticeDocumentId", "noticeGivenById", "noticeGivenOn", "noticePeriodDays", "ownerId", "partnerCountries", "partnerKinds", "partnerRegions", "reference", "renewalFinalDate", "renewalLimit", "renewalOfId", "renewalTermMonths", "rollsOver", "searchRule", "searchText", "signedOn", "signedOnApproximate", "signedOnPrecision", "signedPlace", "signingEventId", "status", "summary", "termMonths", "termText", "title", "typeId", "updatedAt", "version" FROM "Agreement";
DROP TABLE "Agreement";
ALTER TABLE "new_Agreement" RENAME TO "Agreement";
CREATE UNIQUE INDEX "Agreement_reference_key" ON "Agreement"("reference");
CREATE UNIQUE INDEX "Agreement_noticeDocumentId_key" ON "Agreement"("noticeDocumentId");
CREATE UNIQUE INDEX "Agreement_renewalOfId_key" ON "Agreement"("renewalOfId");
CREATE INDEX "Agreement_status_archived_endsOn_partnerKinds_searchText_idx" ON "Agreement"("status", "archived", "endsOn", "partnerKinds", "searchText");
CREATE INDEX "Agreement_status_archived_signedOn_reference_idx" ON "Agreement"("status", "archived", "signedOn", "reference");
CREATE INDEX "Agreement_archived_signedOn_reference_idx" ON "Agreement"("archived", "signedOn", "reference");
CREATE INDEX "Agreement_archived_id_idx" ON "Agreement"("archived", "id");
CREATE INDEX "Agreement_status_archived_rollsOver_endsOn_partnerKinds_partnerCountries_id_idx" ON "Agreement"("status", "archived", "rollsOver", "endsOn", "partnerKinds", "partnerCountries", "id");
CREATE INDEX "Agreement_typeId_idx" ON "Agreement"("typeId");
CREATE INDEX "Agreement_signedOn_idx" ON "Agreement"("signedOn");
CREATE INDEX "Agreement_expiresOn_idx" ON "Agreement"("expiresOn");
CREATE INDEX "Agreement_endsOn_idx" ON "Agreement"("endsOn");
CREATE INDEX "Agreement_noticeDeadline_idx" ON "Agreement"("noticeDeadline");
CREATE INDEX "Agreement_rollsOver_endsOn_idx" ON "Agreement"("rollsOver", "endsOn");
CREATE INDEX "Agreement_ownerId_idx" ON "Agreement"("ownerId");
CREATE INDEX "Agreement_leadUnitId_idx" ON "Agreement"("leadUnitId");
CREATE INDEX "Agreement_title_idx" ON "Agreement"("title");
CREATE INDEX "Agreement_signingEventId_idx" ON "Agreement"("signingEventId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "AgreementName_agreementId_order_idx" ON "AgreementName"("agreementId", "order");

-- CreateIndex
CREATE INDEX "AgreementName_name_idx" ON "AgreementName"("name");

