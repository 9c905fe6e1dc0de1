import type { Metadata } from "next";
import { PersonForm } from "@/components/directory/person-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/current-user";
import { organizationOptions } from "@/lib/organizations/queries";

export const metadata: Metadata = { title: "Add a person" };

export default async function NewPersonPage() {
  await requireUser("/people/new", "EDITOR");
  const organizations = await organizationOptions();
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader title="Add a person" back={{ href: "/people", label: "All people" }} />
      <PersonForm organizations={organizations} initial={{ name: "", localName: "", position: "", organizationId: "", email: "", phone: "", notes: "" }} />
    </div>
  );
}
