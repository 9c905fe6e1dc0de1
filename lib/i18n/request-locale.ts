import "server-only";
import { cookies, headers } from "next/headers";
import { cache } from "react";
import { getCurrentUser } from "../auth/current-user";
import { chooseLocale, LOCALE_COOKIE, type Locale } from "./locales";
import { translatorFor } from "./translator";

/** This request's language: the user's setting, the browser's last choice, its preference. */
export const requestLocale = cache(async (): Promise<Locale> => {
  const [user, cookieStore, headerList] = await Promise.all([getCurrentUser(), cookies(), headers()]);
  return chooseLocale({
    user: user?.locale,
    cookie: cookieStore.get(LOCALE_COOKIE)?.value,
    acceptLanguage: headerList.get("accept-language"),
  });
});

/** A translator in this request's language, for route handlers and server actions. */
export async function requestTranslator() {
  return translatorFor(await requestLocale());
}
