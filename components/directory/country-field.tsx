"use client";
// The country of an organisation, chosen from every country named in the reader's language:
// typing finds it (the browser's list of suggestions), in English or Chinese or by its code.
// The server turns what was chosen into its ISO code (lib/organizations/schema.ts: countryField).
import { useLocale, useTranslations } from "next-intl";
import { useMemo } from "react";
import { Field, inputClass } from "@/components/forms/field";
import { countryName, countryOptions } from "@/lib/i18n/countries";
import { isLocale } from "@/lib/i18n/locales";

export function CountryField({
  id,
  name,
  code,
  recordedAs,
  errors,
}: {
  id: string;
  name: string;
  /** The stored ISO code ("CN"), or "" for none. */
  code: string;
  /** Free text the upgrade to codes could not recognise, shown until a country is chosen. */
  recordedAs?: string | null;
  errors?: string[];
}) {
  const t = useTranslations("countries");
  const requested = useLocale();
  const locale = isLocale(requested) ? requested : "en";
  const options = useMemo(() => countryOptions(locale), [locale]);
  const listId = `${id}-choices`;
  return (
    <Field id={id} label={t("label")} hint={recordedAs ? t("recordedAs", { text: recordedAs }) : t("hint")} errors={errors}>
      {(a) => (
        <>
          <input {...a} name={name} list={listId} autoComplete="off" defaultValue={countryName(code, locale) ?? ""} className={inputClass} />
          <datalist id={listId}>
            {options.map((o) => (
              <option key={o.code} value={o.name} />
            ))}
          </datalist>
        </>
      )}
    </Field>
  );
}
