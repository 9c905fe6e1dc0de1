import { defineCommand } from "../actions/command";
import { CreateUserSchema, RegenerateCalendarTokenSchema, UpdateUserSchema } from "./schema";
import { createUser, regenerateCalendarToken, updateUser } from "./service";

export const userCommands = {
  createUser: defineCommand({ name: "user.create", permission: "user.manage", schema: CreateUserSchema, run: createUser, revalidate: () => ["/admin/users"], successMessage: "Account created." }),
  updateUser: defineCommand({ name: "user.update", permission: "user.manage", schema: UpdateUserSchema, run: updateUser, revalidate: () => ["/admin/users"], successMessage: "Saved." }),
  regenerateCalendarToken: defineCommand({
    name: "user.regenerate-calendar-token",
    permission: "agreement.read",
    schema: RegenerateCalendarTokenSchema,
    run: regenerateCalendarToken,
    revalidate: () => ["/profile"],
    successMessage: "Your calendar has a new address; the old one no longer works.",
  }),
};
