import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { CeremonyForm } from "@/components/ceremonies/ceremony-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/current-user";
import { getCeremony } from "@/lib/ceremonies/queries";
import { organizationOptions } from "@/lib/organizations/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("ceremonies"))("ceremony") };
}

export default async function EditCeremonyPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireUser(`/ceremonies/${id}/edit`, "agreement.write");
  const locale = await getLocale();
  const [c, organizations, t] = await Promise.all([getCeremony(id, locale), organizationOptions(locale), getTranslations("ceremonies")]);
  if (!c) notFound();
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader title={t("editTitle", { name: c.name })} back={{ href: `/ceremonies/${c.id}`, label: c.name }} />
      <ClientMessages namespaces={["ceremonies"]}>
        <CeremonyForm
          organizations={organizations}
          initial={{ id: c.id, version: c.version, name: c.name, heldOn: c.heldOnText, place: c.place ?? "", hostId: c.hostId ?? "", notes: c.notes ?? "" }}
        />
      </ClientMessages>
    </div>
  );
}
