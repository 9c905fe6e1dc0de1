"use client";
// The parts of the import's preview: the columns, the partners to confirm, the organisations
// to create, and what the file holds with every row's problems.
import { useTranslations } from "next-intl";
import { inputClass } from "@/components/forms/field";
import type { MessagePart } from "@/lib/errors";
import { OrganizationKindOptions } from "@/components/directory/organization-kind-options";
import type { ColumnMapping } from "@/lib/import/columns";
import type { OrganizationKind, PartnerDecision } from "@/lib/import/plan";
import type { ImportPreview } from "@/lib/import/service";

export const button = "rounded-md px-4 py-2 text-sm font-semibold shadow-sm disabled:opacity-60";

/** What a part gets to show a preview and to record a choice on a partner. */
interface PreviewPart {
  result: ImportPreview;
  checking: boolean;
  decide: (key: string, decision: PartnerDecision | null) => void;
}

/** The kind a new organisation gets. */
function KindSelect({ name, value, disabled, onChoose }: { name: string; value: OrganizationKind; disabled: boolean; onChoose: (kind: OrganizationKind) => void }) {
  const t = useTranslations("import");
  return (
    <select aria-label={t("kindOf", { name })} value={value} disabled={disabled} onChange={(e) => onChoose(e.target.value as OrganizationKind)} className={`${inputClass} max-w-xs`}>
      <OrganizationKindOptions />
    </select>
  );
}

/** Which column holds what: the guess, changeable, then checked again. */
export function ColumnsSection({
  result,
  checking,
  shownMapping,
  onMap,
  onCheckAgain,
}: Omit<PreviewPart, "decide"> & { shownMapping: ColumnMapping; onMap: (mapping: ColumnMapping) => void; onCheckAgain: () => void }) {
  const t = useTranslations("import");
  const columns = useTranslations("exports.columns");
  return (
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
                onMap(next);
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
      <button type="button" onClick={onCheckAgain} disabled={checking} className={`${button} mt-4 border border-slate-300 bg-white text-slate-700 hover:bg-slate-50`}>
        {t("checkAgain")}
      </button>
    </section>
  );
}

/** Names close to organisations already in Pacta: the person picks one, or a new organisation of a kind. */
export function PartnersToConfirm({ result, checking, decide, decisions }: PreviewPart & { decisions: Record<string, PartnerDecision> }) {
  const t = useTranslations("import");
  if (result.partnersToConfirm.length === 0) return null;
  return (
      <section aria-labelledby="confirm-heading" className="rounded-xl border border-amber-300 bg-amber-50 p-4 shadow-sm sm:p-6">
        <h2 id="confirm-heading" className="text-base font-semibold">
          {t("toConfirm")}
        </h2>
        <p className="mt-1 text-sm text-slate-700">{t("toConfirmHint")}</p>
        <ul className="mt-3 space-y-4">
          {result.partnersToConfirm.map((partner, index) => {
            const chosen = decisions[partner.key] ?? partner.decision;
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
                        <KindSelect name={partner.name} value={chosen && "kind" in chosen ? chosen.kind : "OTHER"} disabled={checking} onChoose={(kind) => decide(partner.key, { kind })} />
                      )}
                    </div>
                  </div>
                </fieldset>
              </li>
            );
          })}
        </ul>
      </section>
    
  );
}

/** The organisations the import will create, each with the kind it gets. */
export function NewOrganizations({ result, checking, decide }: PreviewPart) {
  const t = useTranslations("import");
  if (result.newOrganizations.length === 0) return null;
  return (
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
              <KindSelect name={organization.name} value={organization.kind} disabled={checking} onChoose={(kind) => decide(organization.key, { kind })} />
            </li>
          ))}
        </ul>
      </section>
    
  );
}

/** What the file holds: counts, the problems of the file and its rows (listed first), and the first rows. */
export function FileContents({ result }: { result: ImportPreview }) {
  const t = useTranslations("import");
  const errors = useTranslations("errors");
  const labels = useTranslations("labels");
  const exportsT = useTranslations("exports");
  const said = (part: MessagePart) => errors(part.key, part.values as never);
  return (
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
        {result.newCeremonies.length > 0 && <li>{t("newCeremonies", { names: result.newCeremonies.join("; ") })}</li>}
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
                    {row.titleKnowledge === "KNOWN" ? row.title : <span className="italic text-slate-500">{exportsT(`knowledge.${row.titleKnowledge}`)}</span>}
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
                  <td className={`py-2 pr-3 ${row.signedOnInvalid ? "font-medium text-red-800 underline decoration-wavy" : ""}`}>{row.signedOn && row.signedOnApproximate ? t("approximately", { date: row.signedOn }) : (row.signedOn ?? "—")}</td>
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
  );
}
