// One agreement's dossier as a PDF: every field, the parties, signatories and people
// present, focus areas, the status timeline, the renewal chain and the evidence, in the
// reader's language (names in both scripts, the reader's first).
import type { AgreementDetail } from "../agreements/queries";
import { formatPartialDate, type DatePrecision } from "../dates/partial-date";
import { DEFAULT_LOCALE, intlLocaleOf, type Locale } from "../i18n/locales";
import { namesInOrder } from "../i18n/names";
import { translatorFor } from "../i18n/translator";
import { createPdf, numberPages, type Pdf } from "./pdf-document";
import { agreementNameIn } from "../agreements/label-text";
import { formatInstant } from "../dates/institution-time";

function heading(doc: Pdf, text: string) {
  doc.moveDown(0.8).font("bold").fontSize(12).fillColor("#0f172a").text(text);
  doc.moveDown(0.2).font("body").fontSize(9.5).fillColor("#1e293b");
}

function fact(doc: Pdf, label: string, value: string) {
  doc.font("bold").fontSize(9.5).fillColor("#475569").text(`${label}: `, { continued: true });
  doc.font("body").fillColor("#1e293b").text(value);
}

export function dossierPdf(a: AgreementDetail, now: Date = new Date(), locale: Locale = DEFAULT_LOCALE): Pdf {
  const t = translatorFor(locale);
  const intlLocale = intlLocaleOf(locale);
  const notStated = t("common.notStated");
  const date = (value: { date: Date; precision: DatePrecision } | null) => (value ? formatPartialDate(value.date, value.precision, intlLocale) : notStated);
  // An untitled agreement is named by its label (type and partners), in grey and marked as such.
  const name = agreementNameIn(a.naming, locale);
  const doc = createPdf({ title: `${a.reference} ${name.text}` });
  const inferred = new Set(a.evidence.filter((e) => e.basis === "INFERRED").map((e) => e.field));
  const mark = (field: string) => (inferred.has(field) ? t("dossier.inferred") : "");
  const status = (code: AgreementDetail["status"]) => t(`labels.status.${code}`);

  doc.font("body").fontSize(9).fillColor("#64748b").text(t("dossier.printed", { reference: a.reference, date: now.toISOString().slice(0, 10) }));
  if (name.untitled) doc.font("body").fontSize(18).fillColor("#64748b").text(`${name.text} (${t("agreementLabel.untitled")})`);
  else doc.font("bold").fontSize(18).fillColor("#0f172a").text(name.text + mark("title"));
  doc.font("body").fontSize(10).fillColor("#334155").text(`${a.type ?? t("agreement.typeNotStated")} · ${status(a.status)}${a.archived ? t("dossier.archived") : ""}`);
  if (a.summary) doc.moveDown(0.5).fontSize(10).fillColor("#1e293b").text(a.summary);

  heading(doc, t("agreement.keyFacts"));
  fact(doc, t("agreement.signed"), date(a.signedOn) + mark("signedOn"));
  fact(doc, t("agreement.place"), a.signedPlace ?? notStated);
  fact(doc, t("agreement.effectiveFrom"), date(a.effectiveFrom));
  fact(doc, t("agreement.expires"), date(a.expiresOn));
  fact(doc, t("agreement.term"), a.termText ?? (a.termMonths ? t("agreement.months", { count: a.termMonths }) : notStated));
  fact(doc, t("agreement.automaticRenewal"), a.automaticRenewal ? t("agreement.yes") : t("agreement.no"));
  fact(doc, t("agreement.noticePeriod"), a.noticePeriodDays !== null ? t("agreement.days", { count: a.noticePeriodDays }) : notStated);
  fact(doc, t("agreement.owner"), a.owner?.name ?? t("agreement.noneAssigned"));
  fact(doc, t("agreement.leadUnit"), a.leadUnit?.name ?? t("agreement.noneAssigned"));

  heading(doc, t("agreement.parties"));
  for (const p of a.parties) {
    const o = p.organization;
    const [primary, secondary] = namesInOrder(locale, o);
    doc.font("bold").text(`${primary}${o.acronym ? ` (${o.acronym})` : ""}`, { continued: Boolean(secondary) });
    if (secondary) doc.font("body").text(`  ${secondary}`);
    const where = [o.city, o.region, o.country].filter(Boolean).join(", ");
    doc.font("body").fillColor("#475569").text([t(`labels.partyRole.${p.role}`), t(`labels.organizationKind.${o.kind}`), where].filter(Boolean).join(" · "));
    doc.fillColor("#1e293b");
  }

  heading(doc, t("agreement.people"));
  if (a.participants.length === 0) doc.text(t(a.sources.length > 0 ? "agreement.noParticipants" : "agreement.noParticipantsRecorded"));
  for (const p of a.participants) {
    const who = p.person ? [...namesInOrder(locale, p.person), p.person.position].filter(Boolean).join(", ") || t("agreement.nameNotKnown") : (p.note ?? t("dossier.representatives"));
    doc.text(`${t(`labels.participantRole.${p.role}`)}: ${who}${p.onBehalfOf ? ` — ${p.onBehalfOf.name}` : ""}`);
  }

  heading(doc, t("agreement.focusAreas"));
  doc.text(a.focusAreas.length ? a.focusAreas.join("; ") : t("dossier.noneRecorded"));

  heading(doc, t("agreement.renewalChain"));
  for (const link of a.renewalChain) {
    doc.text(`${link.reference}  ${agreementNameIn(link.naming, locale).text} · ${status(link.status)} · ${t("dossier.signedOn", { date: date(link.signedOn) })}${link.current ? `  ${t("agreement.thisAgreement")}` : ""}`);
  }

  heading(doc, t("agreement.timeline"));
  if (a.statusChanges.length === 0) doc.text(t("agreement.noStatusChanges"));
  for (const c of a.statusChanges) {
    const change = c.kind === "AMENDMENT" ? t("agreement.amendment") : c.kind === "RELATION" ? t("agreement.relation") : `${c.fromStatus ? `${status(c.fromStatus)} → ` : ""}${status(c.toStatus)}`;
    const notes = [c.systemNote && t(`agreement.systemNote.${c.systemNote.key}`, c.systemNote.values), c.note].filter(Boolean);
    doc.text(`${formatInstant(c.changedAt, intlLocale)}: ${change}${notes.map((n) => ` — ${n}`).join("")} (${c.changedBy?.name ?? t("agreement.fromSource")})`);
  }

  if (a.sources.length > 0 || a.notes) {
    heading(doc, t("agreement.evidence"));
    if (a.notes) doc.text(a.notes).moveDown(0.3);
    for (const s of a.sources) {
      doc.font("bold").text(t("dossier.source", { title: s.title }));
      doc.font("body").text([s.publisher, s.publishedOn && t("dossier.published", { date: date(s.publishedOn) }), s.url].filter(Boolean).join(", "));
    }
    for (const e of a.evidence) {
      const field = t.has(`agreement.evidenceFields.${e.field}` as "agreement.evidenceFields.title") ? t(`agreement.evidenceFields.${e.field}` as "agreement.evidenceFields.title") : e.field;
      doc.moveDown(0.3).font("bold").text(`${field} — ${e.basis === "INFERRED" ? t("dossier.inferredWord") : t("dossier.stated")}`);
      doc.font("body").fillColor("#334155").text(`“${e.quote}”`);
      if (e.note) doc.fillColor("#475569").text(e.note);
      doc.fillColor("#1e293b");
    }
  }
  numberPages(doc, t("dossier.label", { reference: a.reference }), t);
  return doc;
}
