"use server";
// Server actions for user accounts: administrators only.
import { serverAction } from "../actions/server-action";
import { userCommands } from "./commands";

export const createUser = serverAction(userCommands.createUser);
export const updateUser = serverAction(userCommands.updateUser);
export const regenerateCalendarToken = serverAction(userCommands.regenerateCalendarToken);
export const resetUserPassword = serverAction(userCommands.resetUserPassword);
// The new password ends this session too: sign in again with it.
export const changeOwnPassword = serverAction(userCommands.changeOwnPassword, { redirectTo: () => "/sign-in?notice=password-changed" });
