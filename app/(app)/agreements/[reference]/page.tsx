import type { Metadata } from "next";
import { ClientMessages } from "@/components/i18n/client-messages";
import Link from "next/link";
import { notFound } from "next/navigation";
import {
  AgreementEvidence,
  AgreementFocusAreas,
  AgreementHeader,
  AgreementKeyFacts,
  AgreementParties,
  inferredMarks,
} from "@/components/agreements/agreement-sections";
import { ParticipantList } from "@/components/agreements/participant-list";
import { RenewalChain } from "@/components/agreements/renewal-chain";
import { AgreementRelations } from "@/components/agreements/agreement-relations";
import { agreementRelations, frameworkCoverage } from "@/lib/agreements/relation-queries";
import { SigningEvent } from "@/components/agreements/signing-event";
import { signingEventOf } from "@/lib/agreements/signing-events";
import { StatusTimeline } from "@/components/agreements/status-timeline";
import { Section } from "@/components/ui/section";
import { AgreementActions } from "@/components/agreements/agreement-actions";
import { HistoryList } from "@/components/agreements/history-list";
import { can } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/current-user";
import { allowedTransitions, canRenew } from "@/lib/agreements/lifecycle";
import { getLocale, getTranslations } from "next-intl/server";
import { getAgreementDetail } from "@/lib/agreements/queries";
import { agreementDocuments } from "@/lib/documents/queries";
import { DocumentList } from "@/components/documents/document-list";
import { AttachDocumentForm } from "@/components/documents/document-forms";
import { AgreementSourcesEditor } from "@/components/sources/agreement-sources-editor";
import { agreementEvidenceForEditing, sourceChoices } from "@/lib/sources/queries";
import { AGREEMENT_EVIDENCE_FIELDS, SOURCE_LANGUAGES } from "@/lib/sources/schema";
import { languageName } from "@/lib/i18n/language-names";

type Props = { params: Promise<{ reference: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: decodeURIComponent((await params).reference) };
}

export default async function AgreementPage({ params }: Props) {
  const reference = decodeURIComponent((await params).reference);
  const user = await requireUser(`/agreements/${encodeURIComponent(reference)}`);
  const agreement = await getAgreementDetail(reference, undefined, await getLocale());
  if (!agreement) notFound();

  const [documents, relations, coverage, signingEvent, t, labels, relationWords, ceremonyWords, knowledgeWords] = await Promise.all([
    agreement.hasDocuments ? agreementDocuments(agreement.reference) : [],
    agreementRelations(agreement.reference),
    frameworkCoverage(agreement.reference),
    agreement.signingEventId ? signingEventOf(agreement.reference) : null,
    getTranslations("agreement"),
    getTranslations("labels"),
    getTranslations("relations"),
    getTranslations("signingEvent"),
    getTranslations("knowledge"),
  ]);
  const mark = inferredMarks(agreement);
  // An editor's view reads what editing the evidence needs (its ids and versions, the sources to choose from).
  const editing = can(user, "agreement.write")
    ? await Promise.all([agreementEvidenceForEditing(agreement.reference), sourceChoices(), getLocale()])
    : null;

  return (
    <ClientMessages namespaces={["agreementActions", "documents", "relations", "sources"]}><article>
      <Link href="/agreements" className="text-sm font-medium text-brand-700 hover:underline">
        {t("allAgreements")}
      </Link>
      <AgreementHeader agreement={agreement} mark={mark} />

      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          {agreement.summary && (
            <Section title={t("summary")}>
              <p className="text-sm leading-6 text-slate-700">
                {agreement.summary}
                {mark("summary")}
              </p>
            </Section>
          )}

          <AgreementParties agreement={agreement} mark={mark} />

          <Section title={t("people")} id="people">
            {mark("signatories") && (
              <p className="mb-3 text-sm text-slate-600">{t("signatoriesEvidence")} {mark("signatories")}</p>
            )}
            {agreement.signatoriesKnowledge !== "KNOWN" && (
              <p className="mb-3 text-sm text-slate-700" data-knowledge="signatories">
                {knowledgeWords("signatoriesLine", { state: knowledgeWords(agreement.signatoriesKnowledge === "NONE" ? "none" : "notKnown") })}
              </p>
            )}
            <ParticipantList participants={agreement.participants} fromSource={agreement.sources.length > 0} />
          </Section>

          {signingEvent && (
            <Section title={ceremonyWords("title")} id="ceremony" description={ceremonyWords("description")}>
              <SigningEvent event={signingEvent} />
            </Section>
          )}

          <Section title={t("documents")} id="documents" description={t("documentsDescription")}>
            <DocumentList documents={documents} canWrite={can(user, "agreement.write")} />
            {can(user, "agreement.write") && (
              <details className="mt-4 border-t border-slate-100 pt-4">
                <summary className="cursor-pointer text-sm font-semibold text-brand-700">{t("attachDocument")}</summary>
                <div className="mt-3">
                  <AttachDocumentForm reference={agreement.reference} />
                </div>
              </details>
            )}
          </Section>

          <AgreementFocusAreas agreement={agreement} />

          <Section title={relationWords("title")} id="relations" description={relationWords("description")}>
            <AgreementRelations reference={agreement.reference} relations={relations} coverage={coverage} canWrite={can(user, "agreement.write")} />
          </Section>

          <AgreementEvidence agreement={agreement}>
            {editing && (
              <AgreementSourcesEditor
                reference={agreement.reference}
                evidence={editing[0]}
                choices={editing[1]}
                fields={AGREEMENT_EVIDENCE_FIELDS.map((field) => ({ value: field, label: t(`evidenceFields.${field}`) }))}
                languageNames={Object.fromEntries(SOURCE_LANGUAGES.map((tag) => [tag, languageName(editing[2], tag)]))}
              />
            )}
          </AgreementEvidence>
        </div>

        <aside className="order-first space-y-6 lg:order-none">
          <AgreementKeyFacts agreement={agreement} mark={mark} />

          {can(user, "agreement.write") && (
            <Section title={t("work")} id="actions">
              <AgreementActions
                reference={agreement.reference}
                version={agreement.version}
                transitions={allowedTransitions(agreement.recordedStatus)}
                renewable={canRenew(agreement.recordedStatus) && !agreement.renewedBy}
                archived={agreement.archived}
                noticeable={agreement.recordedStatus === "ACTIVE" && agreement.timeFacts.renews && !agreement.timeFacts.noticeGiven}
                documents={documents.map((d) => ({ id: d.id, label: `${labels(`documentKind.${d.kind}`)} · ${d.versions[0]?.fileName ?? ""}` }))}
              />
            </Section>
          )}

          <Section title={t("renewalChain")} id="renewals">
            <RenewalChain chain={agreement.renewalChain} />
          </Section>

          <Section title={t("timeline")} id="timeline">
            {mark("status") && <p className="mb-3 text-sm text-slate-600">{t("currentStatus")} {mark("status")}</p>}
            <StatusTimeline changes={agreement.statusChanges} />
          </Section>

          <Section title={t("history")} id="history">
            <HistoryList events={agreement.history} />
          </Section>
        </aside>
      </div>
    </article></ClientMessages>
  );
}
