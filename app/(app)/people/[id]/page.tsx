import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { StatusBadge } from "@/components/agreements/status-badge";
import { RemoveOrMerge } from "@/components/directory/remove-or-merge";
import { PageHeader, primaryLink } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { PARTICIPANT_ROLE_LABELS } from "@/lib/agreements/labels";
import { can } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/current-user";
import { deletePerson, mergePeople } from "@/lib/people/actions";
import { getPerson, personOptions } from "@/lib/people/queries";

export const metadata: Metadata = { title: "Person" };

export default async function PersonPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser(`/people/${id}`);
  const p = await getPerson(id);
  if (!p) notFound();
  const canWrite = can(user, "directory.write");
  const mergeOptions = canWrite ? await personOptions() : [];
  return (
    <div>
      <PageHeader
        back={{ href: "/people", label: "All people" }}
        title={
          <>
            {p.name ?? "Name not known"}
            {p.localName && <span className="ml-2 text-slate-500">{p.localName}</span>}
          </>
        }
        description={[p.position, p.organization?.name].filter(Boolean).join(" · ")}
      >
        {canWrite && (
          <Link href={`/people/${p.id}/edit`} className={primaryLink}>
            Edit
          </Link>
        )}
      </PageHeader>
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="lg:col-span-2">
          <Section title="Agreements">
            {p.participations.length === 0 ? (
              <p className="text-sm text-slate-500">Not on any agreement yet.</p>
            ) : (
              <ul className="divide-y divide-slate-100">
                {p.participations.map((a, index) => (
                  <li key={index} className="flex flex-wrap items-start justify-between gap-2 py-2 text-sm">
                    <div>
                      <span className="font-mono text-xs text-slate-500">{a.reference}</span>{" "}
                      <Link href={`/agreements/${a.reference}`} className="font-medium text-brand-700 hover:underline">
                        {a.title}
                      </Link>
                      <div className="text-xs text-slate-500">
                        {PARTICIPANT_ROLE_LABELS[a.role]}
                        {a.onBehalfOf && ` for ${a.onBehalfOf.name}`}
                      </div>
                    </div>
                    <StatusBadge status={a.status} />
                  </li>
                ))}
              </ul>
            )}
          </Section>
        </div>
        <aside className="space-y-6">
          <Section title="Contact">
            <dl className="space-y-2 text-sm">
              <div>
                <dt className="text-slate-500">Organisation</dt>
                <dd>
                  {p.organization ? (
                    <Link href={`/organizations/${p.organization.id}`} className="text-brand-700 hover:underline">
                      {p.organization.name}
                    </Link>
                  ) : (
                    "None recorded"
                  )}
                </dd>
              </div>
              <div>
                <dt className="text-slate-500">E-mail</dt>
                <dd>{p.email ?? "None recorded"}</dd>
              </div>
              <div>
                <dt className="text-slate-500">Phone</dt>
                <dd>{p.phone ?? "None recorded"}</dd>
              </div>
              {p.notes && (
                <div>
                  <dt className="text-slate-500">Notes</dt>
                  <dd className="whitespace-pre-line">{p.notes}</dd>
                </div>
              )}
            </dl>
          </Section>
          {canWrite && (
            <Section title="Remove or merge">
              <RemoveOrMerge id={p.id} what="person" deleteAction={deletePerson} mergeAction={mergePeople} mergeOptions={mergeOptions} />
            </Section>
          )}
        </aside>
      </div>
    </div>
  );
}
