import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader, primaryLink } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { SearchBar } from "@/components/ui/search-bar";
import { pageNumber } from "@/lib/agreements/list-params";
import { currentUserCan, requireUser } from "@/lib/auth/current-user";
import { listPeople } from "@/lib/people/queries";
import { countOf } from "@/lib/format";

export const metadata: Metadata = { title: "People" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function PeoplePage({ searchParams }: Props) {
  const params = await searchParams;
  const q = (Array.isArray(params.q) ? params.q[0] : params.q)?.slice(0, 200) || undefined;
  const page = pageNumber(params.page);
  await requireUser(q ? `/people?q=${encodeURIComponent(q)}` : "/people");
  const [list, canWrite] = await Promise.all([listPeople({ q, page }), currentUserCan("directory.write")]);
  return (
    <div>
      <PageHeader title="People" description={`${countOf(list.total, "person", "people")}: signatories, witnesses and contacts.`}>
        {canWrite && (
          <Link href="/people/new" className={primaryLink}>
            Add a person
          </Link>
        )}
      </PageHeader>
      <SearchBar action="/people" q={q} placeholder="Name in any language, position or organisation" />
      {list.rows.length === 0 ? (
        <p className="rounded-xl border border-dashed border-slate-300 bg-white p-10 text-center text-slate-600">No one matches.</p>
      ) : (
        <ul className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white shadow-sm">
          {list.rows.map((p) => (
            <li key={p.id} className="flex flex-wrap items-start justify-between gap-3 px-4 py-3">
              <div>
                <Link href={`/people/${p.id}`} className="font-medium text-brand-700 hover:underline">
                  {p.name ?? p.position ?? "Name not known"}
                </Link>
                {p.localName && <span className="ml-1.5 text-slate-500">{p.localName}</span>}
                <div className="text-sm text-slate-600">{[p.name ? p.position : null, p.organization?.name].filter(Boolean).join(" · ")}</div>
              </div>
              <span className="text-xs text-slate-600">{countOf(p._count.participations, "agreement")}</span>
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
