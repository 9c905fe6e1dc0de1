import { defineCommand } from "../actions/command";
import { ChangeOwnPasswordSchema, CreateUserSchema, RegenerateCalendarTokenSchema, ResetUserPasswordSchema, UpdateUserSchema } from "./schema";
import { changeOwnPassword, createUser, regenerateCalendarToken, resetUserPassword, updateUser } from "./service";

export const userCommands = {
  createUser: defineCommand({ name: "user.create", permission: "user.manage", schema: CreateUserSchema, run: createUser, revalidate: () => ["/admin/users"], successMessage: "Account created." }),
  updateUser: defineCommand({ name: "user.update", permission: "user.manage", schema: UpdateUserSchema, run: updateUser, revalidate: () => ["/admin/users"], successMessage: "Saved." }),
  resetUserPassword: defineCommand({
    name: "user.reset-password",
    permission: "user.manage",
    schema: ResetUserPasswordSchema,
    run: resetUserPassword,
    revalidate: () => ["/admin/users"],
    successMessage: "New password set; the account's sessions have ended.",
  }),
  changeOwnPassword: defineCommand({
    name: "user.change-own-password",
    permission: "agreement.read",
    schema: ChangeOwnPasswordSchema,
    run: changeOwnPassword,
  }),
  regenerateCalendarToken: defineCommand({
    name: "user.regenerate-calendar-token",
    permission: "agreement.read",
    schema: RegenerateCalendarTokenSchema,
    run: regenerateCalendarToken,
    revalidate: () => ["/profile"],
    successMessage: "Your calendar has a new address; the old one no longer works.",
  }),
};
