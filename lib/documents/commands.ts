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
    successMessage: "Document attached.",
  }),
  addDocumentVersion: defineCommand({
    name: "document.add-version",
    permission: "agreement.write",
    schema: AddDocumentVersionSchema,
    run: addDocumentVersion,
    revalidate: agreementPage,
    successMessage: "New version uploaded; the earlier ones are kept.",
  }),
  deleteDocument: defineCommand({
    name: "document.delete",
    permission: "agreement.write",
    schema: DeleteDocumentSchema,
    run: deleteDocument,
    revalidate: agreementPage,
    successMessage: "Document deleted.",
  }),
};
