-- The list's default order (newest signed first) walked in an index that also holds every column its status,
-- partner-kind and search filters test, so that a page reads table rows only for the rows it shows, and its count to
-- the list's bound reads the index alone (decision 031). The count index of 2026-11-27 (status, archived, endsOn,
-- partnerKinds, searchText) gives way to (status, archived, endsOn), so that each agreement written still writes
-- its search document into one index only.
-- SQLite only: PostgreSQL already has (status, archived, endsOn) and keeps (status, archived, signedOn, reference),
-- since no index of its can walk the NULLS LAST order and a PostgreSQL B-tree entry cannot hold a long search document.

-- DropIndex
DROP INDEX "Agreement_status_archived_signedOn_reference_idx";

-- DropIndex
DROP INDEX "Agreement_status_archived_endsOn_partnerKinds_searchText_idx";

-- CreateIndex
CREATE INDEX "Agreement_status_archived_signedOn_reference_endsOn_rollsOver_partnerKinds_searchText_idx" ON "Agreement"("status", "archived", "signedOn" DESC, "reference", "endsOn", "rollsOver", "partnerKinds", "searchText");

-- CreateIndex
CREATE INDEX "Agreement_status_archived_endsOn_idx" ON "Agreement"("status", "archived", "endsOn");
