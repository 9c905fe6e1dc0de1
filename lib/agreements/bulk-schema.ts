// What a batch of agreement changes takes: the change, and either the chosen agreements
// (each with the version the person saw) or every agreement the list's filters select.
import { z } from "zod";
import { recordVersion } from "../actions/record-version";
import { AGREEMENT_STATUSES } from "../enumerations";

export const BULK_OPERATIONS = ["reassignOwner", "archive", "restore", "changeStatus", "addFocusArea"] as const;
export type BulkOperation = (typeof BULK_OPERATIONS)[number];

/**
 * The most agreements one batch changes. Every change is one transaction with an audit event
 * per agreement; a larger set is narrowed by filters first (decision 019).
 */
export const BULK_LIMIT = 500;

/** The id of the list's bulk form, which the table's row checkboxes name in their `form` attribute. */
export const BULK_FORM_ID = "bulk-form";

const id = z.string().trim().min(1).max(64);

export const BulkActionSchema = z
  .strictObject({
    operation: z.enum(BULK_OPERATIONS, { message: "bulkChooseAction" }),
    ownerId: id.optional(),
    toStatus: z.enum(AGREEMENT_STATUSES, { message: "chooseStatus" }).optional(),
    focusAreaId: id.optional(),
    /** The chosen agreements, each with the version shown when it was chosen. */
    items: z
      .array(z.strictObject({ reference: z.string().trim().min(1).max(40), version: recordVersion }))
      .max(BULK_LIMIT, "bulkTooMany")
      .optional(),
    /** Instead of items: every agreement the list's query string selects. */
    query: z.string().max(4000, "tooLong").optional(),
    /** How many agreements the confirmation said would change; another number refuses the batch. */
    expectedChanges: z.coerce.number().int().min(0).max(1_000_000).optional(),
  })
  .superRefine((input, ctx) => {
    const missing = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
    if (input.operation === "reassignOwner" && !input.ownerId) missing("ownerId", "chooseOwner");
    if (input.operation === "changeStatus" && !input.toStatus) missing("toStatus", "chooseStatus");
    if (input.operation === "addFocusArea" && !input.focusAreaId) missing("focusAreaId", "chooseFocusAreas");
    if (input.query === undefined && !input.items?.length) missing("items", "bulkNothingChosen");
    if (input.query !== undefined && input.items !== undefined) missing("items", "bulkNothingChosen");
  });
export type BulkActionInput = z.output<typeof BulkActionSchema>;
