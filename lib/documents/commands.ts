import { defineCommand } from "../actions/command";
import { AddDocumentVersionSchema, AttachDocumentSchema, DeleteDocumentSchema } from "./schema";
import { addDocumentVersion, attachDocument, deleteDocument } from "./service";

const agreementPage = (result: { reference: string }) => [`/agreements/${result.reference}`];

export const documentCommands = {
  attachDocument: defineCommand({
    name: "document.attach",
    permission: "agreement.write",
    schema: AttachDocumentSchema,
    run: attachDocument,
    revalidate: agreementPage,
    successMessage: "documentAttached",
  }),
  addDocumentVersion: defineCommand({
    name: "document.add-version",
    permission: "agreement.write",
    schema: AddDocumentVersionSchema,
    run: addDocumentVersion,
    revalidate: agreementPage,
    successMessage: "documentVersionAdded",
  }),
  deleteDocument: defineCommand({
    name: "document.delete",
    permission: "agreement.write",
    schema: DeleteDocumentSchema,
    run: deleteDocument,
    revalidate: agreementPage,
    successMessage: "documentDeleted",
  }),
};
