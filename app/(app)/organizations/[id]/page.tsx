import type { Metadata } from "next";
import { ClientMessages } from "@/components/i18n/client-messages";
import Link from "next/link";
import { notFound } from "next/navigation";
import { OrganizationAgreements, OrganizationDetails, OrganizationPeople, OrganizationUnits } from "@/components/directory/organization-sections";
import { RemoveOrMerge } from "@/components/directory/remove-or-merge";
import { OrganizationDeletionConsequence } from "@/components/directory/deletion-consequence";
import { organizationDeletion } from "@/lib/organizations/deletion";
import { Badge } from "@/components/ui/badge";
import { PageHeader, primaryLink } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { getLocale, getTranslations } from "next-intl/server";
import { countryName } from "@/lib/i18n/countries";
import { namesInOrder } from "@/lib/i18n/names";
import { can } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/current-user";
import { deleteOrganization, mergeOrganizations } from "@/lib/organizations/actions";
import { getOrganization, organizationOptions } from "@/lib/organizations/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("organizations"))("organization") };
}

export default async function OrganizationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser(`/organizations/${id}`);
  const o = await getOrganization(id);
  if (!o) notFound();
  const canWrite = can(user, "directory.write");
  const [mergeOptions, t, labels, locale, deletion] = await Promise.all([
    canWrite ? organizationOptions(await getLocale()) : [],
    getTranslations("organizations"),
    getTranslations("labels"),
    getLocale(),
    canWrite ? organizationDeletion(id) : null,
  ]);
  const [primaryName, secondaryName] = namesInOrder(locale, o);

  return (
    <div>
      <PageHeader
        back={{ href: "/organizations", label: t("allOrganizations") }}
        title={
          <>
            {primaryName}
            {o.acronym && <span className="text-slate-500"> ({o.acronym})</span>}
          </>
        }
        description={[secondaryName, labels(`organizationKind.${o.kind}`), [o.city, o.region, countryName(o.country, locale)].filter(Boolean).join(", ")].filter(Boolean).join(" · ")}
      >
        {o.isOwnInstitution && <Badge tone="blue">{t("ourInstitution")}</Badge>}
        {canWrite && (
          <Link href={`/organizations/${o.id}/edit`} className={primaryLink}>
            {t("edit")}
          </Link>
        )}
      </PageHeader>

      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <OrganizationAgreements organization={o} />
          <OrganizationUnits units={o.units} />
          <OrganizationPeople people={o.people} />
        </div>
        <aside className="space-y-6">
          <OrganizationDetails organization={o} />
          {canWrite && !o.isOwnInstitution && (
            <Section title={t("removeOrMerge")}>
              <ClientMessages namespaces={["directory"]}><RemoveOrMerge id={o.id} what="organization" deleteAction={deleteOrganization} mergeAction={mergeOrganizations} mergeOptions={mergeOptions} deletion={{ consequence: deletion && <OrganizationDeletionConsequence usage={deletion} />, allowed: deletion?.uses.length === 0, confirmLabel: t("deletion.confirm") }} /></ClientMessages>
            </Section>
          )}
        </aside>
      </div>
    </div>
  );
}
