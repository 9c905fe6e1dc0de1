import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { PageHeader, primaryLink } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { SearchBar } from "@/components/ui/search-bar";
import { pageNumber } from "@/lib/agreements/list-params";
import { currentUserCan, requireUser } from "@/lib/auth/current-user";
import { listPeople } from "@/lib/people/queries";
import { PersonNameLink } from "@/components/directory/person-name-link";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("people"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function PeoplePage({ searchParams }: Props) {
  const params = await searchParams;
  const q = (Array.isArray(params.q) ? params.q[0] : params.q)?.slice(0, 200) || undefined;
  const page = pageNumber(params.page);
  await requireUser(q ? `/people?q=${encodeURIComponent(q)}` : "/people");
  const locale = await getLocale();
  const [list, canWrite, t] = await Promise.all([listPeople({ q, page, locale }), currentUserCan("directory.write"), getTranslations("people")]);
  return (
    <div>
      <PageHeader title={t("title")} description={t("description", { count: list.total })}>
        {canWrite && (
          <Link href="/people/new" className={primaryLink}>
            {t("add")}
          </Link>
        )}
      </PageHeader>
      <SearchBar action="/people" q={q} placeholder={t("searchPlaceholder")} />
      {list.rows.length === 0 ? (
        <p className="rounded-xl border border-dashed border-slate-300 bg-white p-10 text-center text-slate-600">{t("noMatch")}</p>
      ) : (
        <ul className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white shadow-sm">
          {list.rows.map((p) => (
            <li key={p.id} className="flex flex-wrap items-start justify-between gap-3 px-4 py-3">
              <div>
                <PersonNameLink id={p.id} names={{ name: p.name ?? p.position, localName: p.localName }} fallback={t("nameNotKnown")} />
                <div className="text-sm text-slate-600">{[p.name ? p.position : null, p.organization?.name].filter(Boolean).join(" · ")}</div>
              </div>
              <span className="text-xs text-slate-600">{t("agreements", { count: p._count.participations })}</span>
            </li>
          ))}
        </ul>
      )}
      <Pagination
        page={list.page}
        pageCount={list.pageCount}
        hrefForPage={(n) => `/people?${new URLSearchParams({ ...(q ? { q } : {}), page: String(n) })}`}
      />
    </div>
  );
}
