import { z } from "zod";
import { parseReminderDays, REMINDER_DAYS_LIMITS } from "./windows";
import { REMINDER_SCOPES } from "../enumerations";

export { REMINDER_SCOPES };
export const DEFAULT_REMINDER_DAYS = [180, 90, 30];

export const ReminderSettingsSchema = z.strictObject({
  scope: z.enum(REMINDER_SCOPES, { message: "reminderScope" }),
  days: z
    .string()
    .max(100)
    .transform((text, ctx) => {
      const days = parseReminderDays(text);
      if (!days) {
        ctx.addIssue({
          code: "custom",
          message: "reminderDays",
          params: { count: REMINDER_DAYS_LIMITS.count, max: REMINDER_DAYS_LIMITS.max },
        });
        return z.NEVER;
      }
      return days;
    }),
});
