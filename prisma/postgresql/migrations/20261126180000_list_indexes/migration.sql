-- DropIndex
DROP INDEX "Agreement_status_archived_idx";

-- CreateIndex
CREATE INDEX "Agreement_status_archived_endsOn_idx" ON "Agreement"("status", "archived", "endsOn");

-- CreateIndex
CREATE INDEX "Agreement_archived_signedOn_reference_idx" ON "Agreement"("archived", "signedOn", "reference");

