"use server";
// The list's bulk actions (editors and admins): what a batch would change, then the batch itself.
import { serverAction } from "../../actions/server-action";
import { bulkCommands } from "../bulk-commands";

export const previewBulkAction = serverAction(bulkCommands.previewBulkAction);
export const runBulkAction = serverAction(bulkCommands.runBulkAction);
