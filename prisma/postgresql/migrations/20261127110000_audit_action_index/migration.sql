-- The audit page lists the actions in the log: grouped from this index alone, not by reading every event.
-- CreateIndex
CREATE INDEX "AuditEvent_action_idx" ON "AuditEvent"("action");
