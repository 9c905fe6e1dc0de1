"use client";
// Bulk changes on the list (editors): on the agreements ticked in the table, or on all that the
// filters select. "Review" asks the server what would change (and whether any agreement refuses);
// the confirmation says how many will change; confirming sends that number back, so the batch
// is refused if the register moved in between.
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useId, useState, useTransition } from "react";
import { inputClass } from "@/components/forms/field";
import type { ActionResult } from "@/lib/actions/command";
import { previewBulkAction, runBulkAction } from "@/lib/agreements/bulk/actions";
import { BULK_FORM_ID, BULK_OPERATIONS, type BulkOperation } from "@/lib/agreements/bulk-schema";
import { AGREEMENT_STATUSES } from "@/lib/agreements/status";


type Choice = { id: string; name: string };
type Preview = { total: number; changes: number };

function selectedItems() {
  return [...document.querySelectorAll<HTMLInputElement>(`input[form="${BULK_FORM_ID}"][name="selected"]:checked`)].map((box) => ({
    reference: box.value,
    version: Number(box.dataset.version),
  }));
}

export function ListBulk({
  total,
  totalIsExact = true,
  query,
  owners,
  focusAreas,
}: {
  total: number;
  /** False when more than `total` match (the list's count bound). */
  totalIsExact?: boolean;
  query: string;
  owners: Choice[];
  focusAreas: Choice[];
}) {
  const t = useTranslations("bulk");
  const labels = useTranslations("labels");
  const router = useRouter();
  const id = useId();
  const [scope, setScope] = useState<"selected" | "filtered">("selected");
  const [operation, setOperation] = useState<BulkOperation | "">("");
  const [selectedCount, setSelectedCount] = useState(0);
  const [preview, setPreview] = useState<{ input: Record<string, unknown>; result: Preview } | null>(null);
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const [pending, startTransition] = useTransition();

  // The row checkboxes live in the table (tied to this form by their `form` attribute); their
  // changes bubble to the document, not to the form. The header's box ticks the whole page.
  useEffect(() => {
    const onChange = (event: Event) => {
      const box = event.target as HTMLInputElement;
      if (box.getAttribute?.("form") !== BULK_FORM_ID) return;
      if (box.name === "selectAll") {
        for (const row of document.querySelectorAll<HTMLInputElement>(`input[form="${BULK_FORM_ID}"][name="selected"]`)) row.checked = box.checked;
      }
      setSelectedCount(selectedItems().length);
      setPreview(null);
    };
    document.addEventListener("change", onChange);
    return () => document.removeEventListener("change", onChange);
  }, []);

  function input(form: HTMLFormElement): Record<string, unknown> {
    const data = new FormData(form);
    const value = (name: string) => (data.get(name) as string | null) || undefined;
    return {
      operation: operation || undefined,
      ...(operation === "reassignOwner" ? { ownerId: value("ownerId") } : {}),
      ...(operation === "changeStatus" ? { toStatus: value("toStatus") } : {}),
      ...(operation === "addFocusArea" ? { focusAreaId: value("focusAreaId") } : {}),
      ...(scope === "filtered" ? { query } : { items: selectedItems() }),
    };
  }

  function said(result: ActionResult<unknown>) {
    if (result.status === "error") setMessage({ tone: "error", text: [result.formError, ...Object.values(result.fieldErrors ?? {}).flat()].filter(Boolean).join(" ") });
  }

  function review(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const sent = input(event.currentTarget);
    setMessage(null);
    setPreview(null);
    startTransition(async () => {
      const result = await previewBulkAction(null, sent);
      if (result.status === "success") setPreview({ input: sent, result: result.data as Preview });
      else said(result);
    });
  }

  function confirm() {
    if (!preview) return;
    startTransition(async () => {
      const result = await runBulkAction(null, { ...preview.input, expectedChanges: preview.result.changes });
      setPreview(null);
      if (result.status === "success") {
        setMessage({ tone: "success", text: t("done", { count: (result.data as { changed: number }).changed }) });
        for (const box of document.querySelectorAll<HTMLInputElement>(`input[form="${BULK_FORM_ID}"]`)) box.checked = false;
        setSelectedCount(0);
        router.refresh();
      } else said(result);
    });
  }

  return (
    <form
      id={BULK_FORM_ID}
      onSubmit={review}
      aria-labelledby={`${id}-title`}
      className="mb-3 rounded-xl border border-slate-200 bg-white px-4 py-3 shadow-sm"
    >
      <h2 id={`${id}-title`} className="text-sm font-semibold text-slate-700">
        {t("label")}
      </h2>
      <div className="mt-2 flex flex-wrap items-end gap-3">
        <fieldset className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-700">
          <legend className="sr-only">{t("label")}</legend>
          <label className="flex items-center gap-2">
            <input type="radio" name="scope" value="selected" checked={scope === "selected"} onChange={() => setScope("selected")} className="size-4 shrink-0" />
            {t("selected", { count: selectedCount })}
          </label>
          <label className="flex items-center gap-2">
            <input type="radio" name="scope" value="filtered" checked={scope === "filtered"} onChange={() => setScope("filtered")} className="size-4 shrink-0" />
            {t(totalIsExact ? "filtered" : "filteredMore", { count: total })}
          </label>
        </fieldset>
      </div>
      <div className="mt-2 grid gap-3 sm:grid-cols-[minmax(0,16rem)_minmax(0,16rem)_auto] sm:items-end">
        <div>
          <label htmlFor={`${id}-operation`} className="block text-xs font-medium text-slate-600">
            {t("action")}
          </label>
          <select id={`${id}-operation`} name="operation" value={operation} onChange={(e) => { setOperation(e.target.value as BulkOperation); setPreview(null); }} className={inputClass}>
            <option value="">{t("chooseAction")}</option>
            {BULK_OPERATIONS.map((op) => (
              <option key={op} value={op}>
                {t(`operations.${op}`)}
              </option>
            ))}
          </select>
        </div>
        {operation === "reassignOwner" && <ChoiceSelect id={`${id}-owner`} name="ownerId" label={t("owner")} empty={t("choose")} options={owners} />}
        {operation === "changeStatus" && (
          <ChoiceSelect id={`${id}-status`} name="toStatus" label={t("status")} empty={t("choose")} options={AGREEMENT_STATUSES.filter((s) => s !== "RENEWED").map((s) => ({ id: s, name: labels(`status.${s}`) }))} />
        )}
        {operation === "addFocusArea" && <ChoiceSelect id={`${id}-focus`} name="focusAreaId" label={t("focusArea")} empty={t("choose")} options={focusAreas} />}
        <div>
          <button type="submit" disabled={pending} className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold text-slate-700 shadow-sm hover:bg-slate-50 disabled:opacity-60">
            {pending && !preview ? t("working") : t("review")}
          </button>
        </div>
      </div>
      {preview && operation && (
        <div role="alertdialog" aria-labelledby={`${id}-confirm-title`} aria-describedby={`${id}-confirm-text`} className="mt-3 rounded-lg border border-amber-300 bg-amber-50 p-3">
          <h3 id={`${id}-confirm-title`} className="text-sm font-semibold text-amber-900">
            {t("confirmTitle")}
          </h3>
          <p id={`${id}-confirm-text`} className="mt-1 text-sm text-amber-900">
            {t("confirm", { operation: t(`operations.${operation}`), changes: preview.result.changes, unchanged: preview.result.total - preview.result.changes })}
          </p>
          <div className="mt-2 flex flex-wrap gap-3">
            {preview.result.changes > 0 && (
              <button type="button" onClick={confirm} disabled={pending} className="rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white shadow-sm hover:bg-brand-700 disabled:opacity-60">
                {pending ? t("working") : t("apply", { changes: preview.result.changes })}
              </button>
            )}
            <button type="button" onClick={() => setPreview(null)} className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold text-slate-700 hover:bg-slate-50">
              {t("cancel")}
            </button>
          </div>
        </div>
      )}
      <div role="status" aria-live="polite" className="text-sm">
        {message && <p className={"mt-2 " + (message.tone === "error" ? "text-red-700" : "text-emerald-700")}>{message.text}</p>}
      </div>
    </form>
  );
}

function ChoiceSelect({ id, name, label, empty, options }: { id: string; name: string; label: string; empty: string; options: Choice[] }) {
  return (
    <div>
      <label htmlFor={id} className="block text-xs font-medium text-slate-600">
        {label}
      </label>
      <select id={id} name={name} defaultValue="" className={inputClass}>
        <option value="">{empty}</option>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </select>
    </div>
  );
}
