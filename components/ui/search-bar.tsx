import Link from "next/link";
import { useTranslations } from "next-intl";
import { GetForm } from "@/components/forms/get-form";
import { inputClass } from "@/components/forms/field";

/** A search box (and optional choice) for a directory list; the query lives in the URL. */
export function SearchBar({
  action,
  q,
  placeholder,
  choice,
}: {
  action: string;
  q?: string;
  placeholder: string;
  choice?: { name: string; label: string; value?: string; options: { value: string; label: string }[] };
}) {
  const t = useTranslations("forms");
  return (
    <GetForm action={action} role="search" className="mb-4 flex flex-wrap items-end gap-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
      <div className="min-w-56 flex-1">
        <label htmlFor="search-q" className="block text-xs font-medium text-slate-600">
          {t("search")}
        </label>
        <input id="search-q" name="q" type="search" defaultValue={q ?? ""} placeholder={placeholder} className={inputClass} />
      </div>
      {choice && (
        <div>
          <label htmlFor={`search-${choice.name}`} className="block text-xs font-medium text-slate-600">
            {choice.label}
          </label>
          <select id={`search-${choice.name}`} name={choice.name} defaultValue={choice.value ?? ""} className={inputClass}>
            <option value="">{t("any")}</option>
            {choice.options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
      )}
      <button type="submit" className="rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white shadow-sm hover:bg-brand-700">
        {t("search")}
      </button>
      <Link href={action} className="py-2 text-sm font-medium text-slate-600 underline">
        {t("clear")}
      </Link>
    </GetForm>
  );
}
