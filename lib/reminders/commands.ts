import { defineCommand } from "../actions/command";
import { ReminderSettingsSchema } from "./schema";
import { updateReminderSettings } from "./service";

export const reminderCommands = {
  updateReminderSettings: defineCommand({
    name: "user.update-reminder-settings",
    // Everyone who can read agreements chooses their own reminders.
    permission: "agreement.read",
    schema: ReminderSettingsSchema,
    run: updateReminderSettings,
    revalidate: () => ["/profile"],
    successMessage: "reminderSettingsSaved",
  }),
};
