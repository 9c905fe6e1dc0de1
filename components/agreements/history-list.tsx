import { formatPartialDate } from "@/lib/dates/partial-date";
import type { AgreementDetail } from "@/lib/agreements/queries";
import { STATUS_LABELS } from "@/lib/agreements/status";
import { DOCUMENT_KIND_LABELS, DOCUMENT_LANGUAGE_LABELS } from "@/lib/documents/labels";

const ACTION_LABELS: Record<string, string> = {
  "agreement.created": "Logged",
  "agreement.seeded": "Loaded from the source",
  "agreement.updated": "Edited",
  "agreement.status-changed": "Status changed",
  "agreement.renewal-started": "Renewal started",
  "agreement.amended": "Amendment recorded",
  "agreement.archived": "Archived",
  "agreement.restored": "Restored",
  "document.attached": "Document attached",
  "document.version-added": "New version of a document",
  "document.deleted": "Document deleted",
};

/** What a document event shows: the document, not its hash or storage details. */
const DOCUMENT_FIELDS: Record<string, string> = { kind: "Kind", fileName: "File", version: "Version", language: "Language", note: "Note" };

const FIELD_LABELS: Record<string, string> = {
  title: "Title",
  type: "Type",
  summary: "Summary",
  status: "Status",
  signedOn: "Signed",
  signedPlace: "Place",
  effectiveFrom: "Effective from",
  expiresOn: "Expires",
  termMonths: "Term (months)",
  automaticRenewal: "Automatic renewal",
  noticePeriodDays: "Notice period (days)",
  owner: "Owner",
  leadUnit: "Lead unit",
  notes: "Source and notes",
  archived: "Archived",
  parties: "Parties",
  signatories: "Signatories",
  focusAreas: "Focus areas",
  renewedBy: "Renewed by",
  note: "Note",
  amendment: "Amendment",
};

const showValue = (field: string, value: unknown) =>
  field === "status" && typeof value === "string" && value in STATUS_LABELS ? STATUS_LABELS[value as keyof typeof STATUS_LABELS] : show(value);

const show = (value: unknown) =>
  value === null || value === undefined || value === "" ? "—" : Array.isArray(value) ? value.join("; ") || "—" : String(value);

const documentValue = (field: string, value: unknown) =>
  (field === "kind" && DOCUMENT_KIND_LABELS[value as keyof typeof DOCUMENT_KIND_LABELS]) ||
  (field === "language" && DOCUMENT_LANGUAGE_LABELS[value as keyof typeof DOCUMENT_LANGUAGE_LABELS]) ||
  show(value);

/** Who changed what, newest first, with the before and after of each changed field. */
export function HistoryList({ events }: { events: AgreementDetail["history"] }) {
  if (events.length === 0) return <p className="text-sm text-slate-500">No changes recorded.</p>;
  return (
    <ol className="space-y-4">
      {events.map((event) => {
        const fields = Object.entries(event.changes);
        return (
          <li key={event.id} className="text-sm">
            <div className="font-medium text-slate-800">{ACTION_LABELS[event.action] ?? event.action}</div>
            <div className="text-xs text-slate-500">
              <time dateTime={event.at.toISOString()}>
                {formatPartialDate(event.at, "DAY")} {event.at.toISOString().slice(11, 16)} UTC
              </time>
              {" · "}
              {event.actor?.name ?? "Pacta"}
            </div>
            {event.action.startsWith("document.") ? (
              <dl className="mt-1 space-y-0.5 text-xs text-slate-600">
                {fields
                  .filter(([field, change]) => field in DOCUMENT_FIELDS && change.after !== null)
                  .map(([field, change]) => (
                    <div key={field}>
                      <dt className="inline font-medium">{DOCUMENT_FIELDS[field]}: </dt>
                      <dd className="inline">{documentValue(field, change.after)}</dd>
                    </div>
                  ))}
              </dl>
            ) : event.action !== "agreement.created" && event.action !== "agreement.seeded" && fields.length > 0 && (
              <dl className="mt-1 space-y-0.5 text-xs text-slate-600">
                {fields.map(([field, change]) => (
                  <div key={field}>
                    <dt className="inline font-medium">{FIELD_LABELS[field] ?? field}: </dt>
                    <dd className="inline">
                      <del className="text-slate-500">{showValue(field, change.before)}</del> → <ins className="no-underline">{showValue(field, change.after)}</ins>
                    </dd>
                  </div>
                ))}
              </dl>
            )}
          </li>
        );
      })}
    </ol>
  );
}
