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
    <th scope="col" aria-sort={current ? (sort.direction === "asc" ? "ascending" : "descending") : undefined}>
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

/** The agreements list: a table on wide screens, a stack of cards on a phone (styles: `.agreement-rows` in globals.css). */
export function AgreementTable({ rows, sort }: { rows: AgreementListRow[]; sort: SortState }) {
  const t = useTranslations("agreements.table");
  const common = useTranslations("common");
  return (
    <table className="agreement-rows">
      <caption className="sr-only">{t("caption")}</caption>
      <thead>
        <tr>
          <SortHeader column="reference" sort={sort}>{t("reference")}</SortHeader>
          <SortHeader column="title" sort={sort}>{t("title")}</SortHeader>
          <th scope="col">{t("partners")}</th>
          <SortHeader column="type" sort={sort}>{t("type")}</SortHeader>
          <SortHeader column="status" sort={sort}>{t("status")}</SortHeader>
          <SortHeader column="signed" sort={sort}>{t("signed")}</SortHeader>
          <SortHeader column="expires" sort={sort}>{t("ends")}</SortHeader>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.reference}>
            <td className="reference">{row.reference}</td>
            <td className="title">
              <Link href={`/agreements/${row.reference}`}>{row.title}</Link>
            </td>
            <td className="partners" data-label={t("partners")}>
              <Partners partners={row.partners} />
            </td>
            <td className="type" data-label={t("type")}>{row.type ?? <span className="text-slate-500">{common("notStated")}</span>}</td>
            <td className="status">
              <div className="flex flex-col items-end gap-1 md:items-start">
                <StatusBadge status={row.status} />
                {row.archived && <Badge>{common("archived")}</Badge>}
              </div>
            </td>
            <td className="signed" data-label={t("signedOn")}>
              <PartialDateText value={row.signedOn} />
            </td>
            <td className="ends" data-label={t("ends")}>
              <PartialDateText value={row.expiresOn} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
