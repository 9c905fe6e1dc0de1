"use server";
// The import's server actions: check a file, then import it.
import { serverAction } from "../actions/server-action";
import { importCommands } from "./commands";

export const previewImport = serverAction(importCommands.previewImport);
export const importAgreements = serverAction(importCommands.importAgreements);
