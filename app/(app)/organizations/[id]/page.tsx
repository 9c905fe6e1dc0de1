import type { Metadata } from "next";
import { ClientMessages } from "@/components/i18n/client-messages";
import Link from "next/link";
import { notFound } from "next/navigation";
import { StatusBadge } from "@/components/agreements/status-badge";
import { RemoveOrMerge } from "@/components/directory/remove-or-merge";
import { Badge } from "@/components/ui/badge";
import { PageHeader, primaryLink } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { getLocale, getTranslations } from "next-intl/server";
import { intlLocaleOf } from "@/lib/i18n/locales";
import { namesInOrder } from "@/lib/i18n/names";
import { PersonNameLink } from "@/components/directory/person-name-link";
import { can } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/current-user";
import { formatPartialDate, parsePartialDate } from "@/lib/dates/partial-date";
import { deleteOrganization, mergeOrganizations } from "@/lib/organizations/actions";
import { getOrganization, organizationOptions } from "@/lib/organizations/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("organizations"))("organization") };
}

export default async function OrganizationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser(`/organizations/${id}`);
  const o = await getOrganization(id);
  if (!o) notFound();
  const canWrite = can(user, "directory.write");
  const [mergeOptions, t, labels, locale] = await Promise.all([
    canWrite ? organizationOptions(await getLocale()) : [],
    getTranslations("organizations"),
    getTranslations("labels"),
    getLocale(),
  ]);
  const signed = (iso: string | null) => {
    const parsed = iso ? parsePartialDate(iso) : null;
    return parsed ? formatPartialDate(parsed.date, parsed.precision, intlLocaleOf(locale)) : t("dateUnknown");
  };
  const [primaryName, secondaryName] = namesInOrder(locale, o);

  return (
    <div>
      <PageHeader
        back={{ href: "/organizations", label: t("allOrganizations") }}
        title={
          <>
            {primaryName}
            {o.acronym && <span className="text-slate-500"> ({o.acronym})</span>}
          </>
        }
        description={[secondaryName, labels(`organizationKind.${o.kind}`), [o.city, o.region, o.country].filter(Boolean).join(", ")].filter(Boolean).join(" · ")}
      >
        {o.isOwnInstitution && <Badge tone="blue">{t("ourInstitution")}</Badge>}
        {canWrite && (
          <Link href={`/organizations/${o.id}/edit`} className={primaryLink}>
            {t("edit")}
          </Link>
        )}
      </PageHeader>

      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <Section title={t("agreementsSection", { count: o._count.parties })}>
            {o.agreements.length === 0 ? (
              <p className="text-sm text-slate-500">{t("noAgreements")}</p>
            ) : (
              <ul className="divide-y divide-slate-100">
                {o.agreements.map((a) => (
                  <li key={a.reference} className="flex flex-wrap items-start justify-between gap-2 py-2 text-sm">
                    <div>
                      <span className="font-mono text-xs text-slate-500">{a.reference}</span>{" "}
                      <Link href={`/agreements/${a.reference}`} className="font-medium text-brand-700 hover:underline">
                        {a.title}
                      </Link>
                      <div className="text-xs text-slate-500">
                        {t("roleSigned", { role: labels(`partyRole.${a.role}`), date: signed(a.signed) })}
                      </div>
                    </div>
                    <StatusBadge status={a.status} />
                  </li>
                ))}
              </ul>
            )}
            {o._count.parties > 0 && (
              <Link href={`/agreements?partner=${o.id}`} className="mt-3 inline-block text-sm font-medium text-brand-700 underline">
                {o._count.parties > o.agreements.length ? t("allAgreements", { count: o._count.parties }) : t("filterByPartner")}
              </Link>
            )}
          </Section>
          <Section title={t("unitsSection")}>
            {o.units.length === 0 ? (
              <p className="text-sm text-slate-500">{t("noUnits")}</p>
            ) : (
              <ul className="grid gap-1 text-sm sm:grid-cols-2">
                {o.units.map((u) => (
                  <li key={u.id}>
                    <Link href={`/organizations/${u.id}`} className="text-brand-700 hover:underline">
                      {u.name}
                    </Link>
                  </li>
                ))}
              </ul>
            )}
          </Section>
          <Section title={t("peopleSection")}>
            {o.people.length === 0 ? (
              <p className="text-sm text-slate-500">{t("noPeople")}</p>
            ) : (
              <ul className="divide-y divide-slate-100 text-sm">
                {o.people.map((p) => (
                  <li key={p.id} className="py-2">
                    <PersonNameLink id={p.id} names={p} fallback={t("nameNotKnown")} />
                    {p.position && <div className="text-slate-600">{p.position}</div>}
                  </li>
                ))}
              </ul>
            )}
          </Section>
        </div>
        <aside className="space-y-6">
          <Section title={t("details")}>
            <dl className="space-y-2 text-sm">
              {o.parent && (
                <div>
                  <dt className="text-slate-500">{t("unitOfLabel")}</dt>
                  <dd>
                    <Link href={`/organizations/${o.parent.id}`} className="text-brand-700 hover:underline">
                      {o.parent.name}
                    </Link>
                  </dd>
                </div>
              )}
              <div>
                <dt className="text-slate-500">{t("otherNames")}</dt>
                <dd>{o.otherNames.length ? o.otherNames.join("; ") : t("noneRecorded")}</dd>
              </div>
              {o.cooperationFields.length > 0 && (
                <div>
                  <dt className="text-slate-500">{t("cooperation")}</dt>
                  <dd>{o.cooperationFields.join(", ")}</dd>
                </div>
              )}
              {o.website && (
                <div>
                  <dt className="text-slate-500">{t("website")}</dt>
                  <dd>
                    <a href={o.website} className="break-all text-brand-700 underline" rel="noreferrer noopener" target="_blank">
                      {o.website}
                    </a>
                  </dd>
                </div>
              )}
              {o.notes && (
                <div>
                  <dt className="text-slate-500">{t("notes")}</dt>
                  <dd className="whitespace-pre-line">{o.notes}</dd>
                </div>
              )}
            </dl>
          </Section>
          {canWrite && !o.isOwnInstitution && (
            <Section title={t("removeOrMerge")}>
              <ClientMessages namespaces={["directory"]}><RemoveOrMerge id={o.id} what="organization" deleteAction={deleteOrganization} mergeAction={mergeOrganizations} mergeOptions={mergeOptions} /></ClientMessages>
            </Section>
          )}
        </aside>
      </div>
    </div>
  );
}
