import type { Metadata } from "next";
import { ClientMessages } from "@/components/i18n/client-messages";
import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { OrganizationForm } from "@/components/directory/organization-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/current-user";
import { getOrganization, organizationOptions } from "@/lib/organizations/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("organizations"))("edit") };
}

export default async function EditOrganizationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireUser(`/organizations/${id}/edit`, "directory.write");
  const [o, parents, t] = await Promise.all([getOrganization(id), organizationOptions(await getLocale()), getTranslations("organizations")]);
  if (!o) notFound();
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader title={t("editTitle", { name: o.name })} back={{ href: `/organizations/${o.id}`, label: o.name }} />
      <ClientMessages namespaces={["directory", "countries"]}><OrganizationForm
        parents={parents}
        initial={{
          id: o.id,
          version: o.version,
          name: o.name,
          localName: o.localName ?? "",
          acronym: o.acronym ?? "",
          otherNames: o.otherNames.join("\n"),
          kind: o.kind,
          country: o.country ?? "",
          countryAsRecorded: o.countryAsRecorded,
          region: o.region ?? "",
          city: o.city ?? "",
          website: o.website ?? "",
          parentId: o.parentId ?? "",
          notes: o.notes ?? "",
        }}
      /></ClientMessages>
    </div>
  );
}
