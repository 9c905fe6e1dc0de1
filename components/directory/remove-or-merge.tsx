"use client";
// Deleting a directory entry (refused with a reason while it is in use) or merging a duplicate into another.
import { ActionForm } from "@/components/forms/action-form";
import { Field, inputClass } from "@/components/forms/field";
import type { ActionResult } from "@/lib/actions/command";

type Action = (previous: ActionResult<never> | null, input: unknown) => Promise<ActionResult<unknown>>;

export function RemoveOrMerge({
  id,
  what,
  deleteAction,
  mergeAction,
  mergeOptions,
}: {
  id: string;
  what: string;
  deleteAction: Action;
  mergeAction: Action;
  mergeOptions: { id: string; label: string }[];
}) {
  return (
    <div className="space-y-6">
      <details className="rounded-lg border border-slate-200 p-3">
        <summary className="cursor-pointer text-sm font-medium text-slate-800">Merge this {what} into another</summary>
        <p className="mt-2 text-sm text-slate-600">
          For duplicates: every agreement, signature and other link moves to the {what} you keep, and this one is removed.
        </p>
        <ActionForm action={mergeAction} fixed={{ id }} submitLabel="Merge" tone="secondary">
          {(errors) => (
            <div className="mt-3">
              <Field id="merge-intoId" label={`The ${what} to keep`} errors={errors.intoId}>
                {(a) => (
                  <select {...a} name="intoId" defaultValue="" className={inputClass}>
                    <option value="">Choose…</option>
                    {mergeOptions
                      .filter((o) => o.id !== id)
                      .map((o) => (
                        <option key={o.id} value={o.id}>
                          {o.label}
                        </option>
                      ))}
                  </select>
                )}
              </Field>
            </div>
          )}
        </ActionForm>
      </details>
      <ActionForm action={deleteAction} fixed={{ id }} submitLabel={`Delete this ${what}`} pendingLabel="Deleting…" tone="secondary" />
    </div>
  );
}
