import type { Metadata } from "next";
import { ClientMessages } from "@/components/i18n/client-messages";
import { getLocale, getTranslations } from "next-intl/server";
import { OrganizationForm } from "@/components/directory/organization-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/current-user";
import { organizationOptions } from "@/lib/organizations/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("organizations"))("newTitle") };
}

export default async function NewOrganizationPage() {
  await requireUser("/organizations/new", "directory.write");
  const [parents, t] = await Promise.all([organizationOptions(await getLocale()), getTranslations("organizations")]);
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader title={t("newTitle")} back={{ href: "/organizations", label: t("allOrganizations") }} />
      <ClientMessages namespaces={["directory", "countries"]}><OrganizationForm
        parents={parents}
        initial={{ name: "", localName: "", acronym: "", otherNames: "", kind: "UNIVERSITY", country: "", region: "", city: "", website: "", parentId: "", notes: "" }}
      /></ClientMessages>
    </div>
  );
}
