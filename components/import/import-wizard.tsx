"use client";

import Link from "next/link";
import { startTransition, useActionState, useState } from "react";
import { FormError, inputClass } from "@/components/forms/field";
import type { ActionResult } from "@/lib/actions/command";
import type { ColumnMapping } from "@/lib/import/columns";
import type { ImportPreview } from "@/lib/import/service";
import { importAgreements, previewImport } from "@/lib/import/actions";

type Preview = ActionResult<ImportPreview>;
type Imported = ActionResult<{ agreements: number; organizations: number; types: number; focusAreas: number; references: string[] }>;

const button = "rounded-md px-4 py-2 text-sm font-semibold shadow-sm disabled:opacity-60";

/** Upload → check (columns, problems, matches) → import, all rows or none. */
export function ImportWizard() {
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
        <h2 className="text-lg font-semibold">Imported {summary.agreements === 1 ? "1 agreement" : `${summary.agreements} agreements`}</h2>
        <p className="mt-1 text-sm">
          New organisations: {summary.organizations}; new agreement types: {summary.types}; new focus areas: {summary.focusAreas}. The import is recorded in the audit log.
        </p>
        <Link href="/agreements?sort=reference&dir=desc" className="mt-3 inline-block font-medium underline">
          See them in the list
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
          Register file (CSV or Excel .xlsx, up to 10 MB)
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
          {checking ? "Checking…" : "Check the file"}
        </button>
      </form>

      {result && (
        <>
          <section aria-labelledby="columns-heading" className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
            <h2 id="columns-heading" className="text-base font-semibold">
              Columns
            </h2>
            <p className="mt-1 text-sm text-slate-600">Which column of “{result.fileName}” holds what. Columns not chosen here are ignored.</p>
            <div className="mt-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
              {result.fields.map((field) => (
                <div key={field.key}>
                  <label htmlFor={`map-${field.key}`} className="block text-xs font-medium text-slate-600">
                    {field.label}
                    {field.required && " (needed)"}
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
                    <option value="">— not in the file</option>
                    {result.headers.map((header, index) => (
                      <option key={index} value={index}>
                        {header || `Column ${index + 1}`}
                      </option>
                    ))}
                  </select>
                </div>
              ))}
            </div>
            <button type="button" onClick={() => send(check, shownMapping)} disabled={checking} className={`${button} mt-4 border border-slate-300 bg-white text-slate-700 hover:bg-slate-50`}>
              Check again with these columns
            </button>
          </section>

          <section aria-labelledby="check-heading" className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
            <h2 id="check-heading" className="text-base font-semibold">
              What the file holds
            </h2>
            <ul className="mt-2 space-y-1 text-sm text-slate-700">
              <li>
                {result.rowCount} rows; <strong>{result.rowsWithProblems}</strong> with problems.
              </li>
              <li>
                Partners: {result.matchedOrganizations} matched to organisations already in Pacta; {result.newOrganizations.length} new
                {result.newOrganizations.length > 0 && `: ${result.newOrganizations.slice(0, 10).join("; ")}${result.newOrganizations.length > 10 ? "; …" : ""}`}.
              </li>
              {result.newTypes.length > 0 && <li>New agreement types: {result.newTypes.join("; ")}.</li>}
              {result.newFocusAreas.length > 0 && <li>New focus areas: {result.newFocusAreas.join("; ")}.</li>}
            </ul>
            {(result.fileProblems.length > 0 || result.problems.length > 0) && (
              <div role="alert" className="mt-4 rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-800">
                <p className="font-medium">Fix these in the file (or the columns above), then check it again. Nothing is imported until every row is right.</p>
                <ul className="mt-2 list-disc space-y-1 pl-5">
                  {result.fileProblems.map((p) => (
                    <li key={p}>{p}</li>
                  ))}
                  {result.problems.map((p) => (
                    <li key={p.line}>
                      Line {p.line}: {p.messages.join(" ")}
                    </li>
                  ))}
                </ul>
              </div>
            )}
            <div className="mt-4 overflow-x-auto">
              <table className="w-full text-left text-sm">
                <caption className="sr-only">The first rows of the file</caption>
                <thead className="text-xs uppercase tracking-wide text-slate-500">
                  <tr>
                    <th scope="col" className="py-2 pr-3">Line</th>
                    <th scope="col" className="py-2 pr-3">Reference</th>
                    <th scope="col" className="py-2 pr-3">Title</th>
                    <th scope="col" className="py-2 pr-3">Partners</th>
                    <th scope="col" className="py-2 pr-3">Signed</th>
                    <th scope="col" className="py-2">Status</th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {result.sample.map((row) => (
                    <tr key={row.line}>
                      <td className="py-2 pr-3 text-slate-500">{row.line}</td>
                      <td className="py-2 pr-3 font-mono text-xs">{row.reference ?? "assigned on import"}</td>
                      <td className="py-2 pr-3">{row.title}</td>
                      <td className="py-2 pr-3">
                        {row.partners.map((p) => (
                          <div key={p.name}>
                            {p.name} <span className={p.matched ? "text-emerald-700" : "text-amber-700"}>({p.matched ? "matched" : "new"})</span>
                          </div>
                        ))}
                      </td>
                      <td className="py-2 pr-3">{row.signedOn ?? "—"}</td>
                      <td className="py-2">{row.status.toLowerCase().replace(/_/g, " ")}</td>
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
              {importing ? "Importing…" : `Import ${result.rowCount === 1 ? "1 agreement" : `${result.rowCount} agreements`}`}
            </button>
          </div>
        </>
      )}
    </div>
  );
}
