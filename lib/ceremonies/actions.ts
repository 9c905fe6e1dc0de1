"use server";
// Signing ceremonies' server actions.
import { serverAction } from "../actions/server-action";
import { ceremonyCommands as c } from "./commands";

const toCeremony = (result: { id: string }) => `/ceremonies/${result.id}`;

export const createCeremony = serverAction(c.createCeremony, { redirectTo: toCeremony });
export const updateCeremony = serverAction(c.updateCeremony, { redirectTo: toCeremony });
export const deleteCeremony = serverAction(c.deleteCeremony, { redirectTo: () => "/ceremonies" });
export const addAttendee = serverAction(c.addAttendee);
export const updateAttendee = serverAction(c.updateAttendee);
export const removeAttendee = serverAction(c.removeAttendee);
export const moveAttendee = serverAction(c.moveAttendee);
export const attachAgreement = serverAction(c.attachAgreement);
export const detachAgreement = serverAction(c.detachAgreement);
