"use server";
// Server actions for user accounts: administrators manage accounts; everyone changes
// their own password, calendar address and interface language.
import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { serverAction } from "../actions/server-action";
import { executeCommand } from "../actions/command";
import { servedOverHttps } from "../config/public-url.mjs";
import { getCurrentUser } from "../auth/current-user";
import { db } from "../db";
import { LOCALE_COOKIE } from "../i18n/locales";
import { userCommands } from "./commands";

export const createUser = serverAction(userCommands.createUser);
export const updateUser = serverAction(userCommands.updateUser);
export const regenerateCalendarToken = serverAction(userCommands.regenerateCalendarToken);
export const resetUserPassword = serverAction(userCommands.resetUserPassword);
// The new password ends this session too: sign in again with it.
export const changeOwnPassword = serverAction(userCommands.changeOwnPassword, { redirectTo: () => "/sign-in?notice=password-changed" });

const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

/**
 * The language switcher's action, on every page including sign-in (a plain form post, so
 * it takes FormData and returns nothing): the choice is remembered on this browser (a
 * cookie) and, for a signed-in person, on their account through the audited setLanguage
 * command, which checks the session itself. A forged locale changes nothing.
 */
export const chooseLanguage = Object.assign(
  async (formData: FormData): Promise<void> => {
    const parsed = userCommands.setLanguage.schema.safeParse({ locale: formData.get("locale") });
    if (!parsed.success) return;
    const user = await getCurrentUser();
    if (user) {
      const { result } = await executeCommand(userCommands.setLanguage, user, parsed.data, db);
      if (result.status !== "success") return;
    }
    (await cookies()).set(LOCALE_COOKIE, parsed.data.locale, { path: "/", maxAge: ONE_YEAR_SECONDS, sameSite: "lax", httpOnly: true, secure: servedOverHttps() });
    revalidatePath("/", "layout");
  },
  { command: userCommands.setLanguage },
);
