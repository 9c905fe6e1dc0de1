import Link from "next/link";

export interface PipelineCell {
  count: number;
  href?: string;
  /** What a screen reader says for the link ("3 agreements of Ana Li ending in Q1 2027"). */
  label: string;
}

/**
 * The pipeline as a table: one row per owner and a total row; for each quarter the agreements
 * ending and those whose notice deadline falls in it, each a link to the filtered list.
 */
export function NoticePipelineTable({
  caption,
  ownerHeading,
  quarters,
  subHeadings,
  rows,
  total,
}: {
  caption: string;
  ownerHeading: string;
  quarters: string[];
  subHeadings: { ending: string; notice: string };
  rows: { key: string; owner: string; ending: PipelineCell[]; notice: PipelineCell[] }[];
  total: { owner: string; ending: PipelineCell[]; notice: PipelineCell[] };
}) {
  const cell = (c: PipelineCell, key: string) => (
    <td key={key} className="px-2 py-1.5 text-right tabular-nums">
      {c.count > 0 && c.href ? (
        <Link href={c.href} aria-label={c.label} className="font-semibold text-brand-700 underline">
          {c.count}
        </Link>
      ) : (
        <span className={c.count > 0 ? "font-semibold" : "text-slate-400"}>{c.count}</span>
      )}
    </td>
  );
  const cells = (r: { ending: PipelineCell[]; notice: PipelineCell[] }) => quarters.flatMap((q, i) => [cell(r.ending[i], `${q}-e`), cell(r.notice[i], `${q}-n`)]);
  return (
    <div className="overflow-x-auto print:overflow-visible">
      <table className="w-full min-w-[36rem] text-left text-sm print:min-w-0 print:text-xs">
        <caption className="sr-only">{caption}</caption>
        <thead className="text-xs text-slate-500">
          <tr>
            <th scope="col" rowSpan={2} className="px-2 py-1 align-bottom font-semibold uppercase tracking-wide">
              {ownerHeading}
            </th>
            {quarters.map((q) => (
              <th key={q} scope="colgroup" colSpan={2} className="border-l border-slate-200 px-2 py-1 text-center font-semibold text-slate-700">
                {q}
              </th>
            ))}
          </tr>
          <tr>
            {quarters.flatMap((q) => [
              <th key={`${q}-e`} scope="col" className="border-l border-slate-200 px-2 py-1 text-right font-normal">
                {subHeadings.ending}
              </th>,
              <th key={`${q}-n`} scope="col" className="px-2 py-1 text-right font-normal">
                {subHeadings.notice}
              </th>,
            ])}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row" className="px-2 py-1.5 font-medium text-slate-800">
                {r.owner}
              </th>
              {cells(r)}
            </tr>
          ))}
        </tbody>
        <tfoot className="border-t-2 border-slate-200">
          <tr>
            <th scope="row" className="px-2 py-1.5 font-semibold text-slate-900">
              {total.owner}
            </th>
            {cells(total)}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
