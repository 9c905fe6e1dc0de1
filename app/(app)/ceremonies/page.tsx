import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { PartialDateText } from "@/components/agreements/partial-date-text";
import { PageHeader, primaryLink } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { pageNumber } from "@/lib/agreements/list-params";
import { currentUserCan, requireUser } from "@/lib/auth/current-user";
import { listCeremonies } from "@/lib/ceremonies/queries";
import { namesInOrder } from "@/lib/i18n/names";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("ceremonies"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CeremoniesPage({ searchParams }: Props) {
  const page = pageNumber((await searchParams).page);
  await requireUser(page > 1 ? `/ceremonies?page=${page}` : "/ceremonies");
  const [list, canWrite, t, locale] = await Promise.all([listCeremonies({ page }), currentUserCan("agreement.write"), getTranslations("ceremonies"), getLocale()]);
  return (
    <div>
      <PageHeader title={t("title")} description={t("description", { count: list.total })}>
        {canWrite && (
          <Link href="/ceremonies/new" className={primaryLink}>
            {t("add")}
          </Link>
        )}
      </PageHeader>
      {list.rows.length === 0 ? (
        <p className="rounded-xl border border-dashed border-slate-300 bg-white p-10 text-center text-slate-600">{t("none")}</p>
      ) : (
        <ul className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white shadow-sm">
          {list.rows.map((c) => (
            <li key={c.id} className="flex flex-wrap items-start justify-between gap-3 px-4 py-3">
              <div className="min-w-0">
                <Link href={`/ceremonies/${c.id}`} className="font-medium text-brand-700 hover:underline">
                  {c.name}
                </Link>
                <div className="text-sm text-slate-600">
                  <PartialDateText value={c.heldOn} empty={t("dateUnknown")} />
                  {c.place && <span> · {c.place}</span>}
                  {c.host && (
                    <span>
                      {" · "}
                      {t("hostIs", { name: namesInOrder(locale, c.host)[0] })}
                    </span>
                  )}
                </div>
              </div>
              <span className="text-xs text-slate-600">{t("agreementCount", { count: c.agreementCount })}</span>
            </li>
          ))}
        </ul>
      )}
      <Pagination page={list.page} pageCount={list.pageCount} hrefForPage={(n) => `/ceremonies?page=${n}`} />
    </div>
  );
}
