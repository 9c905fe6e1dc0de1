"use client";
// An editor's controls for where an agreement's facts came from: per source, its evidence (edit,
// remove after asking) and a form to add more; and "Add a source": a new one with the first fact it
// supports, or one already recorded, chosen by title.
import { useState } from "react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { Field, inputClass } from "@/components/forms/field";
import { Badge } from "@/components/ui/badge";
import { addEvidence, addSourceToAgreement, removeEvidence, updateEvidence } from "@/lib/sources/actions";
import type { EvidenceBasis } from "@/lib/enumerations";
import { EvidenceFields } from "./evidence-fields";
import { SourceFields } from "./source-fields";

export interface EditableEvidenceItem {
  id: string;
  version: number;
  field: string;
  basis: EvidenceBasis;
  quote: string;
  note: string | null;
  origin: string | null;
  source: { id: string; title: string };
}

type Choice = { value: string; label: string };

export function BasisBadge({ basis }: { basis: EvidenceBasis }) {
  const t = useTranslations("sources");
  const tone = basis === "INFERRED" ? "amber" : basis === "OUTSIDE_SOURCE" ? "violet" : "green";
  return <Badge tone={tone}>{t(`basisShort.${basis}`)}</Badge>;
}

/** One piece of evidence with its Edit and Remove controls (removing asks first). */
export function EvidenceRow({ item, fields, fieldLabel }: { item: Omit<EditableEvidenceItem, "source">; fields: Choice[]; fieldLabel: string }) {
  const t = useTranslations("sources");
  return (
    <li className="py-2">
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <span className="font-medium text-slate-800">{fieldLabel}</span>
        <BasisBadge basis={item.basis} />
      </div>
      <p className="mt-1 break-words text-sm text-slate-700">{item.basis === "OUTSIDE_SOURCE" ? item.origin : `“${item.quote}”`}</p>
      {item.note && <p className="mt-0.5 text-sm text-slate-600">{item.note}</p>}
      <div className="mt-1 flex flex-wrap gap-4">
        <details className="w-full text-sm sm:w-auto">
          <summary className="cursor-pointer text-brand-700 underline" aria-label={t("editEvidenceLabel", { field: fieldLabel })}>
            {t("editEvidence")}
          </summary>
          <ActionForm action={updateEvidence} fixed={{ id: item.id, version: item.version }} submitLabel={t("save")} tone="secondary" className="mt-2 rounded-md border border-slate-200 p-3">
            {(errors) => <EvidenceFields prefix={`evidence-${item.id}`} errors={errors} fields={fields} values={item} />}
          </ActionForm>
        </details>
        <details className="text-sm">
          <summary className="cursor-pointer text-slate-600 underline" aria-label={t("removeEvidenceLabel", { field: fieldLabel })}>
            {t("removeEvidence")}
          </summary>
          <div className="mt-1 rounded-md border border-slate-200 p-2">
            <p className="text-slate-700">{t("removeEvidenceConfirm", { field: fieldLabel })}</p>
            <ActionForm action={removeEvidence} fixed={{ id: item.id }} submitLabel={t("removeEvidenceConfirmButton")} tone="danger" />
          </div>
        </details>
      </div>
    </li>
  );
}

export function AgreementSourcesEditor({
  reference,
  evidence,
  choices,
  fields,
  languageNames,
}: {
  reference: string;
  evidence: EditableEvidenceItem[];
  /** Every recorded source, to choose one by title. */
  choices: { id: string; title: string }[];
  /** The agreement's facts, labelled in the reader's language. */
  fields: Choice[];
  languageNames: Record<string, string>;
}) {
  const t = useTranslations("sources");
  const labelOf = (field: string) => fields.find((f) => f.value === field)?.label ?? field;
  const bySource = new Map<string, { source: EditableEvidenceItem["source"]; items: EditableEvidenceItem[] }>();
  for (const item of evidence) {
    const group = bySource.get(item.source.id) ?? { source: item.source, items: [] };
    group.items.push(item);
    bySource.set(item.source.id, group);
  }
  return (
    <div className="mt-6 border-t border-slate-200 pt-4">
      <h3 className="text-sm font-semibold text-slate-900">{t("manage")}</h3>
      <p className="mt-1 text-sm text-slate-600">{t("manageDescription")}</p>
      {bySource.size === 0 && <p className="mt-3 text-sm text-slate-500">{t("noEvidenceYet")}</p>}
      {[...bySource.values()].map(({ source, items }) => (
        <div key={source.id} className="mt-4 rounded-lg border border-slate-200 p-3">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h4 className="break-words text-sm font-semibold text-slate-800">{t("fromSource", { title: source.title })}</h4>
            <Link href={`/sources/${source.id}`} className="text-sm text-brand-700 hover:underline">
              {t("openSource")}
            </Link>
          </div>
          <ul className="mt-1 divide-y divide-slate-100">
            {items.map((item) => (
              <EvidenceRow key={`${item.id}-${item.version}`} item={item} fields={fields} fieldLabel={labelOf(item.field)} />
            ))}
          </ul>
          <details key={items.length} className="mt-2">
            <summary className="cursor-pointer text-sm font-semibold text-brand-700">{t("addEvidence")}</summary>
            <ActionForm action={addEvidence} fixed={{ reference, sourceId: source.id }} submitLabel={t("record")} tone="secondary" className="mt-2">
              {(errors) => <EvidenceFields prefix={`add-${source.id}`} errors={errors} fields={fields} />}
            </ActionForm>
          </details>
        </div>
      ))}
      <AddSource key={evidence.length} reference={reference} choices={choices} fields={fields} languageNames={languageNames} />
    </div>
  );
}

/** A new source with its first fact, or evidence from a source already recorded (two actions: the choice picks the form). */
function AddSource({ reference, choices, fields, languageNames }: { reference: string; choices: { id: string; title: string }[]; fields: Choice[]; languageNames: Record<string, string> }) {
  const t = useTranslations("sources");
  const [sourceId, setSourceId] = useState("");
  return (
    <details className="mt-4">
      <summary className="cursor-pointer text-sm font-semibold text-brand-700">{t("addSource")}</summary>
      <p className="mt-2 text-sm text-slate-600">{t("addSourceHint")}</p>
      <div className="mt-3">
        <Field id="add-source-choice" label={t("sourceChoice")}>
          {(a) => (
            <select {...a} className={inputClass} value={sourceId} onChange={(event) => setSourceId(event.target.value)}>
              <option value="">{t("newSource")}</option>
              {choices.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.title}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      {sourceId === "" ? (
        <ActionForm action={addSourceToAgreement} fixed={{ reference }} submitLabel={t("record")} className="mt-3">
          {(errors) => (
            <>
              <fieldset className="rounded-md border border-slate-200 p-3">
                <legend className="px-1 text-sm font-semibold text-slate-800">{t("theNewSource")}</legend>
                <SourceFields prefix="new-source" errors={errors} languageNames={languageNames} />
              </fieldset>
              <fieldset className="mt-3 rounded-md border border-slate-200 p-3">
                <legend className="px-1 text-sm font-semibold text-slate-800">{t("theFact")}</legend>
                <EvidenceFields prefix="new-source-evidence" errors={errors} fields={fields} />
              </fieldset>
            </>
          )}
        </ActionForm>
      ) : (
        <ActionForm key={sourceId} action={addEvidence} fixed={{ reference, sourceId }} submitLabel={t("record")} className="mt-3">
          {(errors) => (
            <fieldset className="rounded-md border border-slate-200 p-3">
              <legend className="px-1 text-sm font-semibold text-slate-800">{t("theFact")}</legend>
              <EvidenceFields prefix="chosen-source-evidence" errors={errors} fields={fields} />
            </fieldset>
          )}
        </ActionForm>
      )}
    </details>
  );
}
