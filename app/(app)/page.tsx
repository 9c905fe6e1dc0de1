import type { Metadata } from "next";
import Link from "next/link";
import { StatusBadge } from "@/components/agreements/status-badge";
import { BarList } from "@/components/reports/bar-list";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { ORGANIZATION_KIND_LABELS } from "@/lib/agreements/labels";
import { AGREEMENT_STATUSES } from "@/lib/agreements/status";
import { requireUser } from "@/lib/auth/current-user";
import { countOf } from "@/lib/format";
import { dashboardFigures } from "@/lib/reports/dashboard";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  await requireUser("/");
  const figures = await dashboardFigures();
  return (
    <div>
      <PageHeader title="Dashboard" description={`${countOf(figures.total, "agreement")} in the register (archived ones aside).`} />

      <section aria-labelledby="status-heading" className="mb-6">
        <h2 id="status-heading" className="sr-only">
          Agreements by status
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
        <Section title="Coming up" description="Active agreements whose end, or last day to give notice, falls within the window.">
          <table className="w-full text-left text-sm">
            <thead className="text-xs uppercase tracking-wide text-slate-500">
              <tr>
                <th scope="col" className="py-2">Within</th>
                <th scope="col" className="py-2 text-right">Ending</th>
                <th scope="col" className="py-2 text-right">Notice deadline</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {figures.windows.map((w) => (
                <tr key={w.days}>
                  <th scope="row" className="py-2 font-medium">
                    {w.days} days
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

        <Section title="Signed per year">
          <BarList
            title="Agreements signed per year"
            rows={figures.perYear.map((y) => ({ label: y.year, value: y.count, href: `/agreements?signedFrom=${y.year}&signedTo=${y.year}` }))}
          />
        </Section>

        <Section title="Active agreements by partner kind">
          <BarList
            title="Active agreements by partner kind"
            rows={figures.byKind.map((k) => ({ label: ORGANIZATION_KIND_LABELS[k.kind], value: k.count, href: `/agreements?status=ACTIVE&partnerKind=${k.kind}` }))}
          />
        </Section>

        <Section title="Active agreements by partner country">
          <BarList
            title="Active agreements by partner country"
            rows={figures.byCountry.map((c) => ({
              label: c.country,
              value: c.count,
              href: c.country === "Not recorded" ? undefined : `/agreements?status=ACTIVE&country=${encodeURIComponent(c.country)}`,
            }))}
          />
        </Section>

        <Section title="Active agreements by focus area">
          <BarList title="Active agreements by focus area" rows={figures.byFocusArea.map((f) => ({ label: f.name, value: f.count, href: `/agreements?status=ACTIVE&focus=${f.id}` }))} />
        </Section>

        <Section title="Recent activity">
          <ul className="divide-y divide-slate-100 text-sm">
            {figures.recent.map((e) => (
              <li key={e.id} className="py-2">
                <span className="font-mono text-xs">{e.action}</span>{" "}
                {e.reference && (
                  <Link href={`/agreements/${e.reference}`} className="text-brand-700 underline">
                    {e.reference}
                  </Link>
                )}
                <div className="text-xs text-slate-500">
                  {e.at.toISOString().slice(0, 16).replace("T", " ")} UTC · {e.actor?.name ?? "Pacta"}
                </div>
              </li>
            ))}
          </ul>
        </Section>
      </div>
    </div>
  );
}
