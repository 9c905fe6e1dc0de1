"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { startTransition, useActionState, useState } from "react";
import { inputClass } from "@/components/forms/field";
import { FormError } from "@/components/forms/form-error";
import type { ActionResult } from "@/lib/actions/command";
import type { MessagePart } from "@/lib/errors";
import { ORGANIZATION_KINDS } from "@/lib/enumerations";
import type { ColumnMapping } from "@/lib/import/columns";
import type { OrganizationKind, PartnerDecision } from "@/lib/import/plan";
import type { CsvDelimiter, CsvEncoding } from "@/lib/import/read-file";
import type { ImportPreview } from "@/lib/import/service";
import { importAgreements, previewImport } from "@/lib/import/actions";

type Preview = ActionResult<ImportPreview>;
type Imported = ActionResult<{ agreements: number; organizations: number; types: number; focusAreas: number; references: string[] }>;

const button = "rounded-md px-4 py-2 text-sm font-semibold shadow-sm disabled:opacity-60";

// Kept here rather than imported from the server's modules, which the browser does not load.
const DELIMITERS: { value: CsvDelimiter; name: "comma" | "semicolon" | "tab" | "pipe" }[] = [
  { value: ",", name: "comma" },
  { value: ";", name: "semicolon" },
  { value: "\t", name: "tab" },
  { value: "|", name: "pipe" },
];
const ENCODINGS: { value: CsvEncoding; label: string }[] = [
  { value: "utf-8", label: "UTF-8" },
  { value: "utf-16le", label: "UTF-16 LE" },
  { value: "utf-16be", label: "UTF-16 BE" },
  { value: "windows-1252", label: "Windows-1252" },
  { value: "windows-1250", label: "Windows-1250" },
  { value: "windows-1251", label: "Windows-1251" },
  { value: "gb18030", label: "GB18030 (GBK)" },
  { value: "big5", label: "Big5" },
  { value: "shift_jis", label: "Shift_JIS" },
  { value: "euc-kr", label: "EUC-KR" },
];

/** What the person chose on the preview, sent with every check and with the import. */
interface Choices {
  mapping: ColumnMapping | null;
  delimiter: CsvDelimiter | "";
  encoding: CsvEncoding | "";
  decisions: Record<string, PartnerDecision>;
}
const NO_CHOICES: Choices = { mapping: null, delimiter: "", encoding: "", decisions: {} };

/** Upload → check (columns, problems, matches) → import, all rows or none. */
export function ImportWizard() {
  const t = useTranslations("import");
  const errors = useTranslations("errors");
  const columns = useTranslations("exports.columns");
  const labels = useTranslations("labels");
  const said = (part: MessagePart) => errors(part.key, part.values as never);
  const [file, setFile] = useState<File | null>(null);
  const [choices, setChoices] = useState<Choices>(NO_CHOICES);
  const [preview, check, checking] = useActionState(previewImport as (p: Preview | null, i: unknown) => Promise<Preview>, null);
  const [imported, commit, importing] = useActionState(importAgreements as (p: Imported | null, i: unknown) => Promise<Imported>, null);

  const send = (action: (input: FormData) => void, next: Choices) => {
    if (!file) return;
    const data = new FormData();
    data.set("file", file);
    if (next.mapping) data.set("mapping", JSON.stringify(next.mapping));
    if (next.delimiter) data.set("delimiter", next.delimiter);
    if (next.encoding) data.set("encoding", next.encoding);
    if (Object.keys(next.decisions).length > 0) data.set("decisions", JSON.stringify(Object.entries(next.decisions)));
    startTransition(() => action(data));
  };
  /** Changes a choice and checks the file again with it. */
  const choose = (change: Partial<Choices>) => {
    const next = { ...choices, ...change };
    setChoices(next);
    send(check, next);
  };
  const decide = (key: string, decision: PartnerDecision | null) => {
    const decisions = { ...choices.decisions };
    if (decision) decisions[key] = decision;
    else delete decisions[key];
    choose({ decisions });
  };
  const result = preview?.status === "success" ? preview.data : null;
  const shownMapping = choices.mapping ?? result?.mapping ?? {};
  const ready = result && result.importable > 0 && !checking;
  // How a text file is read is shown once it is read, and offered when it could not be (a wrong encoding, say).
  const showReading = Boolean(result?.csv || (preview?.status === "error" && file && !/\.xlsx$/i.test(file.name)));
  const kinds = useTranslations("labels.organizationKind");

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
          setChoices(NO_CHOICES);
          send(check, NO_CHOICES);
        }}
        className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6"
      >
        <label htmlFor="import-file" className="block text-sm font-medium text-slate-700">
          {t("file")}
        </label>
        <input
          id="import-file"
          type="file"
          accept=".csv,.txt,.tsv,.xlsx,text/csv,text/plain,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(e) => {
            setFile(e.target.files?.[0] ?? null);
            setChoices(NO_CHOICES);
          }}
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

      {showReading && (
        <section aria-labelledby="reading-heading" className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
          <h2 id="reading-heading" className="text-base font-semibold">
            {t("reading")}
          </h2>
          <p className="mt-1 text-sm text-slate-600">{t("readingHint")}</p>
          <div className="mt-3 grid gap-3 sm:grid-cols-2">
            <ReadingChoice
              id="import-delimiter"
              label={t("delimiter")}
              value={result?.csv?.delimiter ?? choices.delimiter}
              disabled={checking}
              fromTheFile={result?.csv ? null : t("fromTheFile")}
              options={DELIMITERS.map((d) => ({ value: d.value, label: t(`delimiters.${d.name}`) }))}
              onChoose={(value) => choose({ delimiter: value as CsvDelimiter | "", mapping: null })}
            />
            <ReadingChoice
              id="import-encoding"
              label={t("encoding")}
              value={result?.csv?.encoding ?? choices.encoding}
              disabled={checking}
              fromTheFile={result?.csv ? null : t("fromTheFile")}
              options={ENCODINGS}
              onChoose={(value) => choose({ encoding: value as CsvEncoding | "", mapping: null })}
            />
          </div>
        </section>
      )}

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
                      setChoices({ ...choices, mapping: next });
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
            <button type="button" onClick={() => send(check, { ...choices, mapping: shownMapping })} disabled={checking} className={`${button} mt-4 border border-slate-300 bg-white text-slate-700 hover:bg-slate-50`}>
              {t("checkAgain")}
            </button>
          </section>

          {result.partnersToConfirm.length > 0 && (
            <section aria-labelledby="confirm-heading" className="rounded-xl border border-amber-300 bg-amber-50 p-4 shadow-sm sm:p-6">
              <h2 id="confirm-heading" className="text-base font-semibold">
                {t("toConfirm")}
              </h2>
              <p className="mt-1 text-sm text-slate-700">{t("toConfirmHint")}</p>
              <ul className="mt-3 space-y-4">
                {result.partnersToConfirm.map((partner, index) => {
                  const chosen = choices.decisions[partner.key] ?? partner.decision;
                  const isNew = Boolean(chosen && "kind" in chosen);
                  return (
                    <li key={partner.key} className="rounded-md border border-amber-200 bg-white p-3">
                      <fieldset>
                        <legend className="text-sm font-semibold">
                          {partner.name}
                          {partner.localName && <span className="font-normal text-slate-600"> · {partner.localName}</span>}{" "}
                          <span className="text-xs font-normal text-slate-500">({t("onLines", { count: partner.lines.length, lines: partner.lines.join(", ") })})</span>
                        </legend>
                        <div className="mt-2 space-y-2 text-sm">
                          {partner.candidates.map((candidate) => (
                            <label key={candidate.id} className="flex items-start gap-2">
                              <input
                                type="radio"
                                name={`partner-${index}`}
                                className="mt-1"
                                checked={Boolean(chosen && "organizationId" in chosen && chosen.organizationId === candidate.id)}
                                disabled={checking}
                                onChange={() => decide(partner.key, { organizationId: candidate.id })}
                              />
                              <span>
                                <span className="font-medium">{candidate.name}</span>
                                {candidate.localName && <span> · {candidate.localName}</span>}
                                <span className="block text-xs text-slate-500">{t(`reasons.${candidate.reason}`)}</span>
                              </span>
                            </label>
                          ))}
                          <div className="flex flex-wrap items-center gap-2">
                            <label className="flex items-center gap-2">
                              <input
                                type="radio"
                                name={`partner-${index}`}
                                checked={isNew}
                                disabled={checking}
                                onChange={() => decide(partner.key, { kind: "OTHER" })}
                              />
                              <span className="font-medium">{t("newOrganization")}</span>
                            </label>
                            {isNew && (
                              <select
                                aria-label={t("kindOf", { name: partner.name })}
                                value={chosen && "kind" in chosen ? chosen.kind : "OTHER"}
                                disabled={checking}
                                onChange={(e) => decide(partner.key, { kind: e.target.value as OrganizationKind })}
                                className={`${inputClass} max-w-xs`}
                              >
                                {ORGANIZATION_KINDS.map((kind) => (
                                  <option key={kind} value={kind}>
                                    {kinds(kind)}
                                  </option>
                                ))}
                              </select>
                            )}
                          </div>
                        </div>
                      </fieldset>
                    </li>
                  );
                })}
              </ul>
            </section>
          )}

          {result.newOrganizations.length > 0 && (
            <section aria-labelledby="new-organizations-heading" className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
              <h2 id="new-organizations-heading" className="text-base font-semibold">
                {t("newOrganizations", { count: result.newOrganizations.length })}
              </h2>
              <p className="mt-1 text-sm text-slate-600">{t("newOrganizationsHint")}</p>
              <ul className="mt-3 divide-y divide-slate-100 text-sm">
                {result.newOrganizations.map((organization) => (
                  <li key={organization.key} className="flex flex-wrap items-center justify-between gap-2 py-2">
                    <span>
                      {organization.name}
                      {organization.localName && <span className="text-slate-600"> · {organization.localName}</span>}{" "}
                      <span className="text-xs text-slate-500">({t("onLines", { count: organization.lines.length, lines: organization.lines.slice(0, 10).join(", ") + (organization.lines.length > 10 ? ", …" : "") })})</span>
                    </span>
                    <select
                      aria-label={t("kindOf", { name: organization.name })}
                      value={organization.kind}
                      disabled={checking}
                      onChange={(e) => decide(organization.key, { kind: e.target.value as OrganizationKind })}
                      className={`${inputClass} max-w-xs`}
                    >
                      {ORGANIZATION_KINDS.map((kind) => (
                        <option key={kind} value={kind}>
                          {kinds(kind)}
                        </option>
                      ))}
                    </select>
                  </li>
                ))}
              </ul>
            </section>
          )}

          <section aria-labelledby="check-heading" className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
            <h2 id="check-heading" className="text-base font-semibold">
              {t("holds")}
            </h2>
            <ul className="mt-2 space-y-1 text-sm text-slate-700">
              <li>
                {t.rich("rows", { rows: result.rowCount, problems: result.rowsWithProblems, strong: (chunks) => <strong>{chunks}</strong> })}
              </li>
              <li>{t("partnersSummary", { matched: result.matchedOrganizations, count: result.newOrganizations.length, confirm: result.partnersToConfirm.filter((p) => !p.decision).length })}</li>
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
                  {result.sample.map((row) => {
                    const problem = row.problems.length > 0;
                    return (
                      <tr key={row.line} className={problem ? "bg-red-50" : undefined} aria-label={problem ? t("problemRow") : undefined}>
                        <td className={`py-2 pr-3 ${problem ? "border-l-4 border-red-500 pl-2 font-semibold text-red-800" : "text-slate-500"}`}>{row.line}</td>
                        <td className="py-2 pr-3 font-mono text-xs">{row.reference ?? t("assigned")}</td>
                        <td className="py-2 pr-3">
                          {row.title}
                          {problem && (
                            <ul className="mt-1 list-disc pl-4 text-xs text-red-800">
                              {row.problems.map((p, index) => (
                                <li key={index}>{said(p)}</li>
                              ))}
                            </ul>
                          )}
                        </td>
                        <td className="py-2 pr-3">
                          {row.partners.map((p) => (
                            <div key={p.name}>
                              {p.name}{" "}
                              <span className={p.state === "matched" ? "text-emerald-700" : p.state === "new" ? "text-amber-700" : "font-medium text-red-800"}>
                                ({p.state === "matched" ? t("matched") : p.state === "new" ? t("new") : t("toBeConfirmed")})
                              </span>
                            </div>
                          ))}
                        </td>
                        <td className={`py-2 pr-3 ${row.signedOnInvalid ? "font-medium text-red-800 underline decoration-wavy" : ""}`}>{row.signedOn ?? "—"}</td>
                        <td className="py-2">
                          {row.status ? labels(`status.${row.status}` as "status.DRAFT") : <span className="font-medium text-red-800 underline decoration-wavy">{row.statusGiven}</span>}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          </section>

          <div>
            <FormError message={imported?.status === "error" ? imported.formError : undefined} />
            <button
              type="button"
              disabled={!ready || importing}
              onClick={() => send(commit, { ...choices, mapping: shownMapping })}
              className={`${button} mt-3 bg-brand-600 text-white hover:bg-brand-700`}
            >
              {importing ? t("importing") : result.importable > 0 ? t("importButton", { count: result.importable }) : t("importBlocked", { count: result.rowsWithProblems })}
            </button>
          </div>
        </>
      )}
    </div>
  );
}

/** One choice of how a text file is read (its delimiter or its encoding), with "as found in the file" until it has been read. */
function ReadingChoice(props: {
  id: string;
  label: string;
  value: string;
  disabled: boolean;
  fromTheFile: string | null;
  options: { value: string; label: string }[];
  onChoose: (value: string) => void;
}) {
  return (
    <div>
      <label htmlFor={props.id} className="block text-xs font-medium text-slate-600">
        {props.label}
      </label>
      <select id={props.id} value={props.value} disabled={props.disabled} onChange={(e) => props.onChoose(e.target.value)} className={inputClass}>
        {props.fromTheFile && <option value="">{props.fromTheFile}</option>}
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
