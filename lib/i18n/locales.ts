// The interface's languages, and how a request's language is chosen: the signed-in
// user's setting, else the language last picked on this browser (a cookie, so the
// sign-in page can be switched too), else the browser's preference, else English.
import { match } from "@formatjs/intl-localematcher";
import Negotiator from "negotiator";

export const LOCALES = ["en", "zh-CN"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";
export const LOCALE_COOKIE = "pacta-locale";

/** Each language in its own words, as the switcher offers it (never translated). */
export const LANGUAGE_NAMES: Record<Locale, string> = { en: "English", "zh-CN": "简体中文" };

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** The best of our languages for an Accept-Language header ("zh-TW,zh;q=0.9" → zh-CN). */
export function browserLocale(acceptLanguage: string | null | undefined): Locale {
  if (!acceptLanguage) return DEFAULT_LOCALE;
  const requested = new Negotiator({ headers: { "accept-language": acceptLanguage } }).languages();
  try {
    const found = match(requested, LOCALES, DEFAULT_LOCALE);
    return isLocale(found) ? found : DEFAULT_LOCALE;
  } catch {
    // A malformed tag in the header: fall back rather than fail the page.
    return DEFAULT_LOCALE;
  }
}

export function chooseLocale(sources: { user?: string | null; cookie?: string | null; acceptLanguage?: string | null }): Locale {
  if (isLocale(sources.user)) return sources.user;
  if (isLocale(sources.cookie)) return sources.cookie;
  return browserLocale(sources.acceptLanguage);
}

/** The Intl locale for dates and numbers: British English writes "3 January 2020". */
export function intlLocaleOf(locale: Locale): string {
  return locale === "en" ? "en-GB" : locale;
}
