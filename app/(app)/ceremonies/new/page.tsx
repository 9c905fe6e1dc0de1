import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { CeremonyForm } from "@/components/ceremonies/ceremony-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/current-user";
import { organizationOptions } from "@/lib/organizations/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("ceremonies"))("newTitle") };
}

export default async function NewCeremonyPage() {
  await requireUser("/ceremonies/new", "agreement.write");
  const [organizations, t] = await Promise.all([organizationOptions(await getLocale()), getTranslations("ceremonies")]);
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader title={t("newTitle")} back={{ href: "/ceremonies", label: t("allCeremonies") }} />
      <ClientMessages namespaces={["ceremonies"]}>
        <CeremonyForm organizations={organizations} initial={{ name: "", heldOn: "", place: "", hostId: "", notes: "" }} />
      </ClientMessages>
    </div>
  );
}
