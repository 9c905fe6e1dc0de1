import type { Metadata } from "next";
import { OrganizationForm } from "@/components/directory/organization-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/current-user";
import { organizationOptions } from "@/lib/organizations/queries";

export const metadata: Metadata = { title: "Add an organisation" };

export default async function NewOrganizationPage() {
  await requireUser("/organizations/new", "EDITOR");
  const parents = await organizationOptions();
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader title="Add an organisation" back={{ href: "/organizations", label: "All organisations" }} />
      <OrganizationForm
        parents={parents}
        initial={{ name: "", localName: "", acronym: "", otherNames: "", kind: "UNIVERSITY", country: "", region: "", city: "", website: "", parentId: "", notes: "" }}
      />
    </div>
  );
}
