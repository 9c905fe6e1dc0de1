import type { Metadata } from "next";
import { ClientMessages } from "@/components/i18n/client-messages";
import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { PersonForm } from "@/components/directory/person-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/current-user";
import { organizationOptions } from "@/lib/organizations/queries";
import { getPerson } from "@/lib/people/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("people"))("editPerson") };
}

export default async function EditPersonPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireUser(`/people/${id}/edit`, "directory.write");
  const [p, organizations, t] = await Promise.all([getPerson(id), organizationOptions(await getLocale()), getTranslations("people")]);
  if (!p) notFound();
  const title = p.name ?? p.position ?? t("personFallback");
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader title={t("editTitle", { name: title })} back={{ href: `/people/${p.id}`, label: title }} />
      <ClientMessages namespaces={["directory"]}><PersonForm
        organizations={organizations}
        initial={{
          id: p.id,
          version: p.version,
          name: p.name ?? "",
          localName: p.localName ?? "",
          position: p.position ?? "",
          localPosition: p.localPosition ?? "",
          organizationId: p.organizationId ?? "",
          email: p.email ?? "",
          phone: p.phone ?? "",
          notes: p.notes ?? "",
        }}
      /></ClientMessages>
    </div>
  );
}
