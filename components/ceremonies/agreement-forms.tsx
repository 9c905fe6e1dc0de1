"use client";
// An editor's controls for the agreements signed at a ceremony: attach one by its reference (one
// recorded at another ceremony moves only when the person confirms it), detach one (asks first).
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { Field, inputClass } from "@/components/forms/field";
import { attachAgreement, deleteCeremony as deleteCeremonyAction, detachAgreement } from "@/lib/ceremonies/actions";

export function AttachAgreementForm({ eventId }: { eventId: string }) {
  const t = useTranslations("ceremonies.attach");
  return (
    <details className="mt-4 border-t border-slate-100 pt-4">
      <summary className="cursor-pointer text-sm font-semibold text-brand-700">{t("title")}</summary>
      <ActionForm action={attachAgreement} fixed={{ eventId }} submitLabel={t("button")} tone="secondary">
        {(errors) => (
          <div className="mt-3 space-y-3">
            <Field id="attach-reference" label={t("reference")} hint={t("referenceHint")} errors={errors.reference}>
              {(a) => <input {...a} name="reference" className={inputClass + " sm:max-w-xs"} autoComplete="off" spellCheck={false} maxLength={40} />}
            </Field>
            {/* Offered only once the service has said where the agreement is recorded now. */}
            {errors.move && (
              <div className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm">
                <p id="attach-move-why" className="text-amber-900">
                  {errors.move.join(" ")}
                </p>
                <label className="mt-2 flex items-center gap-2 font-medium text-slate-800">
                  <input type="checkbox" name="move" value="yes" aria-describedby="attach-move-why" className="size-4" />
                  {t("move")}
                </label>
              </div>
            )}
          </div>
        )}
      </ActionForm>
    </details>
  );
}

/** Detaching asks first; the agreement's history keeps a note of it. */
export function DetachAgreementButton({ eventId, reference }: { eventId: string; reference: string }) {
  const t = useTranslations("ceremonies.attach");
  return (
    <details className="text-sm">
      <summary className="cursor-pointer text-slate-600 underline" aria-label={t("detachLabel", { reference })}>
        {t("detach")}
      </summary>
      <div className="mt-1 rounded-md border border-slate-200 p-2">
        <p className="text-slate-700">{t("detachConfirm", { reference })}</p>
        <ActionForm action={detachAgreement} fixed={{ eventId, reference }} submitLabel={t("detachConfirmButton")} tone="secondary" />
      </div>
    </details>
  );
}

/** Deleting asks first, and is offered only when no agreement is attached (decision 023). */
export function DeleteCeremony({ id, agreementCount }: { id: string; agreementCount: number }) {
  const t = useTranslations("ceremonies.deletion");
  if (agreementCount > 0) return <p className="text-sm text-slate-600">{t("blocked", { count: agreementCount })}</p>;
  return (
    <details className="text-sm">
      <summary className="cursor-pointer font-medium text-red-700 underline">{t("open")}</summary>
      <div className="mt-2 rounded-md border border-red-200 bg-red-50 p-3">
        <p className="text-slate-800">{t("free")}</p>
        <ActionForm action={deleteCeremonyAction} fixed={{ id }} submitLabel={t("confirm")} tone="danger" />
      </div>
    </details>
  );
}
