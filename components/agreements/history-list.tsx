import type { AgreementDetail } from "@/lib/agreements/queries";
import { useLocale, useTranslations } from "next-intl";
import { intlLocaleOf } from "@/lib/i18n/locales";
import { formatInstant } from "@/lib/dates/institution-time";

const DOCUMENT_FIELDS = ["kind", "fileName", "version", "language", "note"];
// How an agreement entered the register: the page itself shows what it holds, so these list no fields.
const ENTRY_ACTIONS = new Set(["agreement.created", "agreement.seeded", "agreement.imported"]);

const show = (value: unknown) =>
  value === null || value === undefined || value === "" ? "—" : Array.isArray(value) ? value.join("; ") || "—" : String(value);

/** Who changed what, newest first, with the before and after of each changed field. */
export function HistoryList({ events }: { events: AgreementDetail["history"] }) {
  const t = useTranslations("history");
  const labels = useTranslations("labels");
  const knowledge = useTranslations("knowledge");
  const locale = intlLocaleOf(useLocale());
  const label = (group: "actions" | "fields" | "documentFields", key: string) =>
    t.has(`${group}.${key}` as "fields.title") ? t(`${group}.${key}` as "fields.title") : key;
  const labelled = (group: "status" | "documentKind" | "documentLanguage", value: unknown) =>
    typeof value === "string" && labels.has(`${group}.${value}` as "status.DRAFT") ? labels(`${group}.${value}` as "status.DRAFT") : null;
  // A knowledge column is absent from a snapshot while KNOWN (lib/agreements/snapshot.ts): absent reads "Known".
  const knowledgeValue = (value: unknown) => knowledge(typeof value === "string" && knowledge.has(value as "KNOWN") ? (value as "KNOWN") : "KNOWN");
  const showValue = (field: string, value: unknown) =>
    (field.endsWith("Knowledge") && knowledgeValue(value)) ||
    (field === "status" && labelled("status", value)) ||
    (typeof value === "boolean" ? t(value ? "yes" : "no") : show(value));
  const documentValue = (field: string, value: unknown) =>
    (field === "kind" && labelled("documentKind", value)) || (field === "language" && labelled("documentLanguage", value)) || show(value);
  if (events.length === 0) return <p className="text-sm text-slate-500">{t("none")}</p>;
  return (
    <ol className="space-y-4">
      {events.map((event) => {
        const fields = Object.entries(event.changes);
        return (
          <li key={event.id} className="text-sm">
            <div className="font-medium text-slate-800">{label("actions", event.action)}</div>
            <div className="text-xs text-slate-500">
              <time dateTime={event.at.toISOString()}>
                {t("at", { date: formatInstant(event.at, locale), time: formatInstant(event.at, locale, "time") })}
              </time>
              {" · "}
              {event.actor?.name ?? "Pacta"}
            </div>
            {event.action.startsWith("document.") ? (
              <dl className="mt-1 space-y-0.5 text-xs text-slate-600">
                {fields
                  .filter(([field, change]) => DOCUMENT_FIELDS.includes(field) && change.after !== null)
                  .map(([field, change]) => (
                    <div key={field}>
                      <dt className="inline font-medium">{label("documentFields", field)}: </dt>
                      <dd className="inline">{documentValue(field, change.after)}</dd>
                    </div>
                  ))}
              </dl>
            ) : !ENTRY_ACTIONS.has(event.action) && fields.length > 0 && (
              <dl className="mt-1 space-y-0.5 text-xs text-slate-600">
                {fields.map(([field, change]) => (
                  <div key={field}>
                    <dt className="inline font-medium">{label("fields", field)}: </dt>
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
