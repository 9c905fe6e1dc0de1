import type { Metadata } from "next";
import Link from "next/link";
import { AgreementTable } from "@/components/agreements/agreement-table";
import { ListFilters } from "@/components/agreements/list-filters";
import { ListSort } from "@/components/agreements/list-sort";
import { Pagination } from "@/components/ui/pagination";
import { primaryLink, secondaryLink } from "@/components/ui/page-header";
import { currentUserCan, requireUser } from "@/lib/auth/current-user";
import { listAgreements, listFilterChoices, runningPeriodsCurrent } from "@/lib/agreements/queries";
import { getTranslations } from "next-intl/server";
import { exportHref, hasFilters, listHref, parseListParams, type SortColumn } from "@/lib/agreements/list-params";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("agreements"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AgreementsPage({ searchParams }: Props) {
  const filters = parseListParams(await searchParams);
  await requireUser(listHref(filters));
  await runningPeriodsCurrent();
  const [list, choices, canWrite, t] = await Promise.all([
    listAgreements(filters),
    listFilterChoices(filters.partner),
    currentUserCan("agreement.write"),
    getTranslations("agreements"),
  ]);
  const sortColumn: SortColumn = filters.sort ?? "signed";
  const sortDirection = filters.dir ?? (sortColumn === "signed" || sortColumn === "expires" ? "desc" : "asc");

  return (
    <div>
      <div className="mb-4 flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
          <p className="mt-1 text-sm text-slate-600" aria-live="polite">
            {hasFilters(filters) ? t("matchFilters", { count: list.total }) : t("inRegister", { count: list.total })}
          </p>
        </div>
        {canWrite && (
          <div className="flex flex-wrap gap-2">
            <Link href="/agreements/import" className={secondaryLink}>
              {t("import")}
            </Link>
            <Link href="/agreements/new" className={primaryLink}>
              {t("logAgreement")}
            </Link>
          </div>
        )}
      </div>
      <ListFilters filters={filters} choices={choices} />
      {list.total > 0 && (
        <p className="mb-3 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-600">
          <span>{t("download", { count: list.total })}</span>
          {(["csv", "xlsx", "json", "pdf"] as const).map((format) => (
            <a key={format} href={exportHref(filters, format)} className="font-medium text-brand-700 underline" download>
              {t(`formats.${format}`)}
            </a>
          ))}
        </p>
      )}
      {list.rows.length > 0 && <ListSort filters={filters} column={sortColumn} direction={sortDirection} />}
      {list.rows.length === 0 ? (
        <div className="rounded-xl border border-dashed border-slate-300 bg-white p-10 text-center text-slate-600">
          {hasFilters(filters) ? (
            <>
              <p>{t("noMatch")}</p>
              <Link href="/agreements" className="mt-2 inline-block font-medium text-brand-700 underline">
                {t("clearTheFilters")}
              </Link>
            </>
          ) : list.total > 0 ? (
            t("noSuchPage")
          ) : (
            t("empty")
          )}
        </div>
      ) : (
        <AgreementTable
          rows={list.rows}
          sort={{
            column: sortColumn,
            direction: sortDirection,
            href: (column) =>
              listHref(filters, {
                sort: column,
                dir: column === sortColumn ? (sortDirection === "asc" ? "desc" : "asc") : undefined,
                page: undefined,
              }),
          }}
        />
      )}
      <Pagination page={list.page} pageCount={list.pageCount} hrefForPage={(p) => listHref(filters, { page: p })} />
    </div>
  );
}
