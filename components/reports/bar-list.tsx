import Link from "next/link";
import { useTranslations } from "next-intl";

/**
 * A horizontal bar chart drawn in HTML: each bar carries its label and number, so it reads
 * without colour and with a screen reader; the same numbers are also in a table.
 */
export function BarList({ title, rows, emptyText }: { title: string; rows: { label: string; value: number; href?: string }[]; emptyText?: string }) {
  const t = useTranslations("common");
  if (rows.length === 0) return <p className="text-sm text-slate-500">{emptyText ?? t("nothingYet")}</p>;
  const max = Math.max(...rows.map((r) => r.value), 1);
  return (
    <div>
      <ul className="space-y-2" aria-label={title}>
        {rows.map((row) => (
          <li key={row.label} className="grid grid-cols-[minmax(6rem,38%)_1fr_auto] items-center gap-3 text-sm">
            <span className="truncate text-slate-700" title={row.label}>
              {row.href ? (
                <Link href={row.href} className="hover:underline">
                  {row.label}
                </Link>
              ) : (
                row.label
              )}
            </span>
            <span aria-hidden className="h-3 rounded bg-brand-100">
              <span className="block h-3 rounded bg-brand-600" style={{ width: `${(row.value / max) * 100}%` }} />
            </span>
            <span className="w-10 text-right font-medium tabular-nums text-slate-900">{row.value}</span>
          </li>
        ))}
      </ul>
      <details className="mt-3 text-sm">
        <summary className="cursor-pointer text-brand-700">{t("showAsTable")}</summary>
        <table className="mt-2 w-full text-left">
          <caption className="sr-only">{title}</caption>
          <tbody className="divide-y divide-slate-100">
            {rows.map((row) => (
              <tr key={row.label}>
                <th scope="row" className="py-1 font-normal text-slate-700">
                  {row.label}
                </th>
                <td className="py-1 text-right tabular-nums">{row.value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </div>
  );
}
