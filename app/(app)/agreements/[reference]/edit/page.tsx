import type { Metadata } from "next";
import { ClientMessages } from "@/components/i18n/client-messages";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AgreementForm } from "@/components/agreements/agreement-form";
import { updateAgreement } from "@/lib/agreements/actions";
import { agreementChoices, getAgreementFormValues } from "@/lib/agreements/queries";
import type { Locale } from "@/lib/i18n/locales";
import { getLocale, getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/current-user";
import { chosenNames } from "@/lib/agreements/form-names";

type Props = { params: Promise<{ reference: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await getTranslations("agreementPages"))("editTitle", { reference: decodeURIComponent((await params).reference) }) };
}

export default async function EditAgreementPage({ params }: Props) {
  const reference = decodeURIComponent((await params).reference);
  await requireUser(`/agreements/${encodeURIComponent(reference)}/edit`, "agreement.write");
  const locale = await getLocale();
  const [values, choices, t] = await Promise.all([getAgreementFormValues(reference), agreementChoices(locale as Locale), getTranslations("agreementPages")]);
  if (!values) notFound();
  const names = await chosenNames(values, locale);
  return (
    <div className="mx-auto max-w-3xl">
      <Link href={`/agreements/${reference}`} className="text-sm font-medium text-brand-700 hover:underline">
        {t("backTo", { reference })}
      </Link>
      <h1 className="mt-3 mb-6 text-2xl font-semibold tracking-tight">{t("editTitle", { reference })}</h1>
      <ClientMessages namespaces={["agreementForm", "knowledge"]}><AgreementForm action={updateAgreement} choices={choices} initial={values} names={names} /></ClientMessages>
    </div>
  );
}
