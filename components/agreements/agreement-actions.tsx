"use client";
// The controls an editor has on an agreement's page.
import Link from "next/link";
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { Field, inputClass } from "@/components/forms/field";
import { Options } from "@/components/forms/options";
import { changeAgreementStatus, giveNotice, recordAmendment, renewAgreement, setAgreementArchived } from "@/lib/agreements/actions";
import type { AgreementStatus } from "@/lib/agreements/status";

export function AgreementActions({
  reference,
  version,
  transitions,
  renewable,
  archived,
  noticeable = false,
  documents = [],
}: {
  reference: string;
  version: number;
  transitions: readonly AgreementStatus[];
  renewable: boolean;
  archived: boolean;
  /** True for an active agreement that renews automatically and has had no notice yet. */
  noticeable?: boolean;
  /** The agreement's documents, to name the one that gives notice. */
  documents?: { id: string; label: string }[];
}) {
  const t = useTranslations("agreementActions");
  const status = useTranslations("labels.status");
  const fixed = { reference, version };
  return (
    <div className="space-y-6">
      <Link href={`/agreements/${reference}/edit`} className="inline-block rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white shadow-sm hover:bg-brand-700">
        {t("edit")}
      </Link>

      {transitions.length > 0 && (
        // Keyed by version: after a change the form starts afresh, with no stale choice selected.
        <ActionForm key={version} action={changeAgreementStatus} fixed={fixed} submitLabel={t("changeStatus")}>
          {(errors) => (
            <div className="space-y-3">
              <Field id="toStatus" label={t("moveTo")} errors={errors.toStatus}>
                {(a) => (
                  <select {...a} name="toStatus" className={inputClass} defaultValue="">
                    <option value="" disabled>
                      {t("chooseStatus")}
                    </option>
                    <Options values={transitions} label={(value) => status(value)} />
                  </select>
                )}
              </Field>
              <Field id="status-effectiveOn" label={t("effectiveOn")} hint={t("effectiveOnHint")} errors={errors.effectiveOn}>
                {(a) => <input {...a} name="effectiveOn" className={inputClass} />}
              </Field>
              <Field id="status-note" label={t("note")} errors={errors.note}>
                {(a) => <input {...a} name="note" className={inputClass} />}
              </Field>
            </div>
          )}
        </ActionForm>
      )}

      {noticeable && (
        <details className="rounded-lg border border-slate-200 p-3">
          <summary className="cursor-pointer text-sm font-medium text-slate-800">{t("giveNotice")}</summary>
          <p className="mt-2 text-sm text-slate-600">{t("giveNoticeExplained")}</p>
          <ActionForm key={`notice-${version}`} action={giveNotice} fixed={fixed} submitLabel={t("recordNotice")} tone="secondary">
            {(errors) => (
              <div className="mt-3 space-y-3">
                <Field id="notice-givenOn" label={t("noticeGivenOn")} hint={t("noticeGivenOnHint")} errors={errors.givenOn}>
                  {(a) => <input {...a} name="givenOn" className={inputClass} />}
                </Field>
                <Field id="notice-documentId" label={t("noticeDocument")} errors={errors.documentId}>
                  {(a) => (
                    <select {...a} name="documentId" className={inputClass} defaultValue="">
                      <option value="">{t("noticeNoDocument")}</option>
                      {documents.map((d) => (
                        <option key={d.id} value={d.id}>
                          {d.label}
                        </option>
                      ))}
                    </select>
                  )}
                </Field>
                <Field id="notice-note" label={t("note")} errors={errors.note}>
                  {(a) => <input {...a} name="note" className={inputClass} />}
                </Field>
              </div>
            )}
          </ActionForm>
        </details>
      )}

      {renewable && (
        <details className="rounded-lg border border-slate-200 p-3">
          <summary className="cursor-pointer text-sm font-medium text-slate-800">{t("renew")}</summary>
          <p className="mt-2 text-sm text-slate-600">
            {t("renewExplained")}
          </p>
          <ActionForm action={renewAgreement} fixed={fixed} submitLabel={t("startRenewal")}>
            {(errors) => (
              <div className="mt-3 grid gap-3">
                <Field id="renew-signedOn" label={t("signedOn")} hint={t("dateHint")} errors={errors.signedOn}>
                  {(a) => <input {...a} name="signedOn" className={inputClass} />}
                </Field>
                <Field id="renew-effectiveFrom" label={t("effectiveFrom")} hint={t("dateHint")} errors={errors.effectiveFrom}>
                  {(a) => <input {...a} name="effectiveFrom" className={inputClass} />}
                </Field>
                <Field id="renew-expiresOn" label={t("expiresOn")} hint={t("dateHint")} errors={errors.expiresOn}>
                  {(a) => <input {...a} name="expiresOn" className={inputClass} />}
                </Field>
                <Field id="renew-termMonths" label={t("termMonths")} errors={errors.termMonths}>
                  {(a) => <input {...a} name="termMonths" inputMode="numeric" className={inputClass} />}
                </Field>
              </div>
            )}
          </ActionForm>
        </details>
      )}

      <details className="rounded-lg border border-slate-200 p-3">
        <summary className="cursor-pointer text-sm font-medium text-slate-800">{t("amend")}</summary>
        <ActionForm action={recordAmendment} fixed={{ reference }} submitLabel={t("recordAmendment")} tone="secondary">
          {(errors) => (
            <div className="mt-3">
              <Field id="amendment-note" label={t("amendmentChanges")} errors={errors.note}>
                {(a) => <textarea {...a} name="note" rows={2} className={inputClass} />}
              </Field>
            </div>
          )}
        </ActionForm>
      </details>

      <ActionForm
        action={setAgreementArchived}
        fixed={{ ...fixed, archived: !archived }}
        submitLabel={archived ? t("restore") : t("archive")}
        tone="secondary"
      />
    </div>
  );
}
