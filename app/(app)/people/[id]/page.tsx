import type { Metadata } from "next";
import { ClientMessages } from "@/components/i18n/client-messages";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { StatusBadge } from "@/components/agreements/status-badge";
import { RemoveOrMerge } from "@/components/directory/remove-or-merge";
import { PersonDeletionConsequence } from "@/components/directory/deletion-consequence";
import { personDeletion } from "@/lib/people/deletion";
import { personDeletionRefusal } from "@/lib/people/usage";
import { PageHeader, primaryLink } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { namesInOrder, positionIn } from "@/lib/i18n/names";
import { can } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/current-user";
import { deletePerson, mergePeople } from "@/lib/people/actions";
import { getPerson, personOptions } from "@/lib/people/queries";
import { ceremoniesAttendedBy } from "@/lib/agreements/signing-events";
import { PartialDateText } from "@/components/agreements/partial-date-text";
import { AgreementName } from "@/components/agreements/agreement-name";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("people"))("person") };
}

export default async function PersonPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser(`/people/${id}`);
  const p = await getPerson(id);
  if (!p) notFound();
  const canWrite = can(user, "directory.write");
  const locale = await getLocale();
  const [mergeOptions, ceremonies, t, labels, ceremonyWords, deletion] = await Promise.all([
    canWrite ? personOptions(locale) : [],
    ceremoniesAttendedBy(p.id),
    getTranslations("people"),
    getTranslations("labels"),
    getTranslations("signingEvent"),
    canWrite ? personDeletion(id) : null,
  ]);
  const [primaryName, secondaryName] = namesInOrder(locale, p);
  return (
    <div>
      <PageHeader
        back={{ href: "/people", label: t("allPeople") }}
        title={
          <>
            {primaryName || t("nameNotKnown")}
            {secondaryName && <span className="ml-2 text-slate-500">{secondaryName}</span>}
          </>
        }
        description={[positionIn(p, locale), p.organization?.name].filter(Boolean).join(" · ")}
      >
        {canWrite && (
          <Link href={`/people/${p.id}/edit`} className={primaryLink}>
            {t("edit")}
          </Link>
        )}
      </PageHeader>
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="lg:col-span-2">
          <Section title={t("agreementsSection")}>
            {p.participations.length === 0 ? (
              <p className="text-sm text-slate-500">{t("noAgreements")}</p>
            ) : (
              <ul className="divide-y divide-slate-100">
                {p.participations.map((a, index) => (
                  <li key={index} className="flex flex-wrap items-start justify-between gap-2 py-2 text-sm">
                    <div>
                      <span className="font-mono text-xs text-slate-500">{a.reference}</span>{" "}
                      <Link href={`/agreements/${a.reference}`} className="font-medium text-brand-700 hover:underline">
                        <AgreementName agreement={a.naming} />
                      </Link>
                      <div className="text-xs text-slate-500">
                        {labels(`participantRole.${a.role}`)}
                        {a.onBehalfOf && t("forOrganization", { name: namesInOrder(locale, a.onBehalfOf)[0] })}
                      </div>
                    </div>
                    <StatusBadge status={a.status} />
                  </li>
                ))}
              </ul>
            )}
          </Section>
          <div className="mt-6">
            <Section title={ceremonyWords("attended")} id="ceremonies">
              {ceremonies.length === 0 ? (
                <p className="text-sm text-slate-500">{ceremonyWords("noneAttended")}</p>
              ) : (
                <ul className="divide-y divide-slate-100">
                  {ceremonies.map((c, index) => (
                    <li key={index} className="py-2 text-sm">
                      <Link href={`/ceremonies/${c.eventId}`} className="font-medium text-brand-700 hover:underline">
                        {c.name}
                      </Link>
                      <div className="text-xs text-slate-500">
                        <PartialDateText value={c.heldOn} />
                        {c.place && ` · ${c.place}`} · {ceremonyWords(`role.${c.role}`)}
                        {c.position && ` · ${ceremonyWords("positionThen", { position: c.position })}`}
                      </div>
                    </li>
                  ))}
                </ul>
              )}
            </Section>
          </div>
        </div>
        <aside className="space-y-6">
          <Section title={t("contact")}>
            <dl className="space-y-2 text-sm">
              <div>
                <dt className="text-slate-500">{t("organization")}</dt>
                <dd>
                  {p.organization ? (
                    <Link href={`/organizations/${p.organization.id}`} className="text-brand-700 hover:underline">
                      {p.organization.name}
                    </Link>
                  ) : (
                    t("noneRecorded")
                  )}
                </dd>
              </div>
              <div>
                <dt className="text-slate-500">{t("email")}</dt>
                <dd>{p.email ?? t("noneRecorded")}</dd>
              </div>
              <div>
                <dt className="text-slate-500">{t("phone")}</dt>
                <dd>{p.phone ?? t("noneRecorded")}</dd>
              </div>
              {p.notes && (
                <div>
                  <dt className="text-slate-500">{t("notes")}</dt>
                  <dd className="whitespace-pre-line">{p.notes}</dd>
                </div>
              )}
            </dl>
          </Section>
          {canWrite && (
            <Section title={t("removeOrMerge")}>
              <ClientMessages namespaces={["directory"]}><RemoveOrMerge id={p.id} what="person" deleteAction={deletePerson} mergeAction={mergePeople} mergeOptions={mergeOptions} deletion={{ consequence: deletion && <PersonDeletionConsequence usage={deletion} />, allowed: deletion !== null && personDeletionRefusal(deletion) === null, confirmLabel: t("deletion.confirm") }} /></ClientMessages>
            </Section>
          )}
        </aside>
      </div>
    </div>
  );
}
