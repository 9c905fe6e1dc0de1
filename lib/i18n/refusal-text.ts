// The sentence a request refused by the server's gate (scripts/request-gate.mjs) gets, in
// the reader's language: chosen as for a page (the language cookie, else the browser's
// preference; the session is not read for a refused request), from the catalogues'
// "requestGate" section. The server loads this module at start (scripts/serve.mjs).
import { chooseLocale, LOCALE_COOKIE } from "./locales";
import { translatorFor } from "./translator";

/** The request's value of cookie `name`, or null. */
function cookieValue(header: string | string[] | undefined, name: string): string | null {
  for (const part of [header ?? ""].flat().join(";").split(";")) {
    const at = part.indexOf("=");
    if (at > 0 && part.slice(0, at).trim() === name) return decodeURIComponent(part.slice(at + 1).trim());
  }
  return null;
}

/** `key` of the "requestGate" catalogue section with `values` filled in, for this request's reader. */
export function refusalText(request: { headers: Record<string, string | string[] | undefined> }, key: string, values: Record<string, string>): string {
  const acceptLanguage = request.headers["accept-language"];
  const locale = chooseLocale({
    cookie: cookieValue(request.headers.cookie, LOCALE_COOKIE),
    acceptLanguage: Array.isArray(acceptLanguage) ? acceptLanguage.join(",") : acceptLanguage,
  });
  const t = translatorFor(locale);
  return t(`requestGate.${key}` as Parameters<typeof t>[0], values);
}
