// The parts of an agreement's page: its header, parties, focus areas, evidence and key facts.
// Server components: the page reads the agreement once and hands each part what it shows.
import type { ReactNode } from "react";
import { useLocale, useTranslations } from "next-intl";
import { EvidenceList } from "@/components/agreements/evidence-list";
import { InferredMark } from "@/components/agreements/inferred-mark";
import { OrganizationName } from "@/components/agreements/organization-name";
import { DayText, PartialDateText } from "@/components/agreements/partial-date-text";
import { StatusBadge } from "@/components/agreements/status-badge";
import { Badge } from "@/components/ui/badge";
import { Section } from "@/components/ui/section";
import type { AgreementDetail } from "@/lib/agreements/queries";
import { namesInOrder } from "@/lib/i18n/names";
import { languageName } from "@/lib/i18n/language-names";
import { countryName } from "@/lib/i18n/countries";
import { AgreementName } from "@/components/agreements/agreement-name";

/** The facts a source only implies are marked where they are shown (with a link to their evidence). */
export function inferredMarks(agreement: AgreementDetail): (field: string) => ReactNode {
  const inferred = new Set(agreement.evidence.filter((e) => e.basis === "INFERRED").map((e) => e.field));
  return function mark(field: string) {
    return inferred.has(field) ? <InferredMark field={field} /> : null;
  };
}

type Part = { agreement: AgreementDetail; mark: (field: string) => ReactNode };

export function AgreementHeader({ agreement, mark }: Part) {
  const t = useTranslations("agreement");
  const knowledge = useTranslations("knowledge");
  const common = useTranslations("common");
  return (
  <header className="mt-3 mb-6">
    <div className="flex flex-wrap items-center gap-2">
      <span className="font-mono text-sm text-slate-500">{agreement.reference}</span>
      <StatusBadge status={agreement.status} />
      {agreement.archived && <Badge>{common("archived")}</Badge>}
    </div>
    <h1 className="mt-1 text-2xl font-semibold tracking-tight text-slate-900">
      <AgreementName agreement={agreement.naming} />
      {mark("title")}
    </h1>
    {agreement.titleKnowledge !== "KNOWN" && (
      <p className="mt-1 text-sm text-slate-500" data-knowledge="title">
        {knowledge("titleLine", { state: knowledge(agreement.titleKnowledge === "NONE" ? "titleNone" : "notKnown") })}
      </p>
    )}
    {agreement.otherNames.length > 0 && (
      <div className="mt-1 text-sm text-slate-600">
        <span className="text-slate-500">{t("otherNames")}: </span>
        <ul className="inline">
          {agreement.otherNames.map((n, i) => (
            <li key={i} className="inline">
              {i > 0 && "; "}
              <span className="font-medium text-slate-800">{n.name}</span>
              {n.note && <span className="text-slate-500"> ({n.note})</span>}
            </li>
          ))}
        </ul>
      </div>
    )}
    <p className="mt-1 flex flex-wrap items-center gap-x-4 gap-y-1 text-sm text-slate-600">
      <span>{agreement.type ?? t("typeNotStated")}</span>
      <a href={`/agreements/${agreement.reference}/dossier`} className="font-medium text-brand-700 underline" download>
        {t("downloadDossier")}
      </a>
    </p>
  </header>
  );
}

export function AgreementParties({ agreement, mark }: Part) {
  const locale = useLocale();
  const t = useTranslations("agreement");
  const labels = useTranslations("labels");
  return (
  <Section title={t("parties")} id="parties">
    <ul className="divide-y divide-slate-100">
      {agreement.parties.map((party) => (
        <li key={party.organization.id} className="py-3 first:pt-0 last:pb-0">
          <div className="flex flex-wrap items-start justify-between gap-2">
            <div className="font-medium text-slate-900">
              <OrganizationName organization={party.organization} />
            </div>
            <Badge tone={party.role === "OUR_INSTITUTION" ? "blue" : "slate"}>{labels(`partyRole.${party.role}`)}</Badge>
          </div>
          <div className="mt-1 text-xs text-slate-500">
            {[
              labels(`organizationKind.${party.organization.kind}`),
              [party.organization.city, party.organization.region, countryName(party.organization.country, locale)].filter(Boolean).join(", "),
            ]
              .filter(Boolean)
              .join(" · ")}
          </div>
          {party.organization.otherNames.length > 0 && (
            <div className="mt-1 text-xs text-slate-500">{t("alsoKnownAs", { names: party.organization.otherNames.join("; ") })}</div>
          )}
          {party.organization.cooperationFields.length > 0 && (
            <div className="mt-1 text-xs text-slate-600">
              {t("cooperationFields", { fields: party.organization.cooperationFields.join(", ") })}
            </div>
          )}
        </li>
      ))}
    </ul>
    {mark("parties") && <p className="mt-3 text-sm text-slate-600">{t("partiesEvidence")} {mark("parties")}</p>}
  </Section>
  );
}

export function AgreementFocusAreas({ agreement }: Pick<Part, "agreement">) {
  const t = useTranslations("agreement");
  const knowledge = useTranslations("knowledge");
  return (
  <Section title={t("focusAreas")}>
    {agreement.focusAreasKnowledge !== "KNOWN" ? (
      <p className="text-sm text-slate-600" data-knowledge="focusAreas">
        {knowledge("focusAreasLine", { state: knowledge(agreement.focusAreasKnowledge === "NONE" ? "none" : "notKnown") })}
      </p>
    ) : agreement.focusAreas.length > 0 ? (
      <ul className="flex flex-wrap gap-2">
        {agreement.focusAreas.map((name) => (
          <li key={name}>
            <Badge tone="blue">{name}</Badge>
          </li>
        ))}
      </ul>
    ) : (
      <p className="text-sm text-slate-500">{t("noFocusAreas")}</p>
    )}
  </Section>
  );
}

/** `children`: an editor's controls for the sources and evidence (components/sources), shown at the end. */
export function AgreementEvidence({ agreement, children }: Pick<Part, "agreement"> & { children?: ReactNode }) {
  const t = useTranslations("agreement");
  const locale = useLocale();
  const organizationEvidence = agreement.parties.filter((p) => p.organization.evidence.length > 0);
  // A fact's first piece of evidence is the target of the "inferred" marks' links, whichever source gives it.
  const anchored = new Set<string>();
  return (
  <Section
    title={t("evidence")}
    id="evidence"
    description={t("evidenceDescription")}
  >
    {agreement.sources.map((source) => (
      <div key={source.id} role="group" aria-label={source.title} className="mb-4">
        <div className="mb-3 rounded-lg bg-slate-50 p-3 text-sm">
          <div className="text-xs font-semibold uppercase tracking-wide text-slate-500">{t("source")}</div>
          <div className="font-medium text-slate-900">
            {source.url ? (
              <a href={source.url} className="text-brand-700 hover:underline" rel="noreferrer noopener" target="_blank">
                {source.title}
              </a>
            ) : (
              source.title
            )}
          </div>
          <div className="text-slate-600">
            {[source.publisher, source.publishedOn && t("published")].filter(Boolean).join(", ")}{" "}
            {source.publishedOn && <PartialDateText value={source.publishedOn} />}
            {source.publishedOn && source.publishedOnBasis && <> ({t(`dateBasis.${source.publishedOnBasis}`)})</>}
          </div>
          {(source.language || source.completeness) && (
            <div className="text-xs text-slate-500">
              {[
                source.language && t("sourceLanguage", { language: languageName(locale, source.language) }),
                source.completeness && t(`completeness.${source.completeness}`),
              ]
                .filter(Boolean)
                .join(" · ")}
            </div>
          )}
        </div>
        {/* Each source's facts under it, so that a quote is read with the source it comes from. */}
        <EvidenceList items={agreement.evidence.filter((e) => e.sourceId === source.id)} anchorPrefix="evidence" anchored={anchored} />
      </div>
    ))}
    {agreement.notes && (
      <div className="mb-4 text-sm">
        <div className="text-xs font-semibold uppercase tracking-wide text-slate-500">{t("sourceAndNotes")}</div>
        <p className="mt-1 whitespace-pre-line text-slate-700">{agreement.notes}</p>
      </div>
    )}
    {agreement.evidence.length === 0 && !agreement.notes && <p className="text-sm text-slate-500">{t("noEvidence")}</p>}
    {organizationEvidence.map((party) => (
      <div key={party.organization.id} className="mt-6 border-t border-slate-100 pt-4">
        <h3 className="mb-3 text-sm font-semibold text-slate-800">{t("about", { name: namesInOrder(locale, party.organization)[0] })}</h3>
        <EvidenceList items={party.organization.evidence} />
      </div>
    ))}
    {children}
  </Section>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="py-2 sm:grid sm:grid-cols-5 sm:gap-3">
      <dt className="text-sm text-slate-500 sm:col-span-2">{label}</dt>
      <dd className="text-sm text-slate-900 sm:col-span-3">{children}</dd>
    </div>
  );
}

export function AgreementKeyFacts({ agreement, mark }: Part) {
  const t = useTranslations("agreement");
  const knowledge = useTranslations("knowledge");
  const common = useTranslations("common");
  const notStated = <span className="text-slate-500">{common("notStated")}</span>;
  const facts = agreement.timeFacts;
  return (
  <Section title={t("keyFacts")}>
    <dl className="divide-y divide-slate-100">
      <Fact label={t("signed")}>
        {agreement.signedOn && agreement.signedOnApproximate && <>{t("approximately")} </>}
        <PartialDateText value={agreement.signedOn} empty={common("notStated")} />
        {mark("signedOn")}
      </Fact>
      <Fact label={t("place")}>{agreement.signedPlace ?? notStated}</Fact>
      <Fact label={t("effectiveFrom")}>
        <PartialDateText value={agreement.effectiveFrom} empty={common("notStated")} />
      </Fact>
      <Fact label={t("expires")}>
        <PartialDateText value={agreement.expiresOn} empty={common("notStated")} />
      </Fact>
      {/* What people act on: the last day it runs and the notice deadline, marked when derived. */}
      <Fact label={t("endsOn")}>
        {facts.lastDay ? <DayText iso={facts.lastDay} /> : notStated}
        {facts.endSource && facts.endSource !== "stated" && <span className="ml-1 text-xs text-slate-500">{t(`derivedFrom.${facts.endSource}`)}</span>}
      </Fact>
      <Fact label={t("noticeDeadline")}>
        {facts.noticeBy ? <DayText iso={facts.noticeBy} /> : notStated}
        {facts.noticeBy && facts.endSource && facts.endSource !== "stated" && <span className="ml-1 text-xs text-slate-500">{t(`derivedFrom.${facts.endSource}`)}</span>}
      </Fact>
      {facts.renews && facts.renewsOn && (
        <p className="py-2 text-sm text-slate-700">
          {facts.noticeBy
            ? t.rich("renewsWithNotice", { renewsOn: () => <DayText iso={facts.renewsOn!} />, noticeBy: () => <DayText iso={facts.noticeBy!} /> })
            : t.rich("renews", { renewsOn: () => <DayText iso={facts.renewsOn!} /> })}
        </p>
      )}
      {facts.periodFrom && facts.periodTo && facts.endSource === "renewal" && (
        <Fact label={t("runningPeriod")}>
          <DayText iso={facts.periodFrom} /> – <DayText iso={facts.periodTo} />
        </Fact>
      )}
      {facts.noticeGiven && (
        <Fact label={t("noticeGiven")}>
          <DayText iso={facts.noticeGiven.on} />
          {facts.noticeGiven.by && <span className="ml-1 text-xs text-slate-500">{t("noticeGivenBy", { name: facts.noticeGiven.by })}</span>}
        </Fact>
      )}
      <Fact label={t("term")}>
        {agreement.termKnowledge !== "KNOWN" ? (
          <span className="text-slate-600" data-knowledge="term">{knowledge(agreement.termKnowledge === "NONE" ? "openEnded" : "notKnown")}</span>
        ) : (
          agreement.termText ?? (agreement.termMonths ? t("months", { count: agreement.termMonths }) : notStated)
        )}
      </Fact>
      <Fact label={t("automaticRenewal")}>{agreement.automaticRenewal ? t("yes") : t("no")}</Fact>
      <Fact label={t("noticePeriod")}>{agreement.noticePeriodDays ? t("days", { count: agreement.noticePeriodDays }) : notStated}</Fact>
      <Fact label={t("owner")}>{agreement.owner?.name ?? <span className="text-slate-500">{t("noneAssigned")}</span>}</Fact>
      <Fact label={t("leadUnit")}>{agreement.leadUnit?.name ?? <span className="text-slate-500">{t("noneAssigned")}</span>}</Fact>
    </dl>
  </Section>
  );
}
