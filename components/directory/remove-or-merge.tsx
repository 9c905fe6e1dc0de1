"use client";
// Deleting a directory entry (after saying what it would do; refused with a reason while it is in use) or merging a duplicate into another.
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { Field, inputClass } from "@/components/forms/field";
import { RecordOptions } from "@/components/forms/options";
import type { ActionResult } from "@/lib/actions/command";

type Action = (previous: ActionResult<never> | null, input: unknown) => Promise<ActionResult<unknown>>;

export function RemoveOrMerge({
  id,
  what,
  deleteAction,
  mergeAction,
  mergeOptions,
  deletion,
}: {
  id: string;
  what: "organization" | "person";
  deleteAction: Action;
  mergeAction: Action;
  mergeOptions: { id: string; label: string }[];
  /**
   * What deleting would do, said before the delete button (which only shows when it would
   * succeed): a disclosure to open first, so nothing is deleted by one stray click.
   */
  deletion: { consequence: React.ReactNode; allowed: boolean; confirmLabel: string };
}) {
  const t = useTranslations("directory");
  return (
    <div className="space-y-6">
      <details className="rounded-lg border border-slate-200 p-3">
        <summary className="cursor-pointer text-sm font-medium text-slate-800">{t("mergeInto", { what })}</summary>
        <p className="mt-2 text-sm text-slate-600">
          {t("mergeExplained", { what })}
        </p>
        <ActionForm action={mergeAction} fixed={{ id }} submitLabel={t("merge")} tone="secondary">
          {(errors) => (
            <div className="mt-3">
              <Field id="merge-intoId" label={t("keep", { what })} errors={errors.intoId}>
                {(a) => (
                  <select {...a} name="intoId" defaultValue="" className={inputClass}>
                    <RecordOptions empty={t("choose")} records={mergeOptions.filter((o) => o.id !== id)} />
                  </select>
                )}
              </Field>
            </div>
          )}
        </ActionForm>
      </details>
      <details className="rounded-lg border border-slate-200 p-3">
        <summary className="cursor-pointer text-sm font-medium text-slate-800">{t("delete", { what })}</summary>
        <div className="mt-2 text-sm text-slate-700">{deletion.consequence}</div>
        {deletion.allowed && <ActionForm action={deleteAction} fixed={{ id }} submitLabel={deletion.confirmLabel} pendingLabel={t("deleting")} tone="danger" />}
      </details>
    </div>
  );
}
