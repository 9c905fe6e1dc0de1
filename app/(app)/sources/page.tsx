import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PartialDateText } from "@/components/agreements/partial-date-text";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/current-user";
import { sourceList } from "@/lib/sources/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("sources"))("title") };
}

export default async function SourcesPage() {
  await requireUser("/sources");
  const [sources, t] = await Promise.all([sourceList(), getTranslations("sources")]);
  return (
    <div>
      <PageHeader title={t("title")} description={t("listDescription")} />
      {sources.length === 0 ? (
        <p className="text-sm text-slate-500">{t("none")}</p>
      ) : (
        <ul className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white shadow-sm">
          {sources.map((s) => (
            <li key={s.id} className="p-4">
              <Link href={`/sources/${s.id}`} className="break-words font-medium text-brand-700 hover:underline">
                {s.title}
              </Link>
              <div className="mt-0.5 text-sm text-slate-600">
                {[t(`kindOption.${s.kind}`), s.publisher].filter(Boolean).join(" · ")}
                {s.publishedOn && (
                  <>
                    {" · "}
                    <PartialDateText value={s.publishedOn} />
                  </>
                )}
                {" · "}
                {t("factCount", { count: s.evidenceCount })}
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
