import { getLocale, getTranslations } from "next-intl/server";
import { chooseLanguage } from "@/lib/users/actions";
import { LANGUAGE_NAMES, LOCALES } from "@/lib/i18n/locales";

/** The interface language, switchable from any page; each language is offered in its own words. */
export async function LanguageSwitcher() {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("shell")]);
  return (
    <form action={chooseLanguage} aria-label={t("language")} className="flex items-center gap-1 text-xs">
      {LOCALES.map((option) => (
        <button
          key={option}
          type="submit"
          name="locale"
          value={option}
          lang={option}
          aria-pressed={option === locale}
          disabled={option === locale}
          className="whitespace-nowrap rounded px-2 py-1 font-medium text-slate-600 hover:bg-slate-100 disabled:bg-slate-100 disabled:text-slate-900"
        >
          {LANGUAGE_NAMES[option]}
        </button>
      ))}
    </form>
  );
}
