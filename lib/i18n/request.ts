// next-intl's per-request configuration: the language (lib/i18n/locales.ts decides) and its catalogue.
import { getRequestConfig } from "next-intl/server";
import { requestLocale } from "./request-locale";
import { CATALOGUES } from "./translator";

export default getRequestConfig(async () => {
  const locale = await requestLocale();
  return { locale, messages: CATALOGUES[locale], timeZone: "UTC" };
});
