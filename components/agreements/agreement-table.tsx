import Link from "next/link";
import { useTranslations } from "next-intl";
import type { AgreementListRow } from "@/lib/agreements/queries";
import type { SortColumn } from "@/lib/agreements/list-params";
import { Badge } from "@/components/ui/badge";
import { BilingualName } from "./names";
import { PartialDateText } from "./partial-date-text";
import { StatusBadge } from "./status-badge";

function Partners({ partners }: { partners: AgreementListRow["partners"] }) {
  if (partners.length === 0) return <span className="text-slate-500">—</span>;
  return (
    <ul className="space-y-1">
      {partners.map((p) => (
        <li key={p.id}>
          <BilingualName names={p} />
        </li>
      ))}
    </ul>
  );
}

export interface SortState {
  column: SortColumn;
  direction: "asc" | "desc";
  /** The list's URL sorted by this column (toggling the direction when it is the current one). */
  href(column: SortColumn): string;
}

function SortHeader({ column, children, sort }: { column: SortColumn; children: React.ReactNode; sort: SortState }) {
  const t = useTranslations("agreements.table");
  const current = sort.column === column;
  return (
    <th scope="col" className="whitespace-nowrap px-4 py-3" aria-sort={current ? (sort.direction === "asc" ? "ascending" : "descending") : undefined}>
      <Link href={sort.href(column)} className="inline-flex items-center gap-1 hover:text-slate-900">
        {children}
        <span aria-hidden className={current ? "text-slate-900" : "text-slate-300"}>
          {current && sort.direction === "asc" ? "▲" : "▼"}
        </span>
        <span className="sr-only">{current ? t(sort.direction === "asc" ? "sortedAscending" : "sortedDescending") : t("sort")}</span>
      </Link>
    </th>
  );
}

/** The agreements list: a table on wide screens, a stack of cards on a phone. */
export function AgreementTable({ rows, sort }: { rows: AgreementListRow[]; sort: SortState }) {
  const t = useTranslations("agreements.table");
  const common = useTranslations("common");
  return (
    <>
      <div className="hidden overflow-hidden rounded-xl border border-slate-200 bg-white shadow-sm md:block">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{t("caption")}</caption>
          <thead className="border-b border-slate-200 bg-slate-50 text-xs font-semibold uppercase tracking-wide text-slate-600">
            <tr>
              <SortHeader column="reference" sort={sort}>{t("reference")}</SortHeader>
              <SortHeader column="title" sort={sort}>{t("title")}</SortHeader>
              <th scope="col" className="px-4 py-3">{t("partners")}</th>
              <SortHeader column="type" sort={sort}>{t("type")}</SortHeader>
              <SortHeader column="status" sort={sort}>{t("status")}</SortHeader>
              <SortHeader column="signed" sort={sort}>{t("signed")}</SortHeader>
              <SortHeader column="expires" sort={sort}>{t("ends")}</SortHeader>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100 align-top">
            {rows.map((row) => (
              <tr key={row.reference} className="hover:bg-slate-50">
                <td className="whitespace-nowrap px-4 py-3 font-mono text-xs text-slate-600">{row.reference}</td>
                <td className="px-4 py-3">
                  <Link href={`/agreements/${row.reference}`} className="font-medium text-brand-700 hover:underline">
                    {row.title}
                  </Link>
                </td>
                <td className="px-4 py-3 text-slate-700">
                  <Partners partners={row.partners} />
                </td>
                <td className="px-4 py-3 text-slate-700">{row.type ?? <span className="text-slate-500">{common("notStated")}</span>}</td>
                <td className="px-4 py-3">
                  <div className="flex flex-col items-start gap-1">
                    <StatusBadge status={row.status} />
                    {row.archived && <Badge>{common("archived")}</Badge>}
                  </div>
                </td>
                <td className="whitespace-nowrap px-4 py-3 text-slate-700">
                  <PartialDateText value={row.signedOn} />
                </td>
                <td className="whitespace-nowrap px-4 py-3 text-slate-700">
                  <PartialDateText value={row.expiresOn} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <ul className="space-y-3 md:hidden" aria-label={t("caption")}>
        {rows.map((row) => (
          <li key={row.reference} className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
            <div className="flex items-start justify-between gap-3">
              <span className="font-mono text-xs text-slate-500">{row.reference}</span>
              <StatusBadge status={row.status} />
            </div>
            <Link href={`/agreements/${row.reference}`} className="mt-1 block font-medium text-brand-700 hover:underline">
              {row.title}
            </Link>
            <div className="mt-2 text-sm text-slate-700">
              <Partners partners={row.partners} />
            </div>
            <div className="mt-2 flex flex-wrap gap-x-4 text-xs text-slate-500">
              <span>{row.type ?? t("typeNotStated")}</span>
              <span>
                {t("signedOn")} <PartialDateText value={row.signedOn} empty={t("dateUnknown")} />
              </span>
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
