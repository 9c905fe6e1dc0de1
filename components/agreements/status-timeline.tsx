import { formatPartialDate } from "@/lib/dates/partial-date";
import { STATUS_LABELS } from "@/lib/agreements/status";
import type { AgreementDetail } from "@/lib/agreements/queries";

export function StatusTimeline({ changes }: { changes: AgreementDetail["statusChanges"] }) {
  if (changes.length === 0) return <p className="text-sm text-slate-500">No status changes recorded.</p>;
  return (
    <ol className="space-y-3">
      {changes.map((change, index) => (
        <li key={index} className="text-sm">
          <div className="font-medium text-slate-800">
            {change.kind === "AMENDMENT" ? (
              "Amendment"
            ) : (
              <>
                {change.fromStatus ? `${STATUS_LABELS[change.fromStatus]} → ` : ""}
                {STATUS_LABELS[change.toStatus]}
              </>
            )}
          </div>
          <div className="text-xs text-slate-500">
            <time dateTime={change.changedAt.toISOString()}>{formatPartialDate(change.changedAt, "DAY")}</time>
            {" · "}
            {change.changedBy?.name ?? "recorded from the source"}
          </div>
          {change.note && <p className="mt-0.5 text-slate-600">{change.note}</p>}
        </li>
      ))}
    </ol>
  );
}
