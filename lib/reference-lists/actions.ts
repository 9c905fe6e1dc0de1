"use server";
// Server actions for the reference lists (focus areas, agreement types): administrators only.
import { serverAction } from "../actions/server-action";
import { referenceListCommands } from "./commands";

export const saveFocusArea = serverAction(referenceListCommands.saveFocusArea);
export const deleteFocusArea = serverAction(referenceListCommands.deleteFocusArea);
export const saveAgreementType = serverAction(referenceListCommands.saveAgreementType);
export const deleteAgreementType = serverAction(referenceListCommands.deleteAgreementType);
