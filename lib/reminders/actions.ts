"use server";
// The reminder settings' server action (each user's own).
import { serverAction } from "../actions/server-action";
import { reminderCommands } from "./commands";

export const updateReminderSettings = serverAction(reminderCommands.updateReminderSettings);
