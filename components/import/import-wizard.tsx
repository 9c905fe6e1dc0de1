"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { startTransition, useActionState, useState } from "react";
import { inputClass } from "@/components/forms/field";
import { FormError } from "@/components/forms/form-error";
import type { ActionResult } from "@/lib/actions/command";
import type { ColumnMapping } from "@/lib/import/columns";
import type { PartnerDecision } from "@/lib/import/plan";
import type { CsvDelimiter, CsvEncoding } from "@/lib/import/read-file";
import type { ImportPreview } from "@/lib/import/service";
import { importAgreements, previewImport } from "@/lib/import/actions";
import { button, ColumnsSection, FileContents, NewOrganizations, PartnersToConfirm } from "./import-sections";

type Preview = ActionResult<ImportPreview>;
type Imported = ActionResult<{ agreements: number; organizations: number; types: number; focusAreas: number; references: string[] }>;


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
          <ColumnsSection
            result={result}
            checking={checking}
            shownMapping={shownMapping}
            onMap={(mapping) => setChoices({ ...choices, mapping })}
            onCheckAgain={() => send(check, { ...choices, mapping: shownMapping })}
          />

          <PartnersToConfirm result={result} checking={checking} decide={decide} decisions={choices.decisions} />

          <NewOrganizations result={result} checking={checking} decide={decide} />

          <FileContents result={result} />

          <div>
            <FormError message={imported?.status === "error" ? imported.formError : undefined} answer={imported} />
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
