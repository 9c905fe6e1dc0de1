import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { GetForm } from "@/components/forms/get-form";
import { FilterSelect } from "@/components/forms/filter-select";
import { inputClass } from "@/components/forms/field";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { requireUser } from "@/lib/auth/current-user";
import { AuditFilters, listAuditEvents } from "@/lib/audit/queries";
import { AUDIT_ENTITY_TYPES, auditActionKey, auditEntityKey, auditFieldKey, changedFieldNames } from "@/lib/audit/describe";
import { formatInstant } from "@/lib/dates/institution-time";
import { intlLocaleOf } from "@/lib/i18n/locales";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("audit"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const ENTITY_LINKS: Record<string, (id: string, reference: string | null) => string | null> = {
  Agreement: (_id, reference) => (reference ? `/agreements/${reference}` : null),
  Organization: (id) => `/organizations/${id}`,
  Person: (id) => `/people/${id}`,
  SigningEvent: (id) => `/ceremonies/${id}`,
  Source: (id) => `/sources/${id}`,
};

export default async function AuditPage({ searchParams }: Props) {
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]).filter(([, v]) => v));
  const filters = AuditFilters.parse(raw);
  const query = new URLSearchParams(Object.entries(filters).filter(([, v]) => v !== undefined).map(([k, v]) => [k, String(v)]));
  await requireUser(`/admin/audit${query.size ? `?${query}` : ""}`, "audit.read");
  const [log, t, words, history, locale] = await Promise.all([listAuditEvents(filters), getTranslations("audit"), getTranslations(), getTranslations("history"), getLocale()]);
  // Keys built from stored codes: `has` first, and an unknown code (an older release's) is shown as it is.
  const say = (key: string | null, fallback: string) => (key && words.has(key as never) ? words(key as never) : fallback);
  const entity = (type: string) => say(auditEntityKey(type), type);
  const action = (code: string) => say(auditActionKey(code), code);
  const fields = (type: string, changes: string | null) => {
    const names = changedFieldNames(changes);
    const shown = names.slice(0, 6).map((field) => say(auditFieldKey(type, field, (key) => words.has(key as never)), field));
    return names.length > shown.length ? [...shown, "…"].join(", ") : shown.join(", ");
  };
  const intlLocale = intlLocaleOf(locale);
  const at = (when: Date) => history("at", { date: formatInstant(when, intlLocale), time: formatInstant(when, intlLocale, "time") });
  const select = (name: string, label: string, value: string | undefined, options: { value: string; label: string }[]) => (
    <FilterSelect id={`audit-${name}`} name={name} label={label} value={value} options={options} />
  );
  return (
    <div>
      <PageHeader title={t("title")} description={t("description", { count: log.total })} />
      <GetForm action="/admin/audit" role="search" className="mb-4 grid gap-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:grid-cols-3 lg:grid-cols-6">
        {select("entityType", t("record"), filters.entityType, AUDIT_ENTITY_TYPES.map((v) => ({ value: v, label: entity(v) })))}
        {select("action", t("action"), filters.action, log.actions.map((a) => ({ value: a, label: action(a) })))}
        {select("actor", t("by"), filters.actor, log.actors.map((a) => ({ value: a.id, label: a.name })))}
        <div>
          <label htmlFor="audit-from" className="block text-xs font-medium text-slate-600">
            {t("from")}
          </label>
          <input id="audit-from" name="from" type="date" defaultValue={filters.from ?? ""} className={inputClass} />
        </div>
        <div>
          <label htmlFor="audit-to" className="block text-xs font-medium text-slate-600">
            {t("until")}
          </label>
          <input id="audit-to" name="to" type="date" defaultValue={filters.to ?? ""} className={inputClass} />
        </div>
        <div className="flex items-end gap-3">
          <button type="submit" className="rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white shadow-sm hover:bg-brand-700">
            {t("filter")}
          </button>
          <Link href="/admin/audit" className="py-2 text-sm text-slate-600 underline">
            {t("clear")}
          </Link>
        </div>
      </GetForm>
      <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm">
        <table className="w-full text-left text-sm">
          <thead className="border-b border-slate-200 bg-slate-50 text-xs font-semibold uppercase tracking-wide text-slate-600">
            <tr>
              <th scope="col" className="px-4 py-3">{t("when")}</th>
              <th scope="col" className="px-4 py-3">{t("who")}</th>
              <th scope="col" className="px-4 py-3">{t("action")}</th>
              <th scope="col" className="px-4 py-3">{t("record")}</th>
              <th scope="col" className="px-4 py-3">{t("changed")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {log.rows.map((e) => {
              const href = ENTITY_LINKS[e.entityType]?.(e.entityId, e.reference);
              return (
                <tr key={e.id}>
                  <td className="whitespace-nowrap px-4 py-2 text-slate-600">
                    <time dateTime={e.at.toISOString()}>{at(e.at)}</time>
                  </td>
                  <td className="px-4 py-2">{e.actor?.name ?? "Pacta"}</td>
                  <td className="px-4 py-2">{action(e.action)}</td>
                  <td className="px-4 py-2">
                    {href ? (
                      <Link href={href} className="text-brand-700 hover:underline">
                        {e.reference ?? entity(e.entityType)}
                      </Link>
                    ) : e.entityType === "SignIn" ? (
                      `${entity(e.entityType)} · ${e.entityId}`
                    ) : (
                      entity(e.entityType)
                    )}
                  </td>
                  <td className="px-4 py-2 text-xs text-slate-600">{fields(e.entityType, e.changes)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <Pagination page={log.page} pageCount={log.pageCount} hrefForPage={(p) => `/admin/audit?${new URLSearchParams({ ...Object.fromEntries(query), page: String(p) })}`} />
    </div>
  );
}
