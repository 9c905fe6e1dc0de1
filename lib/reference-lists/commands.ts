import { defineCommand } from "../actions/command";
import { AgreementTypeSchema, DeleteEntrySchema, FocusAreaSchema } from "./schema";
import { deleteAgreementType, deleteFocusArea, saveAgreementType, saveFocusArea } from "./service";

const pages = () => ["/reference-lists", "/agreements"];

export const referenceListCommands = {
  saveFocusArea: defineCommand({ name: "focus-area.save", permission: "reference-list.manage", schema: FocusAreaSchema, run: saveFocusArea, revalidate: pages, successMessage: "saved" }),
  deleteFocusArea: defineCommand({ name: "focus-area.delete", permission: "reference-list.manage", schema: DeleteEntrySchema, run: deleteFocusArea, revalidate: pages, successMessage: "deleted" }),
  saveAgreementType: defineCommand({ name: "agreement-type.save", permission: "reference-list.manage", schema: AgreementTypeSchema, run: saveAgreementType, revalidate: pages, successMessage: "saved" }),
  deleteAgreementType: defineCommand({ name: "agreement-type.delete", permission: "reference-list.manage", schema: DeleteEntrySchema, run: deleteAgreementType, revalidate: pages, successMessage: "deleted" }),
};
