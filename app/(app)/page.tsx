import type { Metadata } from "next";
import Link from "next/link";
import { StatusBadge } from "@/components/agreements/status-badge";
import { BarList } from "@/components/reports/bar-list";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { AGREEMENT_STATUSES } from "@/lib/agreements/status";
import { requireUser } from "@/lib/auth/current-user";
import { getLocale, getTranslations } from "next-intl/server";
import { formatInstant } from "@/lib/dates/institution-time";
import { intlLocaleOf } from "@/lib/i18n/locales";
import { dashboardFigures } from "@/lib/reports/dashboard";
import { auditActionKey } from "@/lib/audit/describe";
import { countryName } from "@/lib/i18n/countries";
import { referenceName } from "@/lib/i18n/names";
import { focusAreaNames } from "@/lib/reference-lists/queries";
import { runningPeriodsCurrent } from "@/lib/agreements/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("dashboard"))("title") };
}

export default async function DashboardPage() {
  await requireUser("/");
  await runningPeriodsCurrent();
  const [figures, t, labels, history, words, focusNames, locale] = await Promise.all([
    dashboardFigures(),
    getTranslations("dashboard"),
    getTranslations("labels"),
    getTranslations("history"),
    getTranslations(),
    focusAreaNames(),
    getLocale(),
  ]);
  const intlLocale = intlLocaleOf(locale);
  // The audit log's sentence for each action (lib/audit/describe.ts); an unknown code as it is.
  const actionLabel = (action: string) => (words.has(auditActionKey(action) as never) ? words(auditActionKey(action) as never) : action);
  return (
    <div>
      <PageHeader title={t("title")} description={t("description", { count: figures.total })} />

      <section aria-labelledby="status-heading" className="mb-6">
        <h2 id="status-heading" className="sr-only">
          {t("byStatus")}
        </h2>
        <ul className="grid grid-cols-2 gap-3 sm:grid-cols-4">
          {AGREEMENT_STATUSES.map((status) => (
            <li key={status}>
              <Link href={`/agreements?status=${status}`} className="block rounded-xl border border-slate-200 bg-white p-4 shadow-sm hover:border-brand-600">
                <StatusBadge status={status} />
                <div className="mt-2 text-2xl font-semibold tabular-nums text-slate-900">{figures.statusCounts[status]}</div>
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <div className="grid gap-6 lg:grid-cols-2">
        <Section title={t("comingUp")} description={t("comingUpDescription")}>
          <table className="w-full text-left text-sm">
            <thead className="text-xs uppercase tracking-wide text-slate-500">
              <tr>
                <th scope="col" className="py-2">{t("within")}</th>
                <th scope="col" className="py-2 text-right">{t("ending")}</th>
                <th scope="col" className="py-2 text-right">{t("noticeDeadline")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {figures.windows.map((w) => (
                <tr key={w.days}>
                  <th scope="row" className="py-2 font-medium">
                    {t("days", { days: w.days })}
                  </th>
                  <td className="py-2 text-right">
                    <Link href={`/agreements?expiringWithin=${w.days}&sort=expires&dir=asc`} className="font-semibold tabular-nums text-brand-700 underline">
                      {w.ending}
                    </Link>
                  </td>
                  <td className="py-2 text-right">
                    <Link href={`/agreements?noticeWithin=${w.days}&sort=expires&dir=asc`} className="font-semibold tabular-nums text-brand-700 underline">
                      {w.notice}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </Section>

        <Section title={t("perYear")}>
          <BarList
            title={t("perYearChart")}
            rows={figures.perYear.map((y) => ({ label: y.year, value: y.count, href: `/agreements?signedFrom=${y.year}&signedTo=${y.year}` }))}
          />
        </Section>

        <Section title={t("byKind")}>
          <BarList
            title={t("byKind")}
            rows={figures.byKind.map((k) => ({ label: labels(`organizationKind.${k.kind}`), value: k.count, href: `/agreements?status=ACTIVE&partnerKind=${k.kind}` }))}
          />
        </Section>

        <Section title={t("byCountry")}>
          <BarList
            title={t("byCountry")}
            rows={figures.byCountry.map((c) => ({
              label: c.country === "Not recorded" ? t("notRecorded") : (countryName(c.country, locale) ?? c.country),
              value: c.count,
              href: c.country === "Not recorded" ? undefined : `/agreements?status=ACTIVE&country=${encodeURIComponent(c.country)}`,
            }))}
          />
        </Section>

        <Section title={t("byFocusArea")}>
          <BarList title={t("byFocusArea")} rows={figures.byFocusArea.map((f) => ({ label: focusNames.has(f.id) ? referenceName(focusNames.get(f.id), locale) : f.name, value: f.count, href: `/agreements?status=ACTIVE&focus=${f.id}` }))} />
        </Section>

        <Section title={t("recent")}>
          <ul className="divide-y divide-slate-100 text-sm">
            {figures.recent.map((e) => (
              <li key={e.id} className="py-2">
                <span className="font-medium text-slate-800">{actionLabel(e.action)}</span>{" "}
                {e.reference && (
                  <Link href={`/agreements/${e.reference}`} className="text-brand-700 underline">
                    {e.reference}
                  </Link>
                )}
                <div className="text-xs text-slate-500">
                  {history("at", { date: formatInstant(e.at, intlLocale), time: formatInstant(e.at, intlLocale, "time") })} · {e.actor?.name ?? "Pacta"}
                </div>
              </li>
            ))}
          </ul>
        </Section>
      </div>
    </div>
  );
}
