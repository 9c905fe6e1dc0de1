"use client";
// An editor's controls for an agreement's relations: record one, remove one.
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { Field, inputClass } from "@/components/forms/field";
import { Options } from "@/components/forms/options";
import { addAgreementRelation, removeAgreementRelation } from "@/lib/agreements/actions";
import { AGREEMENT_RELATION_KINDS } from "@/lib/enumerations";

export function AddRelationForm({ reference }: { reference: string }) {
  const t = useTranslations("relations");
  return (
    <details className="mt-4 border-t border-slate-100 pt-4">
      <summary className="cursor-pointer text-sm font-semibold text-brand-700">{t("add")}</summary>
      <ActionForm action={addAgreementRelation} fixed={{ reference }} submitLabel={t("save")} tone="secondary">
        {(errors) => (
          <div className="mt-3 grid gap-3 sm:grid-cols-2">
            <Field id="relation-kind" label={t("kind")} errors={errors.kind}>
              {(a) => (
                <select {...a} name="kind" className={inputClass} defaultValue="IMPLEMENTS">
                  <Options values={AGREEMENT_RELATION_KINDS} label={(kind) => t(`kindOption.${kind}`)} />
                </select>
              )}
            </Field>
            <Field id="relation-other" label={t("otherReference")} hint={t("otherReferenceHint")} errors={errors.otherReference}>
              {(a) => <input {...a} name="otherReference" className={inputClass} autoComplete="off" spellCheck={false} maxLength={40} />}
            </Field>
          </div>
        )}
      </ActionForm>
    </details>
  );
}

/** Removing asks first (a relation is easily tapped away on a phone); both timelines keep a note of it. */
export function RemoveRelationButton({ reference, relationId, otherReference }: { reference: string; relationId: string; otherReference: string }) {
  const t = useTranslations("relations");
  return (
    <details className="text-sm">
      <summary className="cursor-pointer text-slate-600 underline" aria-label={t("removeLabel", { reference: otherReference })}>
        {t("remove")}
      </summary>
      <div className="mt-1 rounded-md border border-slate-200 p-2">
        <p className="text-slate-700">{t("removeConfirm", { reference: otherReference })}</p>
        <ActionForm action={removeAgreementRelation} fixed={{ reference, relationId }} submitLabel={t("removeConfirmButton")} tone="secondary" />
      </div>
    </details>
  );
}
