"use server";
// Server actions for sources and evidence: editors only; each checks the session itself (lib/actions/command.ts).
import { serverAction } from "../actions/server-action";
import { sourceCommands } from "./commands";

export const createSource = serverAction(sourceCommands.createSource, { redirectTo: (r) => `/sources/${r.id}` });
export const updateSource = serverAction(sourceCommands.updateSource);
export const deleteSource = serverAction(sourceCommands.deleteSource, { redirectTo: () => "/sources" });
export const addSourceToAgreement = serverAction(sourceCommands.addSourceToAgreement);
export const addEvidence = serverAction(sourceCommands.addEvidence);
export const updateEvidence = serverAction(sourceCommands.updateEvidence);
export const removeEvidence = serverAction(sourceCommands.removeEvidence);
