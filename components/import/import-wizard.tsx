"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { startTransition, useActionState, useState } from "react";
import { FormError, inputClass } from "@/components/forms/field";
import type { ActionResult } from "@/lib/actions/command";
import type { MessagePart } from "@/lib/errors";
import type { ColumnMapping } from "@/lib/import/columns";
import type { ImportPreview } from "@/lib/import/service";
import { importAgreements, previewImport } from "@/lib/import/actions";

type Preview = ActionResult<ImportPreview>;
type Imported = ActionResult<{ agreements: number; organizations: number; types: number; focusAreas: number; references: string[] }>;

const button = "rounded-md px-4 py-2 text-sm font-semibold shadow-sm disabled:opacity-60";

/** Upload → check (columns, problems, matches) → import, all rows or none. */
export function ImportWizard() {
  const t = useTranslations("import");
  const errors = useTranslations("errors");
  const columns = useTranslations("exports.columns");
  const labels = useTranslations("labels");
  const said = (part: MessagePart) => errors(part.key, part.values as never);
  const [file, setFile] = useState<File | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping | null>(null);
  const [preview, check, checking] = useActionState(previewImport as (p: Preview | null, i: unknown) => Promise<Preview>, null);
  const [imported, commit, importing] = useActionState(importAgreements as (p: Imported | null, i: unknown) => Promise<Imported>, null);

  const send = (action: (input: FormData) => void, withMapping: ColumnMapping | null) => {
    if (!file) return;
    const data = new FormData();
    data.set("file", file);
    if (withMapping) data.set("mapping", JSON.stringify(withMapping));
    startTransition(() => action(data));
  };
  const result = preview?.status === "success" ? preview.data : null;
  const shownMapping = mapping ?? result?.mapping ?? {};
  const ready = result && result.fileProblems.length === 0 && result.rowsWithProblems === 0 && !checking;

  if (imported?.status === "success") {
    const summary = imported.data;
    return (
      <div role="status" className="rounded-xl border border-emerald-200 bg-emerald-50 p-6 text-emerald-900">
        <h2 className="text-lg font-semibold">{t("imported", { count: summary.agreements })}</h2>
        <p className="mt-1 text-sm">
          {t("importedSummary", { organizations: summary.organizations, types: summary.types, focusAreas: summary.focusAreas })}
        </p>
        <Link href="/agreements?sort=reference&dir=desc" className="mt-3 inline-block font-medium underline">
          {t("seeThem")}
        </Link>
      </div>
    );
  }

  return (
    <div className="space-y-6">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          setMapping(null);
          send(check, null);
        }}
        className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6"
      >
        <label htmlFor="import-file" className="block text-sm font-medium text-slate-700">
          {t("file")}
        </label>
        <input
          id="import-file"
          type="file"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          aria-describedby="import-file-error"
          className="mt-2 block w-full text-sm"
        />
        <p id="import-file-error" className="mt-1 text-sm text-red-700">
          {preview?.status === "error" ? (preview.fieldErrors?.file ?? [preview.formError]).join(" ") : null}
        </p>
        <button type="submit" disabled={!file || checking} className={`${button} mt-3 bg-brand-600 text-white hover:bg-brand-700`}>
          {checking ? t("checking") : t("check")}
        </button>
      </form>

      {result && (
        <>
          <section aria-labelledby="columns-heading" className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
            <h2 id="columns-heading" className="text-base font-semibold">
              {t("columns")}
            </h2>
            <p className="mt-1 text-sm text-slate-600">{t("columnsHint", { fileName: result.fileName })}</p>
            <div className="mt-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
              {result.fields.map((field) => (
                <div key={field.key}>
                  <label htmlFor={`map-${field.key}`} className="block text-xs font-medium text-slate-600">
                    {columns(field.key as "title")}
                    {field.required && t("needed")}
                  </label>
                  <select
                    id={`map-${field.key}`}
                    value={shownMapping[field.key as keyof ColumnMapping] ?? ""}
                    onChange={(e) => {
                      const next = { ...shownMapping };
                      if (e.target.value === "") delete next[field.key as keyof ColumnMapping];
                      else next[field.key as keyof ColumnMapping] = Number(e.target.value);
                      setMapping(next);
                    }}
                    className={inputClass}
                  >
                    <option value="">{t("notInFile")}</option>
                    {result.headers.map((header, index) => (
                      <option key={index} value={index}>
                        {header || t("column", { number: index + 1 })}
                      </option>
                    ))}
                  </select>
                </div>
              ))}
            </div>
            <button type="button" onClick={() => send(check, shownMapping)} disabled={checking} className={`${button} mt-4 border border-slate-300 bg-white text-slate-700 hover:bg-slate-50`}>
              {t("checkAgain")}
            </button>
          </section>

          <section aria-labelledby="check-heading" className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
            <h2 id="check-heading" className="text-base font-semibold">
              {t("holds")}
            </h2>
            <ul className="mt-2 space-y-1 text-sm text-slate-700">
              <li>
                {t.rich("rows", { rows: result.rowCount, problems: result.rowsWithProblems, strong: (chunks) => <strong>{chunks}</strong> })}
              </li>
              <li>
                {t("partners", { matched: result.matchedOrganizations, count: result.newOrganizations.length })}
                {result.newOrganizations.length > 0 && t("newOnes", { names: `${result.newOrganizations.slice(0, 10).join("; ")}${result.newOrganizations.length > 10 ? "; …" : ""}` })}
              </li>
              {result.newTypes.length > 0 && <li>{t("newTypes", { names: result.newTypes.join("; ") })}</li>}
              {result.newFocusAreas.length > 0 && <li>{t("newFocusAreas", { names: result.newFocusAreas.join("; ") })}</li>}
            </ul>
            {(result.fileProblems.length > 0 || result.problems.length > 0) && (
              <div role="alert" className="mt-4 rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-800">
                <p className="font-medium">{t("fixThese")}</p>
                <ul className="mt-2 list-disc space-y-1 pl-5">
                  {result.fileProblems.map((p, index) => (
                    <li key={index}>{said(p)}</li>
                  ))}
                  {result.problems.map((p) => (
                    <li key={p.line}>
                      {t("line", { line: p.line })} {p.messages.map(said).join(" ")}
                    </li>
                  ))}
                </ul>
              </div>
            )}
            <div className="mt-4 overflow-x-auto">
              <table className="w-full text-left text-sm">
                <caption className="sr-only">{t("firstRows")}</caption>
                <thead className="text-xs uppercase tracking-wide text-slate-500">
                  <tr>
                    <th scope="col" className="py-2 pr-3">{t("lineColumn")}</th>
                    <th scope="col" className="py-2 pr-3">{t("reference")}</th>
                    <th scope="col" className="py-2 pr-3">{t("title")}</th>
                    <th scope="col" className="py-2 pr-3">{t("partnersColumn")}</th>
                    <th scope="col" className="py-2 pr-3">{t("signed")}</th>
                    <th scope="col" className="py-2">{t("status")}</th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {result.sample.map((row) => (
                    <tr key={row.line}>
                      <td className="py-2 pr-3 text-slate-500">{row.line}</td>
                      <td className="py-2 pr-3 font-mono text-xs">{row.reference ?? t("assigned")}</td>
                      <td className="py-2 pr-3">{row.title}</td>
                      <td className="py-2 pr-3">
                        {row.partners.map((p) => (
                          <div key={p.name}>
                            {p.name} <span className={p.matched ? "text-emerald-700" : "text-amber-700"}>({p.matched ? t("matched") : t("new")})</span>
                          </div>
                        ))}
                      </td>
                      <td className="py-2 pr-3">{row.signedOn ?? "—"}</td>
                      <td className="py-2">{labels(`status.${row.status}` as "status.DRAFT")}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>

          <div>
            <FormError message={imported?.status === "error" ? imported.formError : undefined} />
            <button
              type="button"
              disabled={!ready || importing}
              onClick={() => send(commit, shownMapping)}
              className={`${button} mt-3 bg-brand-600 text-white hover:bg-brand-700`}
            >
              {importing ? t("importing") : t("importButton", { count: result.rowCount })}
            </button>
          </div>
        </>
      )}
    </div>
  );
}
