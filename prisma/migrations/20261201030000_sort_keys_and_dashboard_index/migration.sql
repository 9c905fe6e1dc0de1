-- AlterTable
ALTER TABLE "Organization" ADD COLUMN "localSortKey" TEXT;
ALTER TABLE "Organization" ADD COLUMN "sortKey" TEXT;

-- AlterTable
ALTER TABLE "Person" ADD COLUMN "localSortKey" TEXT;
ALTER TABLE "Person" ADD COLUMN "sortKey" TEXT;

-- CreateIndex
CREATE INDEX "Organization_sortKey_idx" ON "Organization"("sortKey");

-- CreateIndex
CREATE INDEX "Organization_localSortKey_idx" ON "Organization"("localSortKey");

-- CreateIndex
CREATE INDEX "Person_sortKey_idx" ON "Person"("sortKey");

-- CreateIndex
CREATE INDEX "Person_localSortKey_idx" ON "Person"("localSortKey");

-- CreateIndex
CREATE INDEX "Agreement_status_archived_rollsOver_endsOn_partnerKinds_partnerCountries_id_idx" ON "Agreement"("status", "archived", "rollsOver", "endsOn", "partnerKinds", "partnerCountries", "id");

