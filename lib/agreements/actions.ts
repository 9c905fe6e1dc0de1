"use server";
// The agreement server actions: each is its command run for the signed-in user.
import { serverAction } from "../actions/server-action";
import { agreementCommands } from "./commands";

const toAgreement = (result: { reference: string }) => `/agreements/${result.reference}`;

export const createAgreement = serverAction(agreementCommands.createAgreement, { redirectTo: toAgreement });
export const updateAgreement = serverAction(agreementCommands.updateAgreement, { redirectTo: toAgreement });
export const changeAgreementStatus = serverAction(agreementCommands.changeAgreementStatus);
export const renewAgreement = serverAction(agreementCommands.renewAgreement, { redirectTo: toAgreement });
export const recordAmendment = serverAction(agreementCommands.recordAmendment);
export const setAgreementArchived = serverAction(agreementCommands.setAgreementArchived);
export const giveNotice = serverAction(agreementCommands.giveNotice);
export const addAgreementRelation = serverAction(agreementCommands.addAgreementRelation);
export const removeAgreementRelation = serverAction(agreementCommands.removeAgreementRelation);
