import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { GetForm } from "@/components/forms/get-form";
import { FilterSelect } from "@/components/forms/filter-select";
import { inputClass } from "@/components/forms/field";
import { listHref, SEARCH_MAX_LENGTH, WINDOW_DAYS, type AgreementListFilters } from "@/lib/agreements/list-params";
import type { ListFilterChoices } from "@/lib/agreements/queries";
import { AGREEMENT_STATUSES } from "@/lib/agreements/status";
import { ORGANIZATION_KINDS } from "@/lib/enumerations";
import { namesInOrder } from "@/lib/i18n/names";
import { countryName } from "@/lib/i18n/countries";
import type { Locale } from "@/lib/i18n/locales";

const label = "block text-xs font-medium text-slate-600";

function Select(props: { name: string; label: string; value?: string | number; options: { value: string; label: string }[]; empty?: string }) {
  return <FilterSelect id={`filter-${props.name}`} {...props} />;
}

/** The list's search and filters: a plain GET form, so every filter lives in the URL. */
export function ListFilters({ filters, choices }: { filters: AgreementListFilters; choices: ListFilterChoices }) {
  const t = useTranslations("agreements.filters");
  const labels = useTranslations("labels");
  const locale = useLocale();
  const advanced = [filters.type, filters.country, filters.focus, filters.owner, filters.leadUnit, filters.signedFrom, filters.signedTo, filters.noticeWithin, filters.archived].some(Boolean);
  return (
    <GetForm action="/agreements" role="search" aria-label={t("label")} className="mb-4 rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
      {filters.sort && <input type="hidden" name="sort" value={filters.sort} />}
      {filters.dir && <input type="hidden" name="dir" value={filters.dir} />}
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <div className="sm:col-span-2">
          <label htmlFor="filter-q" className={label}>
            {t("search")}
          </label>
          <input id="filter-q" name="q" type="search" maxLength={SEARCH_MAX_LENGTH} defaultValue={filters.q ?? ""} placeholder={t("searchPlaceholder")} className={inputClass} />
        </div>
        <Select name="status" label={t("status")} value={filters.status} options={AGREEMENT_STATUSES.map((s) => ({ value: s, label: labels(`status.${s}`) }))} />
        <Select name="partnerKind" label={t("partnerKind")} value={filters.partnerKind} options={ORGANIZATION_KINDS.map((kind) => ({ value: kind, label: labels(`organizationKind.${kind}`) }))} />
      </div>
      {filters.partner && (
        <FilterChip name="partner" value={filters.partner} label={t("partner")} clear={listHref(filters, { partner: undefined, page: undefined })} clearLabel={t("anyPartner")}>
          {choices.partner ? namesInOrder(locale, choices.partner).filter(Boolean).join(" · ") : t("partnerGone")}
        </FilterChip>
      )}
      {filters.event && (
        <FilterChip name="event" value={filters.event} label={t("ceremony")} clear={listHref(filters, { event: undefined, page: undefined })} clearLabel={t("anyCeremony")}>
          {choices.event ? <Link href={`/ceremonies/${choices.event.id}`} className="underline">{choices.event.name}</Link> : t("ceremonyGone")}
        </FilterChip>
      )}
      {filters.framework && (
        <FilterChip name="framework" value={filters.framework} label={t("framework")} clear={listHref(filters, { framework: undefined, page: undefined })} clearLabel={t("anyFramework")}>
          {choices.framework ? (
            <Link href={`/agreements/${choices.framework.reference}`} className="underline">
              {choices.framework.reference}
            </Link>
          ) : (
            t("frameworkGone", { reference: filters.framework })
          )}
        </FilterChip>
      )}
      <details className="mt-3" open={advanced}>
        <summary className="cursor-pointer text-sm font-medium text-brand-700">{t("more")}</summary>
        <div className="mt-3 grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          <Select name="type" label={t("type")} value={filters.type} options={choices.types.map((t) => ({ value: t.id, label: t.name }))} />
          <Select name="country" label={t("country")} value={filters.country} options={choices.countries.map((c) => ({ value: c, label: countryName(c, locale as Locale) ?? c }))} />
          <div>
            <label htmlFor="filter-region" className={label}>
              {t("region")}
            </label>
            <input id="filter-region" name="region" defaultValue={filters.region ?? ""} className={inputClass} />
          </div>
          <Select name="focus" label={t("focus")} value={filters.focus} options={choices.focusAreas.map((f) => ({ value: f.id, label: f.name }))} />
          <Select name="owner" label={t("owner")} value={filters.owner} options={choices.users.map((u) => ({ value: u.id, label: u.name }))} />
          <Select name="leadUnit" label={t("leadUnit")} value={filters.leadUnit} options={choices.leadUnits.map((u) => ({ value: u.id, label: u.name }))} />
          <Select name="archived" label={t("archived")} value={filters.archived} empty={t("hideArchived")} options={[{ value: "include", label: t("includeArchived") }, { value: "only", label: t("onlyArchived") }]} />
          <div>
            <label htmlFor="filter-signedFrom" className={label}>
              {t("signedFrom")}
            </label>
            <input id="filter-signedFrom" name="signedFrom" defaultValue={filters.signedFrom ?? ""} className={inputClass} />
          </div>
          <div>
            <label htmlFor="filter-signedTo" className={label}>
              {t("signedTo")}
            </label>
            <input id="filter-signedTo" name="signedTo" defaultValue={filters.signedTo ?? ""} className={inputClass} />
          </div>
          <Select name="expiringWithin" label={t("endsWithin")} value={filters.expiringWithin} options={WINDOW_DAYS.map((d) => ({ value: String(d), label: t("days", { days: d }) }))} />
          <Select name="noticeWithin" label={t("noticeWithin")} value={filters.noticeWithin} options={WINDOW_DAYS.map((d) => ({ value: String(d), label: t("days", { days: d }) }))} />
        </div>
      </details>
      <div className="mt-4 flex flex-wrap items-center gap-3">
        <button type="submit" className="rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white shadow-sm hover:bg-brand-700">
          {t("apply")}
        </button>
        <Link href="/agreements" className="text-sm font-medium text-slate-600 underline hover:text-slate-900">
          {t("clear")}
        </Link>
      </div>
    </GetForm>
  );
}

/** A filter set from elsewhere (a partner's, a ceremony's or a framework's page): what it names, kept in the form, and a way out. */
function FilterChip({ name, value, label, clear, clearLabel, children }: { name: string; value: string; label: string; clear: string; clearLabel: string; children: React.ReactNode }) {
  return (
    <p className="mt-3 flex flex-wrap items-center gap-2 text-sm">
      <input type="hidden" name={name} value={value} />
      <span className="text-slate-600">{label}</span>
      <span className="rounded-full bg-brand-50 px-2.5 py-0.5 font-medium break-words text-brand-900">{children}</span>
      <Link href={clear} className="text-slate-600 underline hover:text-slate-900">
        {clearLabel}
      </Link>
    </p>
  );
}
