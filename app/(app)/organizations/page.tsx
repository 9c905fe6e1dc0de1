import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { PageHeader, primaryLink } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { SearchBar } from "@/components/ui/search-bar";
import { ORGANIZATION_KIND_LABELS } from "@/lib/agreements/labels";
import { pageNumber } from "@/lib/agreements/list-params";
import { currentUserCan, requireUser } from "@/lib/auth/current-user";
import { listOrganizations } from "@/lib/organizations/queries";
import { countOf } from "@/lib/format";

export const metadata: Metadata = { title: "Organisations" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;

export default async function OrganizationsPage({ searchParams }: Props) {
  const params = await searchParams;
  const q = one(params.q)?.slice(0, 200);
  const kind = one(params.kind);
  const validKind = kind && kind in ORGANIZATION_KIND_LABELS ? kind : undefined;
  const page = pageNumber(params.page);
  const query = new URLSearchParams(Object.entries({ q, kind: validKind }).filter((e): e is [string, string] => !!e[1]));
  await requireUser(`/organizations${query.size ? `?${query}` : ""}`);
  const [list, canWrite] = await Promise.all([listOrganizations({ q, kind: validKind, page }), currentUserCan("directory.write")]);

  return (
    <div>
      <PageHeader title="Organisations" description={`${countOf(list.total, "organisation")}: partners, our own institution and its units.`}>
        {canWrite && (
          <Link href="/organizations/new" className={primaryLink}>
            Add an organisation
          </Link>
        )}
      </PageHeader>
      <SearchBar
        action="/organizations"
        q={q}
        placeholder="Name in any language, acronym or other spelling"
        choice={{ name: "kind", label: "Kind", value: validKind, options: Object.entries(ORGANIZATION_KIND_LABELS).map(([value, label]) => ({ value, label })) }}
      />
      {list.rows.length === 0 ? (
        <p className="rounded-xl border border-dashed border-slate-300 bg-white p-10 text-center text-slate-600">No organisation matches.</p>
      ) : (
        <ul className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white shadow-sm">
          {list.rows.map((o) => (
            <li key={o.id} className="flex flex-wrap items-start justify-between gap-3 px-4 py-3">
              <div>
                <Link href={`/organizations/${o.id}`} className="font-medium text-brand-700 hover:underline">
                  {o.name}
                </Link>
                {o.acronym && <span className="text-slate-500"> ({o.acronym})</span>}
                {o.localName && <div className="text-sm text-slate-500">{o.localName}</div>}
                <div className="text-xs text-slate-500">
                  {[ORGANIZATION_KIND_LABELS[o.kind], o.parent && `unit of ${o.parent.name}`, [o.city, o.country].filter(Boolean).join(", ")].filter(Boolean).join(" · ")}
                </div>
              </div>
              <div className="flex flex-wrap items-center gap-2 text-xs text-slate-600">
                {o.isOwnInstitution && <Badge tone="blue">Our institution</Badge>}
                <span>{countOf(o._count.parties, "agreement")}</span>
                {o._count.units > 0 && <span>· {countOf(o._count.units, "unit")}</span>}
                {o._count.people > 0 && <span>· {countOf(o._count.people, "person", "people")}</span>}
              </div>
            </li>
          ))}
        </ul>
      )}
      <Pagination
        page={list.page}
        pageCount={list.pageCount}
        hrefForPage={(p) => `/organizations?${new URLSearchParams({ ...Object.fromEntries(query), page: String(p) })}`}
      />
    </div>
  );
}
