"use client";
// An editor's controls on a source's own page: edit it, delete it (asks first; refused while it
// supports anything), and record how its own details are known.
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { deleteSource, addEvidence, updateSource } from "@/lib/sources/actions";
import { EvidenceFields } from "./evidence-fields";
import { SourceFields, type SourceValues } from "./source-fields";

export function EditSourceForm({ id, version, values, languageNames }: { id: string; version: number; values: SourceValues; languageNames: Record<string, string> }) {
  const t = useTranslations("sources");
  return (
    <details className="mt-4 border-t border-slate-100 pt-4">
      <summary className="cursor-pointer text-sm font-semibold text-brand-700">{t("edit")}</summary>
      <ActionForm key={version} action={updateSource} fixed={{ id, version }} submitLabel={t("save")} className="mt-3">
        {(errors) => <SourceFields prefix="edit-source" errors={errors} values={values} languageNames={languageNames} />}
      </ActionForm>
    </details>
  );
}

export function DeleteSourceButton({ id, title }: { id: string; title: string }) {
  const t = useTranslations("sources");
  return (
    <details className="mt-4 text-sm">
      <summary className="cursor-pointer text-slate-600 underline">{t("delete")}</summary>
      <div className="mt-1 rounded-md border border-slate-200 p-2">
        <p className="break-words text-slate-700">{t("deleteConfirm", { title })}</p>
        <ActionForm action={deleteSource} fixed={{ id }} submitLabel={t("deleteConfirmButton")} tone="danger" />
      </div>
    </details>
  );
}

/** Evidence for one of the source's own details (its date taken from its address, say). */
export function AddOwnFactForm({ sourceId, fields, count }: { sourceId: string; fields: { value: string; label: string }[]; count: number }) {
  const t = useTranslations("sources");
  return (
    <details key={count} className="mt-3">
      <summary className="cursor-pointer text-sm font-semibold text-brand-700">{t("addOwnFact")}</summary>
      <ActionForm action={addEvidence} fixed={{ sourceId }} submitLabel={t("record")} tone="secondary" className="mt-2">
        {(errors) => <EvidenceFields prefix="own-fact" errors={errors} fields={fields} />}
      </ActionForm>
    </details>
  );
}
