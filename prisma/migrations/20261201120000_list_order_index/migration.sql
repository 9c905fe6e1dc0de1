-- The list's default order (newest signed first) walked in an index that also holds the columns its status,
-- partner-kind and search filters test, so that a page reads table rows only for the rows it shows, and its count to
-- the list's bound reads the index alone (decision 031). The count index of 2026-11-27 (status, archived, endsOn,
-- partnerKinds, searchText) gives way to (status, archived, endsOn), so that each agreement written still writes
-- its search document into one index. The new index leaves rollsOver out, so that the dashboard's counts by status
-- keep to the dashboard's own slimmer index (with it, SQLite chose the wider one: 9 -> 27 ms at 50,000 agreements).
-- SQLite only: PostgreSQL already has (status, archived, endsOn), and walks the order in indexes of its own.

-- DropIndex
DROP INDEX "Agreement_status_archived_endsOn_partnerKinds_searchText_idx";

-- CreateIndex
CREATE INDEX "Agreement_status_archived_signedOn_reference_endsOn_partnerKinds_searchText_idx" ON "Agreement"("status", "archived", "signedOn" DESC, "reference", "endsOn", "partnerKinds", "searchText");

-- CreateIndex
CREATE INDEX "Agreement_status_archived_endsOn_idx" ON "Agreement"("status", "archived", "endsOn");
