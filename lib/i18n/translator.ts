// Translation outside React: server actions' messages, e-mails, exports and PDFs.
// Pages use next-intl's hooks, which read the same catalogues.
import { createTranslator } from "use-intl/core";
import en from "./messages/en.json";
import zhCN from "./messages/zh-CN.json";
import { DEFAULT_LOCALE, LOCALES, intlLocaleOf, type Locale } from "./locales";

export type Messages = typeof en;

export const CATALOGUES: Record<Locale, Messages> = { en, "zh-CN": zhCN };

function makeTranslator(locale: Locale) {
  return createTranslator({ locale, messages: CATALOGUES[locale], timeZone: "UTC" });
}
export type Translator = ReturnType<typeof makeTranslator>;

const translators = new Map<Locale, Translator>();
export function translatorFor(locale: Locale = DEFAULT_LOCALE): Translator {
  let t = translators.get(locale);
  if (!t) translators.set(locale, (t = makeTranslator(locale)));
  return t;
}

/**
 * The language a translator speaks, so that data (names of types, focus areas, countries, the
 * institution) follows its words. Asked for every cell of some export columns: answered once per translator.
 */
export function localeOfTranslator(t: Translator): Locale {
  let locale = spoken.get(t);
  if (locale === undefined) spoken.set(t, (locale = LOCALES.find((l) => intlLocaleOf(l) === t("meta.intlLocale")) ?? DEFAULT_LOCALE));
  return locale;
}
const spoken = new WeakMap<Translator, Locale>();

/** A message about bad input or a refused change, named in the `errors` catalogue. */
export type ErrorKey = keyof Messages["errors"];

/** A message's values; a list of messages is said as a list ("2 agreements as a party, 1 unit and 3 people"). */
export type MessageValues = Record<string, string | number | MessagePart[]>;
/** One message of such a list: its key in the `errors` catalogue and its own values. */
export interface MessagePart {
  key: ErrorKey;
  values?: Record<string, string | number>;
}

/** Marks a string as an `errors` key (zod messages and domain errors carry keys, not text). */
export function problem(key: ErrorKey): ErrorKey {
  return key;
}

export function isErrorKey(value: unknown): value is ErrorKey {
  return typeof value === "string" && Object.hasOwn(en.errors, value);
}

/** An `errors` message in the translator's language; a message that is not a key (zod's own) reads "not valid". */
export function errorText(t: Translator, key: string, values: MessageValues = {}): string {
  if (!isErrorKey(key)) return t("errors.invalidValue");
  const said = Object.fromEntries(
    Object.entries(values).map(([name, value]) => [
      name,
      Array.isArray(value) ? listFormat(t).format(value.map((part) => errorText(t, part.key, part.values))) : value,
    ]),
  );
  return t(`errors.${key}`, said as never);
}

const listFormats = new Map<Translator, Intl.ListFormat>();
function listFormat(t: Translator) {
  let format = listFormats.get(t);
  if (!format) listFormats.set(t, (format = new Intl.ListFormat(t("meta.intlLocale"), { type: "conjunction" })));
  return format;
}

/** A message said when a change succeeded, named in the `success` catalogue. */
export type SuccessKey = keyof Messages["success"];
