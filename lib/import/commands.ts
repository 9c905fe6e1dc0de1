import { defineCommand } from "../actions/command";
import { ImportUploadSchema } from "./schema";
import { importAgreements, previewImport } from "./service";

export const importCommands = {
  previewImport: defineCommand({ name: "import.preview", permission: "agreement.write", schema: ImportUploadSchema, run: previewImport }),
  importAgreements: defineCommand({
    name: "import.commit",
    permission: "agreement.write",
    schema: ImportUploadSchema,
    run: importAgreements,
    revalidate: () => ["/agreements", "/"],
    transactionTimeoutMs: 300_000,
  }),
};
