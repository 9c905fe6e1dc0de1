"use client";
// The fields of a source as a person fills them in: what it is, where it can be read, when it was
// published and how that date is known, its language, and its text (quotes are checked against it).
import { useTranslations } from "next-intl";
import { Field, inputClass } from "@/components/forms/field";
import { Options } from "@/components/forms/options";
import type { FieldErrors } from "@/lib/actions/command";
import { PUBLICATION_DATE_BASES, SOURCE_COMPLETENESSES, SOURCE_KINDS } from "@/lib/enumerations";
import { SOURCE_LANGUAGES } from "@/lib/sources/schema";

export interface SourceValues {
  kind: string;
  title: string;
  url: string | null;
  publisher: string | null;
  /** "2020", "2020-05" or "2020-05-22". */
  publishedOn: string | null;
  publishedOnBasis: string | null;
  language: string | null;
  completeness: string | null;
  text: string | null;
}

export function SourceFields({ prefix, errors, values, languageNames }: { prefix: string; errors: FieldErrors; values?: SourceValues; languageNames: Record<string, string> }) {
  const t = useTranslations("sources");
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <Field id={`${prefix}-kind`} label={t("kind")} errors={errors.kind}>
        {(a) => (
          <select {...a} name="kind" className={inputClass} defaultValue={values?.kind ?? "NEWS_RELEASE"}>
            <Options values={SOURCE_KINDS} label={(kind) => t(`kindOption.${kind}`)} />
          </select>
        )}
      </Field>
      <Field id={`${prefix}-title`} label={t("titleLabel")} errors={errors.title}>
        {(a) => <input {...a} name="title" className={inputClass} defaultValue={values?.title ?? ""} maxLength={500} />}
      </Field>
      <div className="sm:col-span-2">
        <Field id={`${prefix}-url`} label={t("url")} hint={t("urlHint")} errors={errors.url}>
          {(a) => <input {...a} name="url" type="url" inputMode="url" className={inputClass} defaultValue={values?.url ?? ""} maxLength={2000} spellCheck={false} />}
        </Field>
      </div>
      <Field id={`${prefix}-publisher`} label={t("publisher")} errors={errors.publisher}>
        {(a) => <input {...a} name="publisher" className={inputClass} defaultValue={values?.publisher ?? ""} maxLength={300} />}
      </Field>
      <Field id={`${prefix}-language`} label={t("language")} errors={errors.language}>
        {(a) => (
          <select {...a} name="language" className={inputClass} defaultValue={values?.language ?? ""}>
            <option value="">{t("noChoice")}</option>
            <Options values={SOURCE_LANGUAGES} label={(tag) => languageNames[tag] ?? tag} />
          </select>
        )}
      </Field>
      <Field id={`${prefix}-published-on`} label={t("publishedOn")} hint={t("publishedOnHint")} errors={errors.publishedOn}>
        {(a) => <input {...a} name="publishedOn" className={inputClass} defaultValue={values?.publishedOn ?? ""} maxLength={10} placeholder="2020-05-22" autoComplete="off" />}
      </Field>
      <Field id={`${prefix}-published-on-basis`} label={t("publishedOnBasis")} hint={t("publishedOnBasisHint")} errors={errors.publishedOnBasis}>
        {(a) => (
          <select {...a} name="publishedOnBasis" className={inputClass} defaultValue={values?.publishedOnBasis ?? ""}>
            <option value="">{t("noChoice")}</option>
            <Options values={PUBLICATION_DATE_BASES} label={(basis) => t(`dateBasisOption.${basis}`)} />
          </select>
        )}
      </Field>
      <Field id={`${prefix}-completeness`} label={t("completeness")} errors={errors.completeness}>
        {(a) => (
          <select {...a} name="completeness" className={inputClass} defaultValue={values?.completeness ?? ""}>
            <option value="">{t("noChoice")}</option>
            <Options values={SOURCE_COMPLETENESSES} label={(c) => t(`completenessOption.${c}`)} />
          </select>
        )}
      </Field>
      <div className="sm:col-span-2">
        <Field id={`${prefix}-text`} label={t("text")} hint={t("textHint")} errors={errors.text}>
          {(a) => <textarea {...a} name="text" rows={5} className={inputClass} defaultValue={values?.text ?? ""} />}
        </Field>
      </div>
    </div>
  );
}
