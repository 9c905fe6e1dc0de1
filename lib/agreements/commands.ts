// The agreement commands: who may run each, what input it takes, which service does the work.
import { defineCommand } from "../actions/command";
import {
  AmendmentSchema,
  ArchiveSchema,
  ChangeStatusSchema,
  CreateAgreementSchema,
  GiveNoticeSchema,
  RenewAgreementSchema,
  UpdateAgreementSchema,
} from "./schema";
import { AddRelationSchema, RemoveRelationSchema, addRelation, removeRelation } from "./relations";
import { changeStatus, createAgreement, giveNotice, recordAmendment, renewAgreement, setArchived, updateAgreement } from "./service";

const pagesOf = (...references: string[]) => ["/agreements", ...references.map((r) => `/agreements/${r}`)];

export const agreementCommands = {
  createAgreement: defineCommand({
    name: "agreement.create",
    permission: "agreement.write",
    schema: CreateAgreementSchema,
    run: createAgreement,
    revalidate: (result) => pagesOf(result.reference),
    successMessage: "agreementLogged",
  }),
  updateAgreement: defineCommand({
    name: "agreement.update",
    permission: "agreement.write",
    schema: UpdateAgreementSchema,
    run: updateAgreement,
    revalidate: (result) => pagesOf(result.reference),
    successMessage: "changesSaved",
  }),
  changeAgreementStatus: defineCommand({
    name: "agreement.change-status",
    permission: "agreement.write",
    schema: ChangeStatusSchema,
    run: changeStatus,
    revalidate: (result) => pagesOf(result.reference),
    successMessage: "statusChanged",
  }),
  renewAgreement: defineCommand({
    name: "agreement.renew",
    permission: "agreement.write",
    schema: RenewAgreementSchema,
    run: renewAgreement,
    revalidate: (result, input) => pagesOf(result.reference, input.reference),
    successMessage: "renewalStarted",
  }),
  recordAmendment: defineCommand({
    name: "agreement.amend",
    permission: "agreement.write",
    schema: AmendmentSchema,
    run: recordAmendment,
    revalidate: (result) => pagesOf(result.reference),
    successMessage: "amendmentRecorded",
  }),
  giveNotice: defineCommand({
    name: "agreement.give-notice",
    permission: "agreement.write",
    schema: GiveNoticeSchema,
    run: giveNotice,
    revalidate: (result) => pagesOf(result.reference),
    successMessage: "noticeRecorded",
  }),
  setAgreementArchived: defineCommand({
    name: "agreement.archive",
    permission: "agreement.write",
    schema: ArchiveSchema,
    run: setArchived,
    revalidate: (result) => pagesOf(result.reference),
    successMessage: "saved",
  }),
  addAgreementRelation: defineCommand({
    name: "agreement.add-relation",
    permission: "agreement.write",
    schema: AddRelationSchema,
    run: addRelation,
    revalidate: (result) => pagesOf(result.reference, result.otherReference),
    successMessage: "relationRecorded",
  }),
  removeAgreementRelation: defineCommand({
    name: "agreement.remove-relation",
    permission: "agreement.write",
    schema: RemoveRelationSchema,
    run: removeRelation,
    revalidate: (result) => pagesOf(result.reference, result.otherReference),
    successMessage: "relationRemoved",
  }),
};
