import { formatPartialDate } from "@/lib/dates/partial-date";
import { useLocale, useTranslations } from "next-intl";
import { intlLocaleOf } from "@/lib/i18n/locales";
import type { AgreementDetail } from "@/lib/agreements/queries";

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
            {change.kind === "AMENDMENT" ? (
              t("amendment")
            ) : (
              <>
                {change.fromStatus ? `${status(change.fromStatus)} → ` : ""}
                {status(change.toStatus)}
              </>
            )}
          </div>
          <div className="text-xs text-slate-500">
            <time dateTime={change.changedAt.toISOString()}>{formatPartialDate(change.changedAt, "DAY", locale)}</time>
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
