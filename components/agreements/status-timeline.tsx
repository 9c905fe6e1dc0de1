import { formatPartialDate } from "@/lib/dates/partial-date";
import { useLocale, useTranslations } from "next-intl";
import { intlLocaleOf } from "@/lib/i18n/locales";
import type { AgreementDetail } from "@/lib/agreements/queries";
import { formatInstant } from "@/lib/dates/institution-time";

export function StatusTimeline({ changes }: { changes: AgreementDetail["statusChanges"] }) {
  const t = useTranslations("agreement");
  const status = useTranslations("labels.status");
  const locale = intlLocaleOf(useLocale());
  if (changes.length === 0) return <p className="text-sm text-slate-500">{t("noStatusChanges")}</p>;
  return (
    <ol className="space-y-3">
      {changes.map((change, index) => (
        <li key={index} className="text-sm">
          <div className="font-medium text-slate-800">
            {change.kind === "AMENDMENT" || change.kind === "RELATION" ? (
              t(change.kind === "AMENDMENT" ? "amendment" : "relation")
            ) : (
              <>
                {change.fromStatus ? `${status(change.fromStatus)} → ` : ""}
                {status(change.toStatus)}
              </>
            )}
          </div>
          {/* When it took effect, and apart, when it was recorded (changes recorded before this was asked took effect then). */}
          {change.effectiveOn && (
            <div className="text-xs text-slate-700">
              {t.rich("tookEffect", { date: () => <time dateTime={change.effectiveOn!.iso}>{formatPartialDate(change.effectiveOn!.date, change.effectiveOn!.precision, locale)}</time> })}
            </div>
          )}
          <div className="text-xs text-slate-500">
            {t.rich("recordedOn", { date: () => <time dateTime={change.changedAt.toISOString()}>{formatInstant(change.changedAt, locale)}</time> })}
            {" · "}
            {change.changedBy?.name ?? t("fromSource")}
          </div>
          {change.systemNote && <p className="mt-0.5 text-slate-600">{t(`systemNote.${change.systemNote.key}`, change.systemNote.values)}</p>}
          {change.note && <p className="mt-0.5 text-slate-600">{change.note}</p>}
        </li>
      ))}
    </ol>
  );
}
