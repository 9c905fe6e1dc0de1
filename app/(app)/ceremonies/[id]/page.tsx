import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EvidenceList } from "@/components/agreements/evidence-list";
import { PartialDateText } from "@/components/agreements/partial-date-text";
import { StatusBadge } from "@/components/agreements/status-badge";
import { AddAttendeeForm, AttendeeControls } from "@/components/ceremonies/attendee-forms";
import { AttachAgreementForm, DeleteCeremony, DetachAgreementButton } from "@/components/ceremonies/agreement-forms";
import { ClientMessages } from "@/components/i18n/client-messages";
import { PageHeader, primaryLink } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { listHref } from "@/lib/agreements/list-params";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/roles";
import { getCeremony } from "@/lib/ceremonies/queries";
import { namesInOrder } from "@/lib/i18n/names";
import { organizationOptions } from "@/lib/organizations/queries";
import { AgreementName } from "@/components/agreements/agreement-name";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("ceremonies"))("ceremony") };
}

export default async function CeremonyPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser(`/ceremonies/${id}`);
  const locale = await getLocale();
  const c = await getCeremony(id, locale);
  if (!c) notFound();
  const canWrite = can(user, "agreement.write");
  const [organizations, t, roles] = await Promise.all([canWrite ? organizationOptions(locale) : [], getTranslations("ceremonies"), getTranslations("signingEvent.role")]);
  const name = (names: { name: string | null; localName: string | null }) => namesInOrder(locale, names)[0];
  const last = c.attendances.length - 1;
  return (
    <ClientMessages namespaces={["ceremonies", "signingEvent"]}>
      <div>
        <PageHeader
          back={{ href: "/ceremonies", label: t("allCeremonies") }}
          title={c.name}
          description={
            <>
              <PartialDateText value={c.heldOn} empty={t("dateUnknown")} />
              {c.place && ` · ${c.place}`}
            </>
          }
        >
          {canWrite && (
            <Link href={`/ceremonies/${c.id}/edit`} className={primaryLink}>
              {t("edit")}
            </Link>
          )}
        </PageHeader>
        <div className="grid gap-6 lg:grid-cols-3">
          <div className="space-y-6 lg:col-span-2">
            <Section title={t("present")} id="present" description={t("presentHint")}>
              {c.attendances.length === 0 ? (
                <p className="text-sm text-slate-500">{t("nobodyPresent")}</p>
              ) : (
                <ol className="divide-y divide-slate-100">
                  {c.attendances.map((a, index) => {
                    const who = a.person ? name({ name: a.person.name ?? a.person.position, localName: a.person.localName }) : (a.position ?? (a.onBehalfOf && name(a.onBehalfOf)) ?? t("attendee.unnamed"));
                    return (
                      <li key={a.id} className="py-2 text-sm">
                        <span className="mr-2 inline-block rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-700">{roles(a.role)}</span>
                        {a.person ? (
                          <Link href={`/people/${a.person.id}`} className="font-medium text-brand-700 hover:underline">
                            {who}
                          </Link>
                        ) : a.onBehalfOf ? (
                          <span>{t("someone", { organization: name(a.onBehalfOf) })}</span>
                        ) : null}
                        {a.position && <span className="text-slate-600">{a.person || a.onBehalfOf ? ", " : ""}{a.person || a.onBehalfOf ? t("positionThen", { position: a.position }) : a.position}</span>}
                        {a.person && a.onBehalfOf && (
                          <span className="text-slate-600">
                            {" · "}
                            {t("forOrganization", { organization: name(a.onBehalfOf) })}
                          </span>
                        )}
                        {a.note && <span className="text-slate-500"> ({a.note})</span>}
                        {canWrite && (
                          <AttendeeControls
                            eventId={c.id}
                            version={c.version}
                            name={who}
                            first={index === 0}
                            last={index === last}
                            organizations={organizations}
                            initial={{ attendanceId: a.id, person: a.personChoice, role: a.role, position: a.position ?? "", onBehalfOfId: a.onBehalfOfId ?? "", note: a.note ?? "" }}
                          />
                        )}
                      </li>
                    );
                  })}
                </ol>
              )}
              {canWrite && <AddAttendeeForm eventId={c.id} organizations={organizations} />}
            </Section>

            <Section title={t("agreements")} id="agreements">
              {c.agreements.length === 0 ? (
                <p className="text-sm text-slate-500">{t("noAgreements")}</p>
              ) : (
                <>
                  <ul className="divide-y divide-slate-100">
                    {c.agreements.map((a) => (
                      <li key={a.reference} className="flex flex-wrap items-start justify-between gap-2 py-2 text-sm">
                        <div className="min-w-0">
                          <span className="font-mono text-xs text-slate-500">{a.reference}</span>{" "}
                          <Link href={`/agreements/${a.reference}`} className="font-medium text-brand-700 hover:underline">
                            <AgreementName agreement={a} />
                          </Link>
                        </div>
                        <div className="flex items-center gap-3">
                          <StatusBadge status={a.status} />
                          {canWrite && <DetachAgreementButton eventId={c.id} reference={a.reference} />}
                        </div>
                      </li>
                    ))}
                  </ul>
                  <Link href={listHref({ event: c.id })} className="mt-2 inline-block text-sm font-medium text-brand-700 underline">
                    {t("inList")}
                  </Link>
                </>
              )}
              {canWrite && <AttachAgreementForm eventId={c.id} />}
            </Section>
          </div>

          <aside className="space-y-6">
            <Section title={t("facts")}>
              <dl className="space-y-2 text-sm">
                <div>
                  <dt className="text-slate-500">{t("heldOn")}</dt>
                  <dd>
                    <PartialDateText value={c.heldOn} empty={t("notKnown")} />
                  </dd>
                </div>
                <div>
                  <dt className="text-slate-500">{t("place")}</dt>
                  <dd>{c.place ?? t("notKnown")}</dd>
                </div>
                <div>
                  <dt className="text-slate-500">{t("host")}</dt>
                  <dd>
                    {c.host ? (
                      <Link href={`/organizations/${c.host.id}`} className="text-brand-700 hover:underline">
                        {name(c.host)}
                      </Link>
                    ) : (
                      t("notKnown")
                    )}
                  </dd>
                </div>
                {c.source && (
                  <div>
                    <dt className="text-slate-500">{t("source")}</dt>
                    <dd>
                      {c.source.url ? (
                        <a href={c.source.url} className="text-brand-700 hover:underline" rel="noreferrer noopener" target="_blank">
                          {c.source.title}
                        </a>
                      ) : (
                        c.source.title
                      )}
                      {c.source.publisher && <span className="text-slate-600"> · {c.source.publisher}</span>}
                    </dd>
                  </div>
                )}
                {c.notes && (
                  <div>
                    <dt className="text-slate-500">{t("notes")}</dt>
                    <dd className="whitespace-pre-line">{c.notes}</dd>
                  </div>
                )}
              </dl>
              {c.evidence.length > 0 && (
                <details className="mt-4 text-sm">
                  <summary className="cursor-pointer font-medium text-brand-700">{t("evidence")}</summary>
                  <div className="mt-3">
                    <EvidenceList items={c.evidence} />
                  </div>
                </details>
              )}
            </Section>
            {canWrite && (
              <Section title={t("deletion.title")}>
                <DeleteCeremony id={c.id} agreementCount={c.agreements.length} />
              </Section>
            )}
          </aside>
        </div>
      </div>
    </ClientMessages>
  );
}
