import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AgreementTable } from "@/components/agreements/agreement-table";
import { ListBulk } from "@/components/agreements/list-bulk";
import { ListColumns } from "@/components/agreements/list-columns";
import { ListFilters } from "@/components/agreements/list-filters";
import { ListViews } from "@/components/agreements/list-views";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ListSort } from "@/components/agreements/list-sort";
import { Pagination } from "@/components/ui/pagination";
import { primaryLink, secondaryLink } from "@/components/ui/page-header";
import { currentUserCan, requireUser } from "@/lib/auth/current-user";
import { DEFAULT_LIST_COLUMNS, listAgreements, listFilterChoices, runningPeriodsCurrent } from "@/lib/agreements/queries";
import { viewFor, viewsFor } from "@/lib/views/queries";
import { canShareViews } from "@/lib/views/rules";
import { getLocale, getTranslations } from "next-intl/server";
import { exportHref, hasFilters, listDirection, listHref, readListParams, REGISTER_PDF_LIMIT, unreadInWords, type SortColumn } from "@/lib/agreements/list-params";
import { requestTranslator } from "@/lib/i18n/request-locale";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("agreements"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AgreementsPage({ searchParams }: Props) {
  const raw = await searchParams;
  // The column chooser works without JavaScript: its boxes arrive as `columns=a&columns=b`.
  const { filters, unread } = readListParams({ ...raw, columns: Array.isArray(raw.columns) ? raw.columns.join(",") : raw.columns });
  const viewId = typeof raw.view === "string" ? raw.view : undefined;
  const user = await requireUser(listHref(filters));
  // …and then stand in the address as the list writes them (`columns=a,b`), so that links stay short.
  if (Array.isArray(raw.columns)) redirect(listHref(filters));
  await runningPeriodsCurrent();
  const locale = await getLocale();
  const [list, choices, canWrite, views, current, t] = await Promise.all([
    listAgreements(filters, { locale }),
    listFilterChoices(filters, undefined, locale),
    currentUserCan("agreement.write"),
    viewsFor(user),
    viewId ? viewFor(user, viewId) : null,
    getTranslations("agreements"),
  ]);
  const columns = filters.columns ?? DEFAULT_LIST_COLUMNS;
  const query = listHref({ ...filters, page: undefined }).split("?")[1] ?? "";
  const sortColumn: SortColumn = filters.sort ?? "signed";
  const sortDirection = listDirection(filters.sort, filters.dir);

  return (
    <div>
      <div className="mb-4 flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
          <p className="mt-1 text-sm text-slate-600" aria-live="polite">
            {t(`${hasFilters(filters) ? "matchFilters" : "inRegister"}${list.totalIsExact ? "" : "More"}`, { count: list.total })}
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
      <ClientMessages namespaces={["views", "bulk"]}>
        <ListViews views={views} current={current} query={query} canShare={canShareViews(user)} />
        <ListFilters filters={filters} choices={choices} />
        <ListColumns filters={filters} shown={columns} />
        {canWrite && list.total > 0 && <ListBulk total={list.total} totalIsExact={list.totalIsExact} query={query} owners={choices.users} focusAreas={choices.focusAreas} />}
      </ClientMessages>
      {unread.length > 0 && (
        // What the address asked for but the list could not read is said, not quietly dropped.
        <p role="status" className="mb-3 rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900">
          {t("notApplied", { names: unreadInWords(unread, raw, await requestTranslator()) })}
        </p>
      )}
      {list.total > 0 && (
        <p className="mb-3 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-600">
          <span>{t(list.totalIsExact ? "download" : "downloadMore", { count: list.total })}</span>
          {(["csv", "xlsx", "json", "pdf"] as const).map((format) =>
            // More than a PDF register holds (the list counts exactly as far as that limit): said, not linked.
            format === "pdf" && (!list.totalIsExact || list.total > REGISTER_PDF_LIMIT) ? (
              <span key={format}>{t("pdfTooMany", { limit: REGISTER_PDF_LIMIT })}</span>
            ) : (
              <a key={format} href={exportHref(filters, format)} className="font-medium text-brand-700 underline" download>
                {t(`formats.${format}`)}
              </a>
            ),
          )}
        </p>
      )}
      {list.rows.length > 0 && <ListSort filters={filters} column={sortColumn} direction={sortDirection} />}
      {list.rows.length === 0 ? (
        <div className="rounded-xl border border-dashed border-slate-300 bg-white p-10 text-center text-slate-600">
          {list.total > 0 ? (
            // Agreements match, but this page lies past the last of them (counted in full, decision 033): say which, and lead there.
            <>
              <p>{t("noSuchPage", { page: list.page, pages: list.pageCount ?? 1 })}</p>
              <Link href={listHref(filters, { page: (list.pageCount ?? 1) > 1 ? list.pageCount! : undefined })} className="mt-2 inline-block font-medium text-brand-700 underline">
                {t("lastPage", { page: list.pageCount ?? 1 })}
              </Link>
            </>
          ) : hasFilters(filters) ? (
            <>
              <p>{t("noMatch")}</p>
              <Link href="/agreements" className="mt-2 inline-block font-medium text-brand-700 underline">
                {t("clearTheFilters")}
              </Link>
            </>
          ) : (
            t("empty")
          )}
        </div>
      ) : (
        <AgreementTable
          rows={list.rows}
          columns={columns}
          chosen={filters.columns !== undefined}
          selectable={canWrite}
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
      <Pagination page={list.page} pageCount={list.pageCount} hasNextPage={list.hasNextPage} hrefForPage={(p) => listHref(filters, { page: p })} />
    </div>
  );
}
