import { z } from "zod";
import { ROLES } from "../auth/roles";

/** The one rule for a new password, wherever one is set. */
const newPassword = z.string().min(12, "Use at least 12 characters.").max(1024, "At most 1024 characters.");

export const CreateUserSchema = z.strictObject({
  email: z.string().trim().toLowerCase().pipe(z.email("Give a valid e-mail address.")).pipe(z.string().max(320)),
  name: z.string().trim().min(1, "Give the person's name.").max(200, "At most 200 characters."),
  role: z.enum(ROLES, { message: "Choose a role." }),
  password: newPassword,
});

export const UpdateUserSchema = z.strictObject({
  id: z.string().min(1).max(64),
  role: z.enum(ROLES, { message: "Choose a role." }),
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
    currentPassword: z.string().min(1, "Give your current password.").max(1024),
    newPassword,
    confirmPassword: z.string().max(1024),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { message: "The two new passwords differ.", path: ["confirmPassword"] });
