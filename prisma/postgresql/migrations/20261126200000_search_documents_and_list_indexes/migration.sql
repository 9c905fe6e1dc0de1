-- AlterTable: the list's search document and partner facets (filled by the app on start).
ALTER TABLE "Agreement" ADD COLUMN     "partnerCountries" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "partnerKinds" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "partnerRegions" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "searchText" TEXT;

-- CreateIndex
CREATE INDEX "Agreement_status_archived_signedOn_reference_idx" ON "Agreement"("status", "archived", "signedOn", "reference");

-- CreateIndex
CREATE INDEX "Agreement_archived_id_idx" ON "Agreement"("archived", "id");

