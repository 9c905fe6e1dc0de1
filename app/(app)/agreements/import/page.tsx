import type { Metadata } from "next";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ImportWizard } from "@/components/import/import-wizard";
import { PageHeader } from "@/components/ui/page-header";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/current-user";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("agreementPages"))("importTitle") };
}

export default async function ImportPage() {
  await requireUser("/agreements/import", "agreement.write");
  const t = await getTranslations("agreementPages");
  return (
    <div className="mx-auto max-w-5xl">
      <PageHeader
        title={t("importTitle")}
        back={{ href: "/agreements", label: t("allAgreementsLink") }}
        description={
          <>
            {t("importIntro")}{" "}
            <a href="/agreements/import/template" className="font-medium text-brand-700 underline" download>
              {t("downloadTemplate")}
            </a>{" "}
            {t("importIntroEnd")}
            <span className="mt-2 block">{t("importKnowledgeWords")}</span>
          </>
        }
      />
      <ClientMessages namespaces={["import", "errors", "exports"]}><ImportWizard /></ClientMessages>
    </div>
  );
}
