import { NO_AGREEMENT_COLOUR } from "@/lib/reports/choropleth";

/** The colours of a map and the counts each stands for. */
export function MapLegend({ title, noneLabel, classes }: { title: string; noneLabel: string; classes: { colour: string; from: number; to: number }[] }) {
  return (
    <div className="mt-3 flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-slate-600">
      <span className="font-medium">{title}</span>
      <span className="inline-flex items-center gap-1">
        <span aria-hidden className="inline-block h-3 w-4 rounded-sm border border-slate-300 print:border-slate-500" style={{ background: NO_AGREEMENT_COLOUR }} />
        {noneLabel}
      </span>
      {classes.map((c) => (
        <span key={c.from} className="inline-flex items-center gap-1 tabular-nums">
          <span aria-hidden className="inline-block h-3 w-4 rounded-sm" style={{ background: c.colour }} />
          {c.from === c.to ? c.from : `${c.from}–${c.to}`}
        </span>
      ))}
    </div>
  );
}
