"use server";
// Server actions for user accounts: administrators only.
import { serverAction } from "../actions/server-action";
import { userCommands } from "./commands";

export const createUser = serverAction(userCommands.createUser);
export const updateUser = serverAction(userCommands.updateUser);
export const regenerateCalendarToken = serverAction(userCommands.regenerateCalendarToken);
