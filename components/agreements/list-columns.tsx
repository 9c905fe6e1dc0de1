import Link from "next/link";
import { useTranslations } from "next-intl";
import { GetForm } from "@/components/forms/get-form";
import { AGREEMENT_COLUMNS, listHref, type AgreementListFilters } from "@/lib/agreements/list-params";

/**
 * The list's column chooser: a GET form that keeps the filters and sends the chosen columns
 * (`columns=a&columns=b`, joined by the page), so it works without JavaScript. The downloads'
 * links carry the same choice.
 */
export function ListColumns({ filters, shown }: { filters: AgreementListFilters; shown: readonly string[] }) {
  const t = useTranslations("agreements.columns");
  const header = useTranslations("exports.columns");
  const { columns: _columns, page: _page, ...kept } = filters;
  return (
    <details className="mb-3 rounded-xl border border-slate-200 bg-white px-4 py-3 shadow-sm" open={false}>
      <summary className="cursor-pointer text-sm font-medium text-brand-700">{t("choose")}</summary>
      <GetForm action="/agreements" aria-label={t("label")} className="mt-3">
        {Object.entries(kept).map(([key, value]) => (value === undefined ? null : <input key={key} type="hidden" name={key} value={String(value)} />))}
        <fieldset>
          <legend className="sr-only">{t("label")}</legend>
          <div className="grid grid-cols-2 gap-x-4 gap-y-1 lg:grid-cols-4">
            {AGREEMENT_COLUMNS.map((column) => (
              <label key={column} className="flex items-center gap-2 py-1 text-sm text-slate-700">
                <input type="checkbox" name="columns" value={column} defaultChecked={shown.includes(column)} className="size-4 rounded border-slate-300" />
                {header(column)}
              </label>
            ))}
          </div>
        </fieldset>
        <p className="mt-2 text-xs text-slate-500">{t("hint")}</p>
        <div className="mt-3 flex flex-wrap items-center gap-3">
          <button type="submit" className="rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white shadow-sm hover:bg-brand-700">
            {t("apply")}
          </button>
          <Link href={listHref({ ...filters, columns: undefined, page: undefined })} className="text-sm font-medium text-slate-600 underline hover:text-slate-900">
            {t("reset")}
          </Link>
        </div>
      </GetForm>
    </details>
  );
}
