// The bulk commands: the same permission as a change to one agreement.
import { defineCommand } from "../actions/command";
import { BulkActionSchema } from "./bulk-schema";
import { previewBulkAction, runBulkAction } from "./bulk";

export const bulkCommands = {
  previewBulkAction: defineCommand({
    name: "agreement.bulk-preview",
    permission: "agreement.write",
    schema: BulkActionSchema,
    run: (tx, input) => previewBulkAction(tx, input),
  }),
  runBulkAction: defineCommand({
    name: "agreement.bulk",
    permission: "agreement.write",
    schema: BulkActionSchema,
    run: runBulkAction,
    // The list, and each changed agreement's page. The audit events just written move the
    // register's version on, so kept filter choices are read again (lib/audit/register-version.ts).
    revalidate: (result) => ["/agreements", ...result.references.map((r) => `/agreements/${r}`)],
    successMessage: "changesSaved",
  }),
};
