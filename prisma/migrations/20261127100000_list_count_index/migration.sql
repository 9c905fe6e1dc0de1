-- The list's count with a search (and a partner kind) reads this index alone instead of
-- every candidate agreement's row: 12.8 -> 3.0 ms at 50,000 agreements.
-- DropIndex
DROP INDEX "Agreement_status_archived_endsOn_idx";

-- CreateIndex
CREATE INDEX "Agreement_status_archived_endsOn_partnerKinds_searchText_idx" ON "Agreement"("status", "archived", "endsOn", "partnerKinds", "searchText");
