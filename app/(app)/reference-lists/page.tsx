import type { Metadata } from "next";
import { ClientMessages } from "@/components/i18n/client-messages";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { AgreementTypeForm, FocusAreaForm } from "@/components/directory/reference-list-forms";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { can } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/current-user";
import { referenceLists } from "@/lib/reference-lists/queries";
import { isLocale } from "@/lib/i18n/locales";
import { collatorFor, namesInOrder, referenceName } from "@/lib/i18n/names";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("referenceLists"))("title") };
}

export default async function ReferenceListsPage() {
  const user = await requireUser("/reference-lists");
  const [{ focusAreas: byEnglishName, types, countriesToChoose }, t, requested] = await Promise.all([referenceLists(), getTranslations("referenceLists"), getLocale()]);
  const locale = isLocale(requested) ? requested : "en";
  const canManage = can(user, "reference-list.manage");
  // In the reader's language and order (pinyin for Chinese); types keep the order an administrator gave them.
  const collator = collatorFor(locale);
  const focusAreas = [...byEnglishName].sort((a, b) => collator.compare(referenceName(a, locale), referenceName(b, locale)));
  return (
    <div>
      <PageHeader
        title={t("heading")}
        description={canManage ? t("descriptionManage") : t("descriptionView")}
      />
      <ClientMessages namespaces={["directory", "referenceLists"]}><div className="space-y-6">
        {countriesToChoose.length > 0 && (
          <Section title={t("countriesToChoose")} id="countries-to-choose">
            <p className="text-sm text-slate-600">{t("countriesToChooseExplained")}</p>
            <ul className="mt-3 divide-y divide-slate-100">
              {countriesToChoose.map((o) => (
                <li key={o.id} className="flex flex-wrap items-baseline gap-x-3 gap-y-1 py-2 text-sm">
                  <Link href={`/organizations/${o.id}/edit`} className="font-medium text-brand-700 underline">
                    {namesInOrder(locale, o)[0]}
                  </Link>
                  <span className="text-slate-600">{t("recordedAs", { text: o.countryAsRecorded ?? "" })}</span>
                </li>
              ))}
            </ul>
          </Section>
        )}
        <Section title={t("focusAreas")} id="focus-areas">
          <ul className="divide-y divide-slate-100">
            {focusAreas.map((f) => (
              <li key={f.id} className="py-3">
                {canManage ? (
                  <FocusAreaForm entry={f} />
                ) : (
                  <span className="font-medium">{referenceName(f, locale)}</span>
                )}
                <div className="mt-1 flex flex-wrap items-center gap-2 text-xs text-slate-600">
                  {!f.active && <Badge>{t("notOffered")}</Badge>}
                  <Link href={`/agreements?focus=${f.id}`} className="text-brand-700 underline">
                    {t("agreements", { count: f._count.agreements })}
                  </Link>
                  {f._count.organizations > 0 && <span>{t("longStanding", { count: f._count.organizations })}</span>}
                </div>
              </li>
            ))}
          </ul>
          {canManage && (
            <div className="mt-4 border-t border-slate-100 pt-4">
              <h3 className="mb-2 text-sm font-semibold">{t("addFocusArea")}</h3>
              <FocusAreaForm />
            </div>
          )}
        </Section>
        <Section title={t("types")} id="types">
          <ul className="divide-y divide-slate-100">
            {types.map((type) => (
              <li key={type.id} className="py-3">
                {canManage ? <AgreementTypeForm entry={type} /> : <span className="font-medium">{referenceName(type, locale)}</span>}
                <div className="mt-1 flex flex-wrap items-center gap-2 text-xs text-slate-600">
                  {!type.active && <Badge>{t("notOffered")}</Badge>}
                  <Link href={`/agreements?type=${type.id}`} className="text-brand-700 underline">
                    {t("agreements", { count: type._count.agreements })}
                  </Link>
                </div>
              </li>
            ))}
          </ul>
          {canManage && (
            <div className="mt-4 border-t border-slate-100 pt-4">
              <h3 className="mb-2 text-sm font-semibold">{t("addType")}</h3>
              <AgreementTypeForm />
            </div>
          )}
        </Section>
      </div>
</ClientMessages>    </div>
  );
}
