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

export function RemoveRelationButton({ reference, relationId, otherReference }: { reference: string; relationId: string; otherReference: string }) {
  const t = useTranslations("relations");
  return (
    <ActionForm
      action={removeAgreementRelation}
      fixed={{ reference, relationId }}
      submitLabel={t("remove")}
      submitAriaLabel={t("removeLabel", { reference: otherReference })}
      tone="secondary"
    />
  );
}
