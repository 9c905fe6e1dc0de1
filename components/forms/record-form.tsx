"use client";
// The form that creates a record or edits it (with the version the person saw), laid out as a card of fields.
import { ActionForm } from "./action-form";
import type { FieldErrors } from "@/lib/actions/command";

type Action = React.ComponentProps<typeof ActionForm>["action"];

/**
 * Creates with `create` while `record` has no id; otherwise sends its id and version to `update`
 * (a stale version is refused as a conflict by the action).
 */
export function RecordForm({
  create,
  update,
  record,
  createLabel,
  saveLabel,
  children,
}: {
  create: Action;
  update: Action;
  record: { id?: string; version?: number };
  createLabel: string;
  saveLabel: string;
  children: (errors: FieldErrors) => React.ReactNode;
}) {
  const editing = Boolean(record.id);
  return (
    <ActionForm
      action={editing ? update : create}
      fixed={editing ? { id: record.id, version: record.version } : {}}
      submitLabel={editing ? saveLabel : createLabel}
      className="space-y-4 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6"
    >
      {(errors) => <div className="grid gap-4 sm:grid-cols-2">{children(errors)}</div>}
    </ActionForm>
  );
}
