"use server";
// The language switcher's action, shown on every page including sign-in: the choice is
// remembered on this browser (a cookie) and, for a signed-in person, on their account
// (through the audited setLanguage command, which checks the session itself).
import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getCurrentUser } from "../auth/current-user";
import { executeCommand } from "../actions/command";
import { db } from "../db";
import { userCommands } from "../users/commands";
import { LOCALE_COOKIE, LOCALES } from "./locales";
import { servedOverHttps } from "../../scripts/public-url.mjs";

const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

export async function chooseLanguage(formData: FormData): Promise<void> {
  const parsed = z.strictObject({ locale: z.enum(LOCALES) }).safeParse({ locale: formData.get("locale") });
  // The switcher only offers valid choices; anything else is a forged request and changes nothing.
  if (!parsed.success) return;
  const user = await getCurrentUser();
  if (user) {
    const { result } = await executeCommand(userCommands.setLanguage, user, parsed.data, db);
    if (result.status !== "success") return;
  }
  (await cookies()).set(LOCALE_COOKIE, parsed.data.locale, { path: "/", maxAge: ONE_YEAR_SECONDS, sameSite: "lax", httpOnly: true, secure: servedOverHttps() });
  revalidatePath("/", "layout");
}
