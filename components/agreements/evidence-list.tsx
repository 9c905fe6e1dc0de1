import { Badge } from "@/components/ui/badge";
import { EVIDENCE_FIELD_LABELS } from "@/lib/agreements/labels";

export interface EvidenceItem {
  field: string;
  quote: string;
  basis: "STATED" | "INFERRED";
  note: string | null;
}

/** Quotes from the source that support each fact; inferred facts say how they were inferred. */
export function EvidenceList({ items, anchorPrefix }: { items: EvidenceItem[]; anchorPrefix?: string }) {
  const anchored = new Set<string>();
  return (
    <ul className="space-y-4">
      {items.map((item, index) => {
        const anchor = anchorPrefix && !anchored.has(item.field) ? `${anchorPrefix}-${item.field}` : undefined;
        if (anchor) anchored.add(item.field);
        return (
          <li key={index} id={anchor} className="scroll-mt-6">
            <div className="flex flex-wrap items-center gap-2">
              <span className="text-sm font-medium text-slate-800">{EVIDENCE_FIELD_LABELS[item.field] ?? item.field}</span>
              {item.basis === "INFERRED" ? (
                <Badge tone="amber">Inferred</Badge>
              ) : (
                <Badge tone="green">Stated</Badge>
              )}
            </div>
            <blockquote className="mt-1.5 border-l-4 border-slate-200 pl-3 text-sm italic text-slate-700">
              “{item.quote}”
            </blockquote>
            {item.note && <p className="mt-1.5 text-sm text-slate-600">{item.note}</p>}
          </li>
        );
      })}
    </ul>
  );
}
