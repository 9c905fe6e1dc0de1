import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { StatusBadge } from "@/components/agreements/status-badge";
import { RemoveOrMerge } from "@/components/directory/remove-or-merge";
import { Badge } from "@/components/ui/badge";
import { PageHeader, primaryLink } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { ORGANIZATION_KIND_LABELS, PARTY_ROLE_LABELS } from "@/lib/agreements/labels";
import { can } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/current-user";
import { formatPartialDate, parsePartialDate } from "@/lib/dates/partial-date";
import { deleteOrganization, mergeOrganizations } from "@/lib/organizations/actions";
import { getOrganization, organizationOptions } from "@/lib/organizations/queries";

export const metadata: Metadata = { title: "Organisation" };

export default async function OrganizationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser(`/organizations/${id}`);
  const o = await getOrganization(id);
  if (!o) notFound();
  const canWrite = can(user, "directory.write");
  const mergeOptions = canWrite ? await organizationOptions() : [];
  const signed = (iso: string | null) => {
    const parsed = iso ? parsePartialDate(iso) : null;
    return parsed ? formatPartialDate(parsed.date, parsed.precision) : "date unknown";
  };

  return (
    <div>
      <PageHeader
        back={{ href: "/organizations", label: "All organisations" }}
        title={
          <>
            {o.name}
            {o.acronym && <span className="text-slate-500"> ({o.acronym})</span>}
          </>
        }
        description={[o.localName, ORGANIZATION_KIND_LABELS[o.kind], [o.city, o.region, o.country].filter(Boolean).join(", ")].filter(Boolean).join(" · ")}
      >
        {o.isOwnInstitution && <Badge tone="blue">Our institution</Badge>}
        {canWrite && (
          <Link href={`/organizations/${o.id}/edit`} className={primaryLink}>
            Edit
          </Link>
        )}
      </PageHeader>

      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <Section title={`Agreements (${o._count.parties})`}>
            {o.agreements.length === 0 ? (
              <p className="text-sm text-slate-500">No agreements yet.</p>
            ) : (
              <ul className="divide-y divide-slate-100">
                {o.agreements.map((a) => (
                  <li key={a.reference} className="flex flex-wrap items-start justify-between gap-2 py-2 text-sm">
                    <div>
                      <span className="font-mono text-xs text-slate-500">{a.reference}</span>{" "}
                      <Link href={`/agreements/${a.reference}`} className="font-medium text-brand-700 hover:underline">
                        {a.title}
                      </Link>
                      <div className="text-xs text-slate-500">
                        {PARTY_ROLE_LABELS[a.role]} · signed {signed(a.signed)}
                      </div>
                    </div>
                    <StatusBadge status={a.status} />
                  </li>
                ))}
              </ul>
            )}
            {o._count.parties > 0 && (
              <Link href={`/agreements?partner=${o.id}`} className="mt-3 inline-block text-sm font-medium text-brand-700 underline">
                {o._count.parties > o.agreements.length ? `All ${o._count.parties} agreements` : "Filter the agreements list by this partner"}
              </Link>
            )}
          </Section>
          <Section title="Units">
            {o.units.length === 0 ? (
              <p className="text-sm text-slate-500">No units recorded.</p>
            ) : (
              <ul className="grid gap-1 text-sm sm:grid-cols-2">
                {o.units.map((u) => (
                  <li key={u.id}>
                    <Link href={`/organizations/${u.id}`} className="text-brand-700 hover:underline">
                      {u.name}
                    </Link>
                  </li>
                ))}
              </ul>
            )}
          </Section>
          <Section title="People">
            {o.people.length === 0 ? (
              <p className="text-sm text-slate-500">No people recorded.</p>
            ) : (
              <ul className="divide-y divide-slate-100 text-sm">
                {o.people.map((p) => (
                  <li key={p.id} className="py-2">
                    <Link href={`/people/${p.id}`} className="font-medium text-brand-700 hover:underline">
                      {p.name ?? "Name not known"}
                    </Link>
                    {p.localName && <span className="ml-1.5 text-slate-500">{p.localName}</span>}
                    {p.position && <div className="text-slate-600">{p.position}</div>}
                  </li>
                ))}
              </ul>
            )}
          </Section>
        </div>
        <aside className="space-y-6">
          <Section title="Details">
            <dl className="space-y-2 text-sm">
              {o.parent && (
                <div>
                  <dt className="text-slate-500">Unit of</dt>
                  <dd>
                    <Link href={`/organizations/${o.parent.id}`} className="text-brand-700 hover:underline">
                      {o.parent.name}
                    </Link>
                  </dd>
                </div>
              )}
              <div>
                <dt className="text-slate-500">Other names</dt>
                <dd>{o.otherNames.length ? o.otherNames.join("; ") : "None recorded"}</dd>
              </div>
              {o.cooperationFields.length > 0 && (
                <div>
                  <dt className="text-slate-500">Long-standing cooperation in</dt>
                  <dd>{o.cooperationFields.join(", ")}</dd>
                </div>
              )}
              {o.website && (
                <div>
                  <dt className="text-slate-500">Website</dt>
                  <dd>
                    <a href={o.website} className="break-all text-brand-700 underline" rel="noreferrer noopener" target="_blank">
                      {o.website}
                    </a>
                  </dd>
                </div>
              )}
              {o.notes && (
                <div>
                  <dt className="text-slate-500">Notes</dt>
                  <dd className="whitespace-pre-line">{o.notes}</dd>
                </div>
              )}
            </dl>
          </Section>
          {canWrite && !o.isOwnInstitution && (
            <Section title="Remove or merge">
              <RemoveOrMerge id={o.id} what="organisation" deleteAction={deleteOrganization} mergeAction={mergeOrganizations} mergeOptions={mergeOptions} />
            </Section>
          )}
        </aside>
      </div>
    </div>
  );
}
