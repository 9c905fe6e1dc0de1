// One agreement's dossier as a PDF: every field, the parties, signatories and people
// present, focus areas, the status timeline, the renewal chain and the evidence.
import type { AgreementDetail } from "../agreements/queries";
import { ORGANIZATION_KIND_LABELS, PARTICIPANT_ROLE_LABELS, PARTY_ROLE_LABELS, EVIDENCE_FIELD_LABELS } from "../agreements/labels";
import { STATUS_LABELS } from "../agreements/status";
import { formatPartialDate } from "../dates/partial-date";
import { createPdf, numberPages, type Pdf } from "./pdf-document";

const date = (value: { date: Date; precision: "DAY" | "MONTH" | "YEAR" } | null) => (value ? formatPartialDate(value.date, value.precision) : "Not stated");

function heading(doc: Pdf, text: string) {
  doc.moveDown(0.8).font("bold").fontSize(12).fillColor("#0f172a").text(text);
  doc.moveDown(0.2).font("body").fontSize(9.5).fillColor("#1e293b");
}

function fact(doc: Pdf, label: string, value: string) {
  doc.font("bold").fontSize(9.5).fillColor("#475569").text(`${label}: `, { continued: true });
  doc.font("body").fillColor("#1e293b").text(value);
}

export function dossierPdf(a: AgreementDetail, now: Date = new Date()): Pdf {
  const doc = createPdf({ title: `${a.reference} ${a.title}` });
  const inferred = new Set(a.evidence.filter((e) => e.basis === "INFERRED").map((e) => e.field));
  const mark = (field: string) => (inferred.has(field) ? " (inferred)" : "");

  doc.font("body").fontSize(9).fillColor("#64748b").text(`${a.reference} · dossier printed ${now.toISOString().slice(0, 10)} from Pacta`);
  doc.font("bold").fontSize(18).fillColor("#0f172a").text(a.title + mark("title"));
  doc.font("body").fontSize(10).fillColor("#334155").text(`${a.type ?? "Type not stated"} · ${STATUS_LABELS[a.status]}${a.archived ? " · archived" : ""}`);
  if (a.summary) doc.moveDown(0.5).fontSize(10).fillColor("#1e293b").text(a.summary);

  heading(doc, "Key facts");
  fact(doc, "Signed", date(a.signedOn) + mark("signedOn"));
  fact(doc, "Place", a.signedPlace ?? "Not stated");
  fact(doc, "Effective from", date(a.effectiveFrom));
  fact(doc, "Expires", date(a.expiresOn));
  fact(doc, "Term", a.termText ?? (a.termMonths ? `${a.termMonths} months` : "Not stated"));
  fact(doc, "Automatic renewal", a.automaticRenewal ? "Yes" : "No");
  fact(doc, "Notice period", a.noticePeriodDays !== null ? `${a.noticePeriodDays} days` : "Not stated");
  fact(doc, "Owner", a.owner?.name ?? "None assigned");
  fact(doc, "Lead unit", a.leadUnit?.name ?? "None assigned");

  heading(doc, "Parties");
  for (const p of a.parties) {
    const o = p.organization;
    doc.font("bold").text(`${o.name}${o.acronym ? ` (${o.acronym})` : ""}`, { continued: Boolean(o.localName) });
    if (o.localName) doc.font("body").text(`  ${o.localName}`);
    doc.font("body").fillColor("#475569").text([PARTY_ROLE_LABELS[p.role], ORGANIZATION_KIND_LABELS[o.kind], [o.city, o.region, o.country].filter(Boolean).join(", ")].filter(Boolean).join(" · "));
    doc.fillColor("#1e293b");
  }

  heading(doc, "Signatories and participants");
  if (a.participants.length === 0) doc.text("The source does not say who signed or attended for each party.");
  for (const p of a.participants) {
    const who = p.person ? [p.person.name ?? "Name not known", p.person.localName, p.person.position].filter(Boolean).join(", ") : (p.note ?? "Representatives");
    doc.text(`${PARTICIPANT_ROLE_LABELS[p.role]}: ${who}${p.onBehalfOf ? ` — ${p.onBehalfOf.name}` : ""}`);
  }

  heading(doc, "Focus areas");
  doc.text(a.focusAreas.length ? a.focusAreas.join("; ") : "None recorded");

  heading(doc, "Renewal chain");
  for (const link of a.renewalChain) {
    doc.text(`${link.reference}  ${link.title} · ${STATUS_LABELS[link.status]} · signed ${date(link.signedOn)}${link.current ? "  (this agreement)" : ""}`);
  }

  heading(doc, "Status timeline");
  if (a.statusChanges.length === 0) doc.text("No status changes recorded.");
  for (const c of a.statusChanges) {
    const change = c.kind === "AMENDMENT" ? "Amendment" : `${c.fromStatus ? `${STATUS_LABELS[c.fromStatus]} → ` : ""}${STATUS_LABELS[c.toStatus]}`;
    doc.text(`${formatPartialDate(c.changedAt, "DAY")}: ${change}${c.note ? ` — ${c.note}` : ""} (${c.changedBy?.name ?? "recorded from the source"})`);
  }

  if (a.sources.length > 0 || a.notes) {
    heading(doc, "Evidence and sources");
    if (a.notes) doc.text(a.notes).moveDown(0.3);
    for (const s of a.sources) doc.font("bold").text(`Source: ${s.title}`).font("body").text([s.publisher, s.publishedOn && `published ${date(s.publishedOn)}`, s.url].filter(Boolean).join(", "));
    for (const e of a.evidence) {
      doc.moveDown(0.3).font("bold").text(`${EVIDENCE_FIELD_LABELS[e.field] ?? e.field} — ${e.basis === "INFERRED" ? "inferred" : "stated"}`);
      doc.font("body").fillColor("#334155").text(`“${e.quote}”`);
      if (e.note) doc.fillColor("#475569").text(e.note);
      doc.fillColor("#1e293b");
    }
  }
  numberPages(doc, `${a.reference} dossier`);
  return doc;
}
