"use client";
// The controls an editor has on an agreement's page.
import Link from "next/link";
import { ActionForm } from "@/components/forms/action-form";
import { Field, inputClass } from "@/components/forms/field";
import { Options } from "@/components/forms/options";
import { changeAgreementStatus, recordAmendment, renewAgreement, setAgreementArchived } from "@/lib/agreements/actions";
import { STATUS_LABELS, type AgreementStatus } from "@/lib/agreements/status";

const DATE_HINT = "YYYY, YYYY-MM or YYYY-MM-DD";

export function AgreementActions({
  reference,
  version,
  transitions,
  renewable,
  archived,
}: {
  reference: string;
  version: number;
  transitions: readonly AgreementStatus[];
  renewable: boolean;
  archived: boolean;
}) {
  const fixed = { reference, version };
  return (
    <div className="space-y-6">
      <Link href={`/agreements/${reference}/edit`} className="inline-block rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white shadow-sm hover:bg-brand-700">
        Edit agreement
      </Link>

      {transitions.length > 0 && (
        // Keyed by version: after a change the form starts afresh, with no stale choice selected.
        <ActionForm key={version} action={changeAgreementStatus} fixed={fixed} submitLabel="Change status">
          {(errors) => (
            <div className="space-y-3">
              <Field id="toStatus" label="Move to" errors={errors.toStatus}>
                {(a) => (
                  <select {...a} name="toStatus" className={inputClass} defaultValue="">
                    <option value="" disabled>
                      Choose a status…
                    </option>
                    <Options values={transitions} labels={STATUS_LABELS} />
                  </select>
                )}
              </Field>
              <Field id="status-note" label="Note (optional)" errors={errors.note}>
                {(a) => <input {...a} name="note" className={inputClass} />}
              </Field>
            </div>
          )}
        </ActionForm>
      )}

      {renewable && (
        <details className="rounded-lg border border-slate-200 p-3">
          <summary className="cursor-pointer text-sm font-medium text-slate-800">Renew this agreement</summary>
          <p className="mt-2 text-sm text-slate-600">
            Starts the successor as a draft with the same parties, signatories and focus areas. This agreement becomes
            “renewed” when the successor becomes active.
          </p>
          <ActionForm action={renewAgreement} fixed={fixed} submitLabel="Start the renewal">
            {(errors) => (
              <div className="mt-3 grid gap-3">
                <Field id="renew-signedOn" label="Signed on" hint={DATE_HINT} errors={errors.signedOn}>
                  {(a) => <input {...a} name="signedOn" className={inputClass} />}
                </Field>
                <Field id="renew-effectiveFrom" label="Effective from" hint={DATE_HINT} errors={errors.effectiveFrom}>
                  {(a) => <input {...a} name="effectiveFrom" className={inputClass} />}
                </Field>
                <Field id="renew-expiresOn" label="Expires on" hint={DATE_HINT} errors={errors.expiresOn}>
                  {(a) => <input {...a} name="expiresOn" className={inputClass} />}
                </Field>
                <Field id="renew-termMonths" label="Term in months" errors={errors.termMonths}>
                  {(a) => <input {...a} name="termMonths" inputMode="numeric" className={inputClass} />}
                </Field>
              </div>
            )}
          </ActionForm>
        </details>
      )}

      <details className="rounded-lg border border-slate-200 p-3">
        <summary className="cursor-pointer text-sm font-medium text-slate-800">Record an amendment</summary>
        <ActionForm action={recordAmendment} fixed={{ reference }} submitLabel="Record amendment" tone="secondary">
          {(errors) => (
            <div className="mt-3">
              <Field id="amendment-note" label="What the amendment changes" errors={errors.note}>
                {(a) => <textarea {...a} name="note" rows={2} className={inputClass} />}
              </Field>
            </div>
          )}
        </ActionForm>
      </details>

      <ActionForm
        action={setAgreementArchived}
        fixed={{ ...fixed, archived: !archived }}
        submitLabel={archived ? "Restore from the archive" : "Archive this agreement"}
        tone="secondary"
      />
    </div>
  );
}
