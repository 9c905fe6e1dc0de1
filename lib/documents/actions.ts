"use server";
// The documents' server actions: attach, add a version, delete.
import { serverAction } from "../actions/server-action";
import { documentCommands } from "./commands";

export const attachDocument = serverAction(documentCommands.attachDocument);
export const addDocumentVersion = serverAction(documentCommands.addDocumentVersion);
export const deleteDocument = serverAction(documentCommands.deleteDocument);
