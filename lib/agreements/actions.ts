"use server";
// The agreement server actions: each is its command run for the signed-in user.
import { serverAction } from "../actions/server-action";
import { agreementCommands } from "./commands";

export const createAgreement = serverAction(agreementCommands.createAgreement);
export const updateAgreement = serverAction(agreementCommands.updateAgreement);
export const changeAgreementStatus = serverAction(agreementCommands.changeAgreementStatus);
export const renewAgreement = serverAction(agreementCommands.renewAgreement);
export const recordAmendment = serverAction(agreementCommands.recordAmendment);
export const setAgreementArchived = serverAction(agreementCommands.setAgreementArchived);
