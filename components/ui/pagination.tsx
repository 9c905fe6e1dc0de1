import Link from "next/link";
import { useTranslations } from "next-intl";

/**
 * Previous / next links that keep the rest of the query string. `pageCount` null: the pages were
 * not all counted (a list past its count bound), so the next link follows `hasNextPage`.
 */
export function Pagination({
  page,
  pageCount,
  hasNextPage,
  hrefForPage,
}: {
  page: number;
  pageCount: number | null;
  hasNextPage?: boolean;
  hrefForPage: (page: number) => string;
}) {
  const t = useTranslations("common");
  const next = pageCount === null ? !!hasNextPage : page < pageCount;
  // Past the last counted page: no "page 7 of 1", and the way back is to the last page.
  const past = pageCount !== null && page > pageCount;
  if (pageCount === null ? page <= 1 && !next : pageCount <= 1 && !past) return null;
  const linkClass = "rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-50";
  return (
    <nav aria-label={t("pagination")} className="mt-4 flex items-center justify-between gap-4 text-sm">
      {page > 1 ? (
        <Link href={hrefForPage(past ? pageCount : page - 1)} className={linkClass} rel="prev">
          {t("previous")}
        </Link>
      ) : (
        <span />
      )}
      <span className="text-slate-600">
        {past ? null : pageCount === null ? t("page", { page }) : t("pageOf", { page, pageCount })}
      </span>
      {next ? (
        <Link href={hrefForPage(page + 1)} className={linkClass} rel="next">
          {t("next")}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
