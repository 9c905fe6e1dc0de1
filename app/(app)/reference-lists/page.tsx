import type { Metadata } from "next";
import { ClientMessages } from "@/components/i18n/client-messages";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { AgreementTypeForm, FocusAreaForm } from "@/components/directory/reference-list-forms";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { can } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/current-user";
import { referenceLists } from "@/lib/reference-lists/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("referenceLists"))("title") };
}

export default async function ReferenceListsPage() {
  const user = await requireUser("/reference-lists");
  const [{ focusAreas, types }, t] = await Promise.all([referenceLists(), getTranslations("referenceLists")]);
  const canManage = can(user, "reference-list.manage");
  return (
    <div>
      <PageHeader
        title={t("heading")}
        description={canManage ? t("descriptionManage") : t("descriptionView")}
      />
      <ClientMessages namespaces={["directory"]}><div className="space-y-6">
        <Section title={t("focusAreas")} id="focus-areas">
          <ul className="divide-y divide-slate-100">
            {focusAreas.map((f) => (
              <li key={f.id} className="py-3">
                {canManage ? (
                  <FocusAreaForm entry={f} />
                ) : (
                  <span className="font-medium">{f.name}</span>
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
                {canManage ? <AgreementTypeForm entry={type} /> : <span className="font-medium">{type.name}</span>}
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
