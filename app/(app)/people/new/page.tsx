import type { Metadata } from "next";
import { ClientMessages } from "@/components/i18n/client-messages";
import { getLocale, getTranslations } from "next-intl/server";
import { PersonForm } from "@/components/directory/person-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/current-user";
import { organizationOptions } from "@/lib/organizations/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("people"))("newTitle") };
}

export default async function NewPersonPage() {
  await requireUser("/people/new", "directory.write");
  const [organizations, t] = await Promise.all([organizationOptions(await getLocale()), getTranslations("people")]);
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader title={t("newTitle")} back={{ href: "/people", label: t("allPeople") }} />
      <ClientMessages namespaces={["directory"]}><PersonForm organizations={organizations} initial={{ name: "", localName: "", position: "", organizationId: "", email: "", phone: "", notes: "" }} /></ClientMessages>
    </div>
  );
}
