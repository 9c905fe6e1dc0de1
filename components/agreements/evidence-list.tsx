import { Badge } from "@/components/ui/badge";
import { useTranslations } from "next-intl";
import type { EvidenceBasis } from "@/lib/enumerations";

export interface EvidenceItem {
  field: string;
  quote: string;
  basis: EvidenceBasis;
  note: string | null;
  /** Where a fact from outside the source came from. */
  origin?: string | null;
}

/** Quotes from the source that support each fact; inferred facts say how they were inferred. */
/**
 * `anchorPrefix`: the first item of each fact gets the id `<prefix>-<field>`; `anchored`, shared by
 * several lists on one page, keeps those ids unique across them.
 */
export function EvidenceList({ items, anchorPrefix, anchored = new Set<string>() }: { items: EvidenceItem[]; anchorPrefix?: string; anchored?: Set<string> }) {
  const t = useTranslations("agreement");
  return (
    <ul className="space-y-4">
      {items.map((item, index) => {
        const anchor = anchorPrefix && !anchored.has(item.field) ? `${anchorPrefix}-${item.field}` : undefined;
        if (anchor) anchored.add(item.field);
        return (
          <li key={index} id={anchor} className="scroll-mt-6">
            <div className="flex flex-wrap items-center gap-2">
              <span className="text-sm font-medium text-slate-800">{t.has(`evidenceFields.${item.field}` as "evidenceFields.title") ? t(`evidenceFields.${item.field}` as "evidenceFields.title") : item.field}</span>
              {item.basis === "INFERRED" ? (
                <Badge tone="amber">{t("inferredBadge")}</Badge>
              ) : item.basis === "OUTSIDE_SOURCE" ? (
                <Badge tone="violet">{t("outsideBadge")}</Badge>
              ) : (
                <Badge tone="green">{t("statedBadge")}</Badge>
              )}
            </div>
            {item.basis === "OUTSIDE_SOURCE" ? (
              <p className="mt-1.5 text-sm text-slate-700">{t("outsideOrigin", { origin: item.origin ?? "" })}</p>
            ) : (
              <blockquote className="mt-1.5 border-l-4 border-slate-200 pl-3 text-sm italic text-slate-700">
                “{item.quote}”
              </blockquote>
            )}
            {item.note && <p className="mt-1.5 text-sm text-slate-600">{item.note}</p>}
          </li>
        );
      })}
    </ul>
  );
}
