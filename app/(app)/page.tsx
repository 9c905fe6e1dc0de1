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
import { todaysDashboard } from "@/lib/reports/dashboard-kept";
import { auditActionKey } from "@/lib/audit/describe";
import { countryName } from "@/lib/i18n/countries";
import { referenceName } from "@/lib/i18n/names";
import { focusAreaNames } from "@/lib/reference-lists/queries";
import { runningPeriodsCurrent } from "@/lib/agreements/queries";
import { worldMapOutlines, worldMapShapes } from "@/lib/reports/world-map-shapes";
import { CHINA_PROVINCES, provinceByCode } from "@/lib/reports/china-provinces";
import { WorldMap, type MapArea } from "@/components/reports/world-map";
import { ChinaTileMap } from "@/components/reports/china-tile-map";
import { NoticePipelineTable, type PipelineCell } from "@/components/reports/notice-pipeline-table";
import { PrintButton } from "@/components/reports/print-button";
import { secondaryLink } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("dashboard"))("title") };
}

export default async function DashboardPage() {
  await requireUser("/");
  await runningPeriodsCurrent();
  const [{ figures, map, pipeline }, t, labels, history, words, focusNames, locale] = await Promise.all([
    todaysDashboard(),
    getTranslations("dashboard"),
    getTranslations("labels"),
    getTranslations("history"),
    getTranslations(),
    focusAreaNames(),
    getLocale(),
  ]);
  const intlLocale = intlLocaleOf(locale);
  const provinceName = (code: string) => {
    const province = provinceByCode(code)!;
    return locale === "zh-CN" ? province.zh : province.en;
  };
  const countryAreas: Record<string, MapArea> = Object.fromEntries(
    map.countries.map(({ code, count }) => [
      code,
      { count, label: t("map.countryLabel", { country: countryName(code, locale) ?? code, count }), href: `/agreements?status=ACTIVE&country=${code}` },
    ]),
  );
  const provinceAreas: Record<string, MapArea> = Object.fromEntries(
    map.provinces.map(({ code, count }) => [
      code,
      { count, label: t("chinaMap.provinceLabel", { province: provinceName(code), count }), href: `/agreements?status=ACTIVE&country=CN&province=${code}` },
    ]),
  );
  const showChina = map.provinces.length > 0 || map.provinceNotKnown > 0;
  const quarterNames = pipeline.quarters.map((q) => t("pipeline.quarter", { quarter: q.quarter, year: q.year }));
  const pipelineCells = (owner: { id: string | null; name: string; all?: boolean }, counts: number[], kind: "ending" | "notice"): PipelineCell[] =>
    counts.map((count, i) => {
      const q = pipeline.quarters[i];
      const range = kind === "ending" ? `expiresFrom=${q.from}&expiresTo=${q.to}` : `noticeFrom=${q.from}&noticeTo=${q.to}`;
      const sort = kind === "ending" ? "&sort=expires&dir=asc" : "";
      return {
        count,
        // Agreements without an owner have no list filter of their own: their count links nowhere.
        href: owner.id === null && !owner.all ? undefined : `/agreements?status=ACTIVE${owner.id ? `&owner=${owner.id}` : ""}&${range}${sort}`,
        label: t(kind === "ending" ? "pipeline.endingLabel" : "pipeline.noticeLabel", { owner: owner.name, count, quarter: quarterNames[i] }),
      };
    });
  // The audit log's sentence for each action (lib/audit/describe.ts); an unknown code as it is.
  const actionLabel = (action: string) => (words.has(auditActionKey(action) as never) ? words(auditActionKey(action) as never) : action);
  return (
    <div>
      <PageHeader title={t("title")} description={t("description", { count: figures.total })}>
        <PrintButton label={t("print")} className={`${secondaryLink} print:hidden`} />
        <a href="/dashboard/pdf" className={`${secondaryLink} print:hidden`}>
          {t("downloadPdf")}
        </a>
      </PageHeader>

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

      <div className="dashboard-figures mb-6 space-y-6">
        <Section id="world-map" title={t("map.title")} description={t("map.description")}>
          <div className="grid gap-6 lg:grid-cols-3 print:block">
            <div className="lg:col-span-2">
              <WorldMap title={t("map.title")} shapes={worldMapShapes()} outlines={worldMapOutlines().href} areas={countryAreas} legend={{ title: t("map.legend"), none: t("map.none") }} />
            </div>
            <div className="print:mt-4">
              <h3 className="mb-2 text-sm font-medium text-slate-700">{t("map.topCountries")}</h3>
              <BarList
                title={t("map.topCountries")}
                emptyText={t("map.noCountries")}
                rows={map.countries.slice(0, 12).map((c) => ({ label: countryName(c.code, locale) ?? c.code, value: c.count, href: countryAreas[c.code].href }))}
              />
            </div>
          </div>
          {map.countryNotKnown > 0 && <p className="mt-3 text-sm text-slate-600">{t("map.countryNotKnown", { count: map.countryNotKnown })}</p>}
        </Section>

        {showChina && (
          <Section id="china-map" title={t("chinaMap.title")} description={t("chinaMap.description")}>
            <div className="grid gap-6 lg:grid-cols-3 print:block">
              <div className="lg:col-span-2">
                <ChinaTileMap
                  title={t("chinaMap.title")}
                  names={Object.fromEntries(CHINA_PROVINCES.map((p) => [p.code, provinceName(p.code)]))}
                  areas={provinceAreas}
                  legend={{ title: t("map.legend"), none: t("map.none") }}
                />
              </div>
              <div className="print:mt-4">
                <h3 className="mb-2 text-sm font-medium text-slate-700">{t("chinaMap.topProvinces")}</h3>
                <BarList
                  title={t("chinaMap.topProvinces")}
                  rows={map.provinces.slice(0, 12).map((p) => ({ label: provinceName(p.code), value: p.count, href: provinceAreas[p.code].href }))}
                />
              </div>
            </div>
            {map.provinceNotKnown > 0 && <p className="mt-3 text-sm text-slate-600">{t("chinaMap.provinceNotKnown", { count: map.provinceNotKnown })}</p>}
          </Section>
        )}

        <Section id="pipeline" title={t("pipeline.title")} description={t("pipeline.description")}>
          {pipeline.rows.length === 0 ? (
            <p className="text-sm text-slate-500">{t("pipeline.empty")}</p>
          ) : (
            <NoticePipelineTable
              caption={t("pipeline.title")}
              ownerHeading={t("pipeline.owner")}
              quarters={quarterNames}
              subHeadings={{ ending: t("pipeline.ending"), notice: t("pipeline.notice") }}
              rows={pipeline.rows.map((r) => {
                const owner = { id: r.ownerId, name: r.ownerName ?? t("pipeline.noOwner") };
                return { key: r.ownerId ?? "none", owner: owner.name, ending: pipelineCells(owner, r.ending, "ending"), notice: pipelineCells(owner, r.notice, "notice") };
              })}
              total={{
                owner: t("pipeline.allOwners"),
                ending: pipelineCells({ id: null, name: t("pipeline.allOwners"), all: true }, pipeline.totals.ending, "ending"),
                notice: pipelineCells({ id: null, name: t("pipeline.allOwners"), all: true }, pipeline.totals.notice, "notice"),
              }}
            />
          )}
        </Section>
      </div>

      <div className="dashboard-grid grid gap-6 lg:grid-cols-2">
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
