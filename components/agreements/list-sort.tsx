import Link from "next/link";
import { useTranslations } from "next-intl";
import { listHref, SORT_COLUMNS, type AgreementListFilters, type SortColumn } from "@/lib/agreements/list-params";

const DATE_COLUMNS: readonly SortColumn[] = ["signed", "expires"];
const TEXT_COLUMNS: readonly SortColumn[] = ["title", "type"];
const COLUMN_LABEL = { reference: "reference", title: "title", type: "type", status: "status", signed: "signed", expires: "ends" } as const;

/**
 * The list's order on a phone, where the table's column headings are hidden: a disclosure
 * naming the current order, which opens on a list of links to the others (every filter kept,
 * the page back to 1). Links rather than a form: it works without JavaScript, the order stays
 * in the URL like every other choice, and one tap sorts.
 */
export function ListSort({ filters, column, direction }: { filters: AgreementListFilters; column: SortColumn; direction: "asc" | "desc" }) {
  const t = useTranslations("agreements.listSort");
  const table = useTranslations("agreements.table");
  const name = (c: SortColumn, dir: "asc" | "desc") =>
    t("option", {
      column: table(COLUMN_LABEL[c]),
      order: t(`order.${DATE_COLUMNS.includes(c) ? "date" : TEXT_COLUMNS.includes(c) ? "text" : "plain"}${dir === "asc" ? "Asc" : "Desc"}`),
    });
  return (
    // Keyed by the order, so that the list closes once another order is chosen (a new page keeps the element otherwise).
    <details key={`${column}.${direction}`} className="relative mb-3 lg:hidden">
      <summary className="flex cursor-pointer list-none items-center justify-between gap-2 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm [&::-webkit-details-marker]:hidden">
        <span>
          <span className="text-slate-600">{t("label")}</span> <span className="font-medium text-slate-900">{name(column, direction)}</span>
        </span>
        <span aria-hidden className="text-slate-500">
          ▾
        </span>
      </summary>
      <ul className="absolute inset-x-0 top-full z-30 mt-1 max-h-80 overflow-y-auto rounded-md border border-slate-200 bg-white py-1 text-sm shadow-lg">
        {SORT_COLUMNS.flatMap((c) =>
          (["asc", "desc"] as const).map((dir) => {
            const current = c === column && dir === direction;
            return (
              <li key={`${c}.${dir}`}>
                <Link
                  href={listHref(filters, { sort: c, dir, page: undefined })}
                  aria-current={current ? "true" : undefined}
                  className={"block px-3 py-2 " + (current ? "bg-brand-50 font-medium text-brand-700" : "text-slate-700 hover:bg-slate-50")}
                >
                  {name(c, dir)}
                </Link>
              </li>
            );
          }),
        )}
      </ul>
    </details>
  );
}
