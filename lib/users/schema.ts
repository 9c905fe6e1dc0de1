import { z } from "zod";
import { ROLES } from "../auth/roles";
import { LOCALES } from "../i18n/locales";
import { hasBidiControl } from "../text/controls";

/** The one rule for a new password, wherever one is set. */
const newPassword = z.string().min(12, "passwordTooShort").max(1024, "tooLong");

export const CreateUserSchema = z.strictObject({
  email: z.string().trim().toLowerCase().pipe(z.email("validEmail")).pipe(z.string().max(320)),
  name: z.string().trim().min(1, "personName").max(200, "tooLong").refine((name) => !hasBidiControl(name), "nameBidiControl"),
  role: z.enum(ROLES, { message: "chooseRole" }),
  password: newPassword,
});

export const UpdateUserSchema = z.strictObject({
  id: z.string().min(1).max(64),
  role: z.enum(ROLES, { message: "chooseRole" }),
  active: z
    .union([z.boolean(), z.literal("true"), z.literal("false")])
    .transform((v) => v === true || v === "true"),
});

export const RegenerateCalendarTokenSchema = z.strictObject({});

/** An administrator sets a new password for an account (a forgotten one, say). */
export const ResetUserPasswordSchema = z.strictObject({
  id: z.string().min(1).max(64),
  password: newPassword,
});

export const ChangeOwnPasswordSchema = z
  .strictObject({
    currentPassword: z.string().min(1, "currentPassword").max(1024),
    newPassword,
    confirmPassword: z.string().max(1024),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { message: "passwordsDiffer", path: ["confirmPassword"] });

/** The interface language a person chooses for themselves. */
export const SetLanguageSchema = z.strictObject({ locale: z.enum(LOCALES, { message: "chooseLanguage" }) });
