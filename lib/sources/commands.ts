// The commands that write sources and evidence: editors only (the permission agreements are written with).
import { defineCommand } from "../actions/command";
import {
  AddEvidenceSchema,
  AddSourceToAgreementSchema,
  CreateSourceSchema,
  DeleteSourceSchema,
  RemoveEvidenceSchema,
  UpdateEvidenceSchema,
  UpdateSourceSchema,
} from "./schema";
import { addEvidence, addSourceToAgreement, createSource, deleteSource, removeEvidence, updateEvidence, updateSource } from "./service";

/** The pages that show a source or what it supports. */
function pagesOf(result: { reference?: string | null; sourceId?: string; id?: string }): string[] {
  const pages = ["/sources"];
  if (result.sourceId) pages.push(`/sources/${result.sourceId}`);
  if (result.reference) pages.push(`/agreements/${encodeURIComponent(result.reference)}`);
  return pages;
}

export const sourceCommands = {
  createSource: defineCommand({ name: "source.create", permission: "agreement.write", schema: CreateSourceSchema, run: createSource, revalidate: (r) => pagesOf({ sourceId: r.id }), successMessage: "saved" }),
  updateSource: defineCommand({
    name: "source.update",
    permission: "agreement.write",
    schema: UpdateSourceSchema,
    run: updateSource,
    revalidate: (r) => pagesOf({ sourceId: r.id }),
    successMessage: "changesSaved",
  }),
  deleteSource: defineCommand({ name: "source.delete", permission: "agreement.write", schema: DeleteSourceSchema, run: deleteSource, revalidate: () => ["/sources"], successMessage: "deleted" }),
  addSourceToAgreement: defineCommand({ name: "source.add-to-agreement", permission: "agreement.write", schema: AddSourceToAgreementSchema, run: addSourceToAgreement, revalidate: pagesOf, successMessage: "saved" }),
  addEvidence: defineCommand({ name: "evidence.add", permission: "agreement.write", schema: AddEvidenceSchema, run: addEvidence, revalidate: pagesOf, successMessage: "saved" }),
  updateEvidence: defineCommand({ name: "evidence.update", permission: "agreement.write", schema: UpdateEvidenceSchema, run: updateEvidence, revalidate: pagesOf, successMessage: "changesSaved" }),
  removeEvidence: defineCommand({ name: "evidence.remove", permission: "agreement.write", schema: RemoveEvidenceSchema, run: removeEvidence, revalidate: pagesOf, successMessage: "deleted" }),
};
