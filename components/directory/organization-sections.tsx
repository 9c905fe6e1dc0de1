// The parts of an organisation's page: its agreements, units, people and details.
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { StatusBadge } from "@/components/agreements/status-badge";
import { AgreementName } from "@/components/agreements/agreement-name";
import { PersonNameLink } from "@/components/directory/person-name-link";
import { Section } from "@/components/ui/section";
import { formatPartialDate, parsePartialDate } from "@/lib/dates/partial-date";
import { intlLocaleOf } from "@/lib/i18n/locales";
import { referenceName } from "@/lib/i18n/names";
import type { OrganizationDetail } from "@/lib/organizations/queries";

export function OrganizationAgreements({ organization: o }: { organization: OrganizationDetail }) {
  const t = useTranslations("organizations");
  const labels = useTranslations("labels");
  const locale = intlLocaleOf(useLocale());
  const signed = (iso: string | null) => {
    const parsed = iso ? parsePartialDate(iso) : null;
    return parsed ? formatPartialDate(parsed.date, parsed.precision, locale) : t("dateUnknown");
  };
  return (
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
                  {/* An untitled agreement is labelled by this organisation (the directory's query reads no type or other partners). */}
                  <AgreementName agreement={{ reference: a.reference, title: a.title, type: null, parties: [{ organization: { name: o.name, localName: o.localName } }] }} />
                </Link>
                <div className="text-xs text-slate-500">{t("roleSigned", { role: labels(`partyRole.${a.role}`), date: signed(a.signed) })}</div>
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
  );
}

export function OrganizationUnits({ units }: { units: OrganizationDetail["units"] }) {
  const t = useTranslations("organizations");
  return (
    <Section title={t("unitsSection")}>
      {units.length === 0 ? (
        <p className="text-sm text-slate-500">{t("noUnits")}</p>
      ) : (
        <ul className="grid gap-1 text-sm sm:grid-cols-2">
          {units.map((u) => (
            <li key={u.id}>
              <Link href={`/organizations/${u.id}`} className="text-brand-700 hover:underline">
                {u.name}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

export function OrganizationPeople({ people }: { people: OrganizationDetail["people"] }) {
  const t = useTranslations("organizations");
  return (
    <Section title={t("peopleSection")}>
      {people.length === 0 ? (
        <p className="text-sm text-slate-500">{t("noPeople")}</p>
      ) : (
        <ul className="divide-y divide-slate-100 text-sm">
          {people.map((p) => (
            <li key={p.id} className="py-2">
              <PersonNameLink id={p.id} names={p} fallback={t("nameNotKnown")} />
              {p.position && <div className="text-slate-600">{p.position}</div>}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

/** A term and its description, shown only when there is something to say. */
function Detail({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div>
      <dt className="text-slate-500">{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

export function OrganizationDetails({ organization: o }: { organization: OrganizationDetail }) {
  const t = useTranslations("organizations");
  const countries = useTranslations("countries");
  const locale = useLocale();
  return (
    <Section title={t("details")}>
      <dl className="space-y-2 text-sm">
        {o.parent && (
          <Detail term={t("unitOfLabel")}>
            <Link href={`/organizations/${o.parent.id}`} className="text-brand-700 hover:underline">
              {o.parent.name}
            </Link>
          </Detail>
        )}
        <Detail term={t("otherNames")}>{o.otherNames.length ? o.otherNames.join("; ") : t("noneRecorded")}</Detail>
        {o.cooperationFields.length > 0 && <Detail term={t("cooperation")}>{o.cooperationFields.map((f) => referenceName(f, locale)).join(", ")}</Detail>}
        {o.countryAsRecorded && <Detail term={countries("label")}>{countries("recordedAs", { text: o.countryAsRecorded })}</Detail>}
        {o.website && (
          <Detail term={t("website")}>
            <a href={o.website} className="break-all text-brand-700 underline" rel="noreferrer noopener" target="_blank">
              {o.website}
            </a>
          </Detail>
        )}
        {o.notes && (
          <Detail term={t("notes")}>
            <span className="whitespace-pre-line">{o.notes}</span>
          </Detail>
        )}
      </dl>
    </Section>
  );
}
