import type { Metadata } from "next";
import { ClientMessages } from "@/components/i18n/client-messages";
import Link from "next/link";
import { AgreementForm } from "@/components/agreements/agreement-form";
import { createAgreement } from "@/lib/agreements/actions";
import { EMPTY_AGREEMENT } from "@/lib/agreements/form-values";
import { INITIAL_STATUSES } from "@/lib/agreements/lifecycle";
import { agreementChoices } from "@/lib/agreements/queries";
import { getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";
import { requireUser } from "@/lib/auth/current-user";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("agreementPages"))("newTitle") };
}

export default async function NewAgreementPage() {
  await requireUser("/agreements/new", "agreement.write");
  const [choices, t] = await Promise.all([agreementChoices((await getLocale()) as Locale), getTranslations("agreementPages")]);
  return (
    <div className="mx-auto max-w-3xl">
      <Link href="/agreements" className="text-sm font-medium text-brand-700 hover:underline">
        {t("allAgreements")}
      </Link>
      <h1 className="mt-3 mb-6 text-2xl font-semibold tracking-tight">{t("newTitle")}</h1>
      <ClientMessages namespaces={["agreementForm", "knowledge"]}><AgreementForm action={createAgreement} choices={choices} initial={EMPTY_AGREEMENT} initialStatuses={INITIAL_STATUSES} /></ClientMessages>
    </div>
  );
}
