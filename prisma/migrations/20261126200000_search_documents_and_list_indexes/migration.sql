-- AlterTable: the list's search document and partner facets (filled by the app on start).
ALTER TABLE "Agreement" ADD COLUMN "searchText" TEXT;
ALTER TABLE "Agreement" ADD COLUMN "partnerKinds" TEXT NOT NULL DEFAULT '';
ALTER TABLE "Agreement" ADD COLUMN "partnerCountries" TEXT NOT NULL DEFAULT '';
ALTER TABLE "Agreement" ADD COLUMN "partnerRegions" TEXT NOT NULL DEFAULT '';

-- CreateIndex: a status filter's pages in the default order, and the count without a filter.
CREATE INDEX "Agreement_status_archived_signedOn_reference_idx" ON "Agreement"("status", "archived", "signedOn", "reference");
CREATE INDEX "Agreement_archived_id_idx" ON "Agreement"("archived", "id");
