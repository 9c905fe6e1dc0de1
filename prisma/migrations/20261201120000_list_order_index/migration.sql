-- The list's default order (newest signed first) walked in an index that also holds every column its status,
-- partner-kind and search filters test, so that a page reads table rows only for the rows it shows (decision 031).
-- SQLite only: PostgreSQL keeps (status, archived, signedOn, reference), since no index of its can walk NULLS LAST
-- for that order and a PostgreSQL B-tree entry cannot hold a long search document.

-- DropIndex
DROP INDEX "Agreement_status_archived_signedOn_reference_idx";

-- CreateIndex
CREATE INDEX "Agreement_status_archived_signedOn_reference_endsOn_rollsOver_partnerKinds_searchText_idx" ON "Agreement"("status", "archived", "signedOn" DESC, "reference", "endsOn", "rollsOver", "partnerKinds", "searchText");
