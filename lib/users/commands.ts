import { defineCommand } from "../actions/command";
import { ChangeOwnPasswordSchema, CreateUserSchema, RegenerateCalendarTokenSchema, ResetUserPasswordSchema, SetLanguageSchema, UpdateUserSchema } from "./schema";
import { changeOwnPassword, checkCurrentPassword, createUser, regenerateCalendarToken, resetUserPassword, setLanguage, updateUser } from "./service";

export const userCommands = {
  createUser: defineCommand({ name: "user.create", permission: "user.manage", schema: CreateUserSchema, run: createUser, revalidate: () => ["/admin/users"], successMessage: "accountCreated" }),
  updateUser: defineCommand({ name: "user.update", permission: "user.manage", schema: UpdateUserSchema, run: updateUser, revalidate: () => ["/admin/users"], successMessage: "saved" }),
  resetUserPassword: defineCommand({
    name: "user.reset-password",
    permission: "user.manage",
    schema: ResetUserPasswordSchema,
    run: resetUserPassword,
    revalidate: () => ["/admin/users"],
    successMessage: "passwordReset",
  }),
  changeOwnPassword: defineCommand({
    name: "user.change-own-password",
    permission: "agreement.read",
    schema: ChangeOwnPasswordSchema,
    guard: checkCurrentPassword,
    run: changeOwnPassword,
  }),
  regenerateCalendarToken: defineCommand({
    name: "user.regenerate-calendar-token",
    permission: "agreement.read",
    schema: RegenerateCalendarTokenSchema,
    run: regenerateCalendarToken,
    revalidate: () => ["/profile"],
    successMessage: "calendarRegenerated",
  }),
  setLanguage: defineCommand({
    name: "user.set-language",
    // Everyone chooses their own interface language.
    permission: "agreement.read",
    schema: SetLanguageSchema,
    run: setLanguage,
  }),
};
