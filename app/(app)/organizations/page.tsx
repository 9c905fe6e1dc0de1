import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { PageHeader, primaryLink } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { SearchBar } from "@/components/ui/search-bar";
import { getLocale, getTranslations } from "next-intl/server";
import { countryName } from "@/lib/i18n/countries";
import { BilingualName } from "@/components/agreements/names";
import { ORGANIZATION_KINDS } from "@/lib/enumerations";
import { pageNumber } from "@/lib/agreements/list-params";
import { currentUserCan, requireUser } from "@/lib/auth/current-user";
import { listOrganizations } from "@/lib/organizations/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("organizations"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;

export default async function OrganizationsPage({ searchParams }: Props) {
  const params = await searchParams;
  const q = one(params.q)?.slice(0, 200);
  const kind = one(params.kind);
  const validKind = kind && (ORGANIZATION_KINDS as readonly string[]).includes(kind) ? kind : undefined;
  const page = pageNumber(params.page);
  const query = new URLSearchParams(Object.entries({ q, kind: validKind }).filter((e): e is [string, string] => !!e[1]));
  await requireUser(`/organizations${query.size ? `?${query}` : ""}`);
  const locale = await getLocale();
  const [list, canWrite, t, labels] = await Promise.all([
    listOrganizations({ q, kind: validKind, page, locale }),
    currentUserCan("directory.write"),
    getTranslations("organizations"),
    getTranslations("labels"),
  ]);

  return (
    <div>
      <PageHeader title={t("title")} description={t("description", { count: list.total })}>
        {canWrite && (
          <Link href="/organizations/new" className={primaryLink}>
            {t("add")}
          </Link>
        )}
      </PageHeader>
      <SearchBar
        action="/organizations"
        q={q}
        placeholder={t("searchPlaceholder")}
        choice={{ name: "kind", label: t("kind"), value: validKind, options: ORGANIZATION_KINDS.map((value) => ({ value, label: labels(`organizationKind.${value}`) })) }}
      />
      {list.rows.length === 0 ? (
        <p className="rounded-xl border border-dashed border-slate-300 bg-white p-10 text-center text-slate-600">{t("noMatch")}</p>
      ) : (
        <ul className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white shadow-sm">
          {list.rows.map((o) => (
            <li key={o.id} className="flex flex-wrap items-start justify-between gap-3 px-4 py-3">
              <div>
                <BilingualName
                  names={o}
                  primary={(name) => (
                    <>
                      <Link href={`/organizations/${o.id}`} className="font-medium text-brand-700 hover:underline">
                        {name}
                      </Link>
                      {o.acronym && <span className="text-slate-500"> ({o.acronym})</span>}
                    </>
                  )}
                  secondaryClassName="block text-sm text-slate-500"
                />
                <div className="text-xs text-slate-500">
                  {[
                    // "Unit of X", not "Unit · unit of X"; another kind with a parent reads "Institute, part of X".
                    o.parent ? t("unitOf", { kind: o.kind, kindName: labels(`organizationKind.${o.kind}`), name: o.parent.name }) : labels(`organizationKind.${o.kind}`),
                    [o.city, countryName(o.country, locale)].filter(Boolean).join(", "),
                  ]
                    .filter(Boolean)
                    .join(" · ")}
                </div>
              </div>
              <div className="flex flex-wrap items-center gap-2 text-xs text-slate-600">
                {o.isOwnInstitution && <Badge tone="blue">{t("ourInstitution")}</Badge>}
                <span>{t("agreements", { count: o._count.parties })}</span>
                {o._count.units > 0 && <span>· {t("units", { count: o._count.units })}</span>}
                {o._count.people > 0 && <span>· {t("people", { count: o._count.people })}</span>}
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
