import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { countryName } from "@/lib/i18n/countries";
import type { Locale } from "@/lib/i18n/locales";
import type { AgreementListRow } from "@/lib/agreements/queries";
import type { AgreementColumn, SortColumn } from "@/lib/agreements/list-params";
import { BULK_FORM_ID } from "@/lib/agreements/bulk-schema";
import { Badge } from "@/components/ui/badge";
import { BilingualName } from "./names";
import { PartialDateText } from "./partial-date-text";
import { StatusBadge } from "./status-badge";
import { AgreementName } from "@/components/agreements/agreement-name";

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

/** The list's columns that sort, and by what. */
const SORTS: Partial<Record<AgreementColumn, SortColumn>> = {
  reference: "reference",
  title: "title",
  type: "type",
  status: "status",
  signedOn: "signed",
  expiresOn: "expires",
  endsOn: "expires",
};

/** The columns with a place of their own in the phone's card (styles: `.agreement-rows` in globals.css). */
const CARD_CLASS: Partial<Record<AgreementColumn, string>> = {
  reference: "reference",
  title: "title",
  partners: "partners",
  type: "type",
  status: "status",
  signedOn: "signed",
};

function SortHeader({ column, children, sort, before }: { column: SortColumn; children: React.ReactNode; sort: SortState; before?: React.ReactNode }) {
  const t = useTranslations("agreements.table");
  const current = sort.column === column;
  return (
    <th scope="col" aria-sort={current ? (sort.direction === "asc" ? "ascending" : "descending") : undefined}>
      {before}
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

const none = <span className="text-slate-500">—</span>;

/** The relation kind each relation column shows (the agreement's outgoing relations, as the export writes them). */
const RELATION_KIND = { implements: "IMPLEMENTS", amends: "AMENDS", supersedes: "SUPERSEDES", followsFrom: "FOLLOWS_FROM", relatedTo: "RELATED" } as const;
const joined = (values: (string | null | undefined)[]) => {
  const kept = [...new Set(values.filter((v): v is string => !!v))];
  return kept.length > 0 ? kept.join("; ") : none;
};

/**
 * The agreements list: a table on wide screens, a stack of cards on a phone. `columns` are the
 * chosen ones (the default set when none are chosen); with `selectable`, each row has a box
 * that the list's bulk form reads.
 */
export function AgreementTable({
  rows,
  sort,
  columns,
  chosen,
  selectable = false,
}: {
  rows: AgreementListRow[];
  sort: SortState;
  columns: readonly AgreementColumn[];
  /** Whether the person chose the columns (then every one shows on a phone too, labelled). */
  chosen: boolean;
  selectable?: boolean;
}) {
  const t = useTranslations("agreements.table");
  const locale = useLocale() as Locale;
  const header = useTranslations("exports.columns");
  const picker = useTranslations("agreements.columns");
  const common = useTranslations("common");
  const exportsT = useTranslations("exports");
  const agreementT = useTranslations("agreement");
  const yesNo = (value: boolean | null) => (value === null ? none : exportsT(value ? "yes" : "no"));
  const label = (column: AgreementColumn) =>
    column === "signedOn" ? t("signed") : column === "expiresOn" && !chosen ? t("ends") : (["reference", "title", "partners", "type", "status"] as string[]).includes(column) ? t(column as "reference") : header(column);
  const selectAll = selectable ? (
    <input type="checkbox" form={BULK_FORM_ID} name="selectAll" aria-label={picker("selectAll")} className="mr-2 size-4 rounded border-slate-300 align-middle" />
  ) : null;

  // The phone card's label of each value it shows without a label of its own (app/globals.css reads data-label).
  const CARD_LABEL: Partial<Record<AgreementColumn, () => string>> = {
    partners: () => t("partners"),
    type: () => t("type"),
    signedOn: () => t("signedOn"),
    expiresOn: () => t("ends"),
  };

  function cell(row: AgreementListRow, column: AgreementColumn) {
    switch (column) {
      case "reference":
        return (
          <>
            {selectable && (
              <input
                type="checkbox"
                form={BULK_FORM_ID}
                name="selected"
                value={row.reference}
                data-version={row.version}
                aria-label={picker("selectRow", { reference: row.reference })}
                className="mr-2 size-4 rounded border-slate-300 align-middle"
              />
            )}
            {row.reference}
          </>
        );
      case "title":
        return <Link href={`/agreements/${row.reference}`}><AgreementName agreement={row.naming} /></Link>;
      case "partners":
        return <Partners partners={row.partners} />;
      case "partnerLocalNames":
        return joined(row.partners.map((p) => p.localName));
      case "partnerCountries":
        return joined(row.partners.map((p) => countryName(p.country, locale)));
      case "type":
        return row.type ?? <span className="text-slate-500">{common("notStated")}</span>;
      case "status":
        return (
          <div className="flex flex-col items-end gap-1 lg:items-start">
            <StatusBadge status={row.status} />
            {row.archived && <Badge>{common("archived")}</Badge>}
          </div>
        );
      case "signedOn":
        return (
          <>
            {row.signedOn && row.signedOnApproximate && <>{agreementT("approximately")} </>}
            <PartialDateText value={row.signedOn} />
          </>
        );
      case "signingCeremonyDate":
        return row.signingCeremonyDate ? <PartialDateText value={row.signingCeremonyDate} /> : none;
      case "signingCeremony":
      case "renews":
        return row[column] ?? none;
      case "implements":
      case "amends":
      case "supersedes":
      case "followsFrom":
      case "relatedTo":
        return joined(row.relations.filter((r) => r.kind === RELATION_KIND[column]).map((r) => r.reference));
      case "sources":
        return joined(row.sources);
      case "otherNames":
        return joined(row.otherNames);
      case "expiresOn":
      case "effectiveFrom":
      case "endsOn":
      case "noticeDeadline":
        return row[column] ? <PartialDateText value={row[column]} /> : none;
      case "place":
      case "owner":
      case "leadUnit":
        return row[column] ?? none;
      case "summary":
      case "notes":
        return row[column] ? <span className="line-clamp-3">{row[column]}</span> : none;
      case "termMonths":
      case "noticePeriodDays":
        return row[column] ?? none;
      case "automaticRenewal":
        return yesNo(row.automaticRenewal);
      case "archived":
        return yesNo(row.archived);
      case "focusAreas":
      case "signatories":
        return joined(row[column]);
    }
  }

  const cardClass = (column: AgreementColumn) => {
    if (column === "expiresOn" && !chosen) return "ends";
    return CARD_CLASS[column] ?? "max-lg:col-span-2 max-lg:mt-1 max-lg:text-xs max-lg:text-slate-600";
  };
  // The reference cell carries the row's box, so it is always first.
  const shown = selectable && !columns.includes("reference") ? (["reference", ...columns] as AgreementColumn[]) : columns;

  return (
    <table className="agreement-rows">
      <caption className="sr-only">{t("caption")}</caption>
      <thead>
        <tr>
          {shown.map((column, index) => {
            const sortBy = SORTS[column];
            const before = index === 0 ? selectAll : null;
            return sortBy ? (
              <SortHeader key={column} column={sortBy} sort={sort} before={before}>
                {label(column)}
              </SortHeader>
            ) : (
              <th key={column} scope="col">
                {before}
                {label(column)}
              </th>
            );
          })}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.reference}>
            {shown.map((column) => (
              <td key={column} className={cardClass(column)} data-label={CARD_LABEL[column]?.()}>
                {!CARD_CLASS[column] && chosen && <span className="font-medium lg:hidden">{label(column)}: </span>}
                {cell(row, column)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
