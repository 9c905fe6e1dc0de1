"use client";
// The fields of one piece of evidence: the fact it supports, its basis, and the quote, the note on
// how it was inferred, or where a fact from outside the source came from. The fields that the
// chosen basis does not use are hidden (the server applies the same rules: lib/sources/rules.ts).
import { useState } from "react";
import { useTranslations } from "next-intl";
import { Field, inputClass } from "@/components/forms/field";
import { Options } from "@/components/forms/options";
import type { FieldErrors } from "@/lib/actions/command";
import { EVIDENCE_BASES, type EvidenceBasis } from "@/lib/enumerations";

export interface EvidenceValues {
  field: string;
  basis: EvidenceBasis;
  quote: string;
  note: string | null;
  origin: string | null;
}

/** `fields`: the facts to choose from, each with its label in the reader's language. */
export function EvidenceFields({ prefix, errors, fields, values }: { prefix: string; errors: FieldErrors; fields: { value: string; label: string }[]; values?: EvidenceValues }) {
  const t = useTranslations("sources");
  const [basis, setBasis] = useState<EvidenceBasis>(values?.basis ?? "STATED");
  const outside = basis === "OUTSIDE_SOURCE";
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <Field id={`${prefix}-field`} label={t("field")} errors={errors.field}>
        {(a) => (
          <select {...a} name="field" className={inputClass} defaultValue={values?.field ?? fields[0]?.value}>
            {fields.map((f) => (
              <option key={f.value} value={f.value}>
                {f.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id={`${prefix}-basis`} label={t("basis")} errors={errors.basis}>
        {(a) => (
          <select {...a} name="basis" className={inputClass} value={basis} onChange={(event) => setBasis(event.target.value as EvidenceBasis)}>
            <Options values={EVIDENCE_BASES} label={(b) => t(`basisOption.${b}`)} />
          </select>
        )}
      </Field>
      {outside ? (
        <div className="sm:col-span-2">
          <Field id={`${prefix}-origin`} label={t("origin")} hint={t("originHint")} errors={errors.origin ?? errors.quote}>
            {(a) => <input {...a} name="origin" className={inputClass} defaultValue={values?.origin ?? ""} maxLength={500} />}
          </Field>
        </div>
      ) : (
        <div className="sm:col-span-2">
          <Field id={`${prefix}-quote`} label={t("quote")} hint={t("quoteHint")} errors={errors.quote}>
            {(a) => <textarea {...a} name="quote" rows={3} className={inputClass} defaultValue={values?.quote ?? ""} maxLength={5000} />}
          </Field>
        </div>
      )}
      <div className="sm:col-span-2">
        <Field id={`${prefix}-note`} label={basis === "INFERRED" ? t("note") : t("noteOther")} hint={basis === "INFERRED" ? t("noteHint") : undefined} errors={errors.note}>
          {(a) => <textarea {...a} name="note" rows={2} className={inputClass} defaultValue={values?.note ?? ""} maxLength={2000} />}
        </Field>
      </div>
    </div>
  );
}
