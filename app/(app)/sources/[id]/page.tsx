import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { EvidenceList } from "@/components/agreements/evidence-list";
import { PartialDateText } from "@/components/agreements/partial-date-text";
import { EvidenceRow } from "@/components/sources/agreement-sources-editor";
import { AddOwnFactForm, DeleteSourceButton, EditSourceForm } from "@/components/sources/source-forms";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/roles";
import { languageName } from "@/lib/i18n/language-names";
import type { Locale } from "@/lib/i18n/locales";
import { namesInOrder } from "@/lib/i18n/names";
import { sourcePage } from "@/lib/sources/queries";
import { SOURCE_EVIDENCE_FIELDS, SOURCE_LANGUAGES } from "@/lib/sources/schema";
import { AgreementName } from "@/components/agreements/agreement-name";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("sources"))("details") };
}

export default async function SourcePage({ params }: Props) {
  const { id } = await params;
  const user = await requireUser(`/sources/${encodeURIComponent(id)}`);
  const source = await sourcePage(id);
  if (!source) notFound();
  const [t, words, locale] = await Promise.all([getTranslations("sources"), getTranslations("agreement"), getLocale() as Promise<Locale>]);
  const fieldLabel = (field: string) => (words.has(`evidenceFields.${field}` as "evidenceFields.title") ? words(`evidenceFields.${field}` as "evidenceFields.title") : field);
  const ownFields = SOURCE_EVIDENCE_FIELDS.map((field) => ({ value: field, label: fieldLabel(field) }));
  const languageNames = Object.fromEntries(SOURCE_LANGUAGES.map((tag) => [tag, languageName(locale, tag)]));
  const supportsAnything = source.agreements.length + source.organizations.length + source.people.length + source.ceremonies.length > 0;
  const groupHeading = "mb-2 mt-5 text-sm font-semibold text-slate-800 first:mt-0";

  return (
    <ClientMessages namespaces={["sources"]}>
      <PageHeader
        back={{ href: "/sources", label: t("allSources") }}
        title={<span className="break-words">{source.title}</span>}
        description={[t(`kindOption.${source.kind}`), source.publisher].filter(Boolean).join(" · ")}
      />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <Section title={t("supports")} id="supports" description={t("supportsDescription")}>
            {!supportsAnything && <p className="text-sm text-slate-500">{t("supportsNothing")}</p>}
            {source.agreements.length > 0 && <h3 className={groupHeading}>{t("agreements")}</h3>}
            {source.agreements.map((group) => (
              <div key={group.key} className="mb-4">
                <Link href={`/agreements/${encodeURIComponent(group.subject.reference)}`} className="break-words text-sm font-medium text-brand-700 hover:underline">
                  {group.subject.reference} · <AgreementName agreement={group.subject} />
                </Link>
                <div className="mt-2 pl-3">
                  <EvidenceList items={group.evidence} />
                </div>
              </div>
            ))}
            {source.organizations.length > 0 && <h3 className={groupHeading}>{t("organizations")}</h3>}
            {source.organizations.map((group) => (
              <div key={group.key} className="mb-4">
                <Link href={`/organizations/${group.subject.id}`} className="text-sm font-medium text-brand-700 hover:underline">
                  {namesInOrder(locale, group.subject)[0]}
                </Link>
                <div className="mt-2 pl-3">
                  <EvidenceList items={group.evidence} />
                </div>
              </div>
            ))}
            {source.people.length > 0 && <h3 className={groupHeading}>{t("people")}</h3>}
            {source.people.map((group) => (
              <div key={group.key} className="mb-4">
                <Link href={`/people/${group.subject.id}`} className="text-sm font-medium text-brand-700 hover:underline">
                  {namesInOrder(locale, group.subject)[0] || group.subject.position || t("unnamedPerson")}
                </Link>
                <div className="mt-2 pl-3">
                  <EvidenceList items={group.evidence} />
                </div>
              </div>
            ))}
            {source.ceremonies.length > 0 && <h3 className={groupHeading}>{t("ceremonies")}</h3>}
            {source.ceremonies.map((group) => (
              <div key={group.key} className="mb-4">
                <div className="text-sm font-medium text-slate-800">{group.subject.name}</div>
                <div className="mt-2 pl-3">
                  <EvidenceList items={group.evidence} />
                </div>
              </div>
            ))}
          </Section>

          <Section title={t("textKept")} id="text">
            {source.text ? <p className="whitespace-pre-line break-words text-sm leading-6 text-slate-700">{source.text}</p> : <p className="text-sm text-slate-500">{t("noText")}</p>}
          </Section>
        </div>

        <aside className="order-first space-y-6 lg:order-none">
          <Section title={t("details")} id="details">
            <dl className="space-y-2 text-sm">
              {source.url && (
                <div>
                  <dt className="text-slate-500">{t("url")}</dt>
                  <dd className="break-all">
                    <a href={source.url} className="text-brand-700 hover:underline" rel="noreferrer noopener" target="_blank">
                      {source.url}
                    </a>
                  </dd>
                </div>
              )}
              <div>
                <dt className="text-slate-500">{t("publishedOn")}</dt>
                <dd className="text-slate-900">
                  <PartialDateText value={source.publishedOn} />
                  {source.publishedOn && source.publishedOnBasis && <span className="text-slate-600"> ({words(`dateBasis.${source.publishedOnBasis}`)})</span>}
                </dd>
              </div>
              {source.language && (
                <div>
                  <dt className="text-slate-500">{t("language")}</dt>
                  <dd className="text-slate-900">{languageName(locale, source.language)}</dd>
                </div>
              )}
              {source.completeness && (
                <div>
                  <dt className="text-slate-500">{t("completeness")}</dt>
                  <dd className="text-slate-900">{t(`completenessOption.${source.completeness}`)}</dd>
                </div>
              )}
            </dl>
            {can(user, "agreement.write") && (
              <>
                <EditSourceForm
                  id={source.id}
                  version={source.version}
                  languageNames={languageNames}
                  values={{ ...source, publishedOn: source.publishedOn?.iso ?? null }}
                />
                <DeleteSourceButton id={source.id} title={source.title} />
              </>
            )}
          </Section>

          <Section title={t("ownFacts")} id="own-facts" description={t("ownFactsDescription")}>
            {source.ownFacts.length === 0 && <p className="text-sm text-slate-500">{t("ownFactsNone")}</p>}
            {can(user, "agreement.write") ? (
              <>
                <ul className="divide-y divide-slate-100">
                  {source.ownFacts.map((item) => (
                    <EvidenceRow key={`${item.id}-${item.version}`} item={item} fields={ownFields} fieldLabel={fieldLabel(item.field)} />
                  ))}
                </ul>
                <AddOwnFactForm sourceId={source.id} fields={ownFields} count={source.ownFacts.length} />
              </>
            ) : (
              <EvidenceList items={source.ownFacts} />
            )}
          </Section>
        </aside>
      </div>
    </ClientMessages>
  );
}
