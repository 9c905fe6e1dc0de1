import type { Metadata } from "next";
import Link from "next/link";
import { AgreementTypeForm, FocusAreaForm } from "@/components/directory/reference-list-forms";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { can } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/current-user";
import { referenceLists } from "@/lib/reference-lists/queries";
import { countOf } from "@/lib/format";

export const metadata: Metadata = { title: "Focus areas and types" };

export default async function ReferenceListsPage() {
  const user = await requireUser("/reference-lists");
  const { focusAreas, types } = await referenceLists();
  const canManage = can(user, "reference-list.manage");
  return (
    <div>
      <PageHeader
        title="Focus areas and agreement types"
        description={canManage ? "The lists agreements choose from. An entry in use cannot be deleted: untick “Offered” to retire it." : "The lists agreements choose from. Administrators maintain them."}
      />
      <div className="space-y-6">
        <Section title="Focus areas" id="focus-areas">
          <ul className="divide-y divide-slate-100">
            {focusAreas.map((f) => (
              <li key={f.id} className="py-3">
                {canManage ? (
                  <FocusAreaForm entry={f} />
                ) : (
                  <span className="font-medium">{f.name}</span>
                )}
                <div className="mt-1 flex flex-wrap items-center gap-2 text-xs text-slate-600">
                  {!f.active && <Badge>Not offered</Badge>}
                  <Link href={`/agreements?focus=${f.id}`} className="text-brand-700 underline">
                    {countOf(f._count.agreements, "agreement")}
                  </Link>
                  {f._count.organizations > 0 && <span>· long-standing field with {countOf(f._count.organizations, "organisation")}</span>}
                </div>
              </li>
            ))}
          </ul>
          {canManage && (
            <div className="mt-4 border-t border-slate-100 pt-4">
              <h3 className="mb-2 text-sm font-semibold">Add a focus area</h3>
              <FocusAreaForm />
            </div>
          )}
        </Section>
        <Section title="Agreement types" id="types">
          <ul className="divide-y divide-slate-100">
            {types.map((t) => (
              <li key={t.id} className="py-3">
                {canManage ? <AgreementTypeForm entry={t} /> : <span className="font-medium">{t.name}</span>}
                <div className="mt-1 flex flex-wrap items-center gap-2 text-xs text-slate-600">
                  {!t.active && <Badge>Not offered</Badge>}
                  <Link href={`/agreements?type=${t.id}`} className="text-brand-700 underline">
                    {countOf(t._count.agreements, "agreement")}
                  </Link>
                </div>
              </li>
            ))}
          </ul>
          {canManage && (
            <div className="mt-4 border-t border-slate-100 pt-4">
              <h3 className="mb-2 text-sm font-semibold">Add a type</h3>
              <AgreementTypeForm />
            </div>
          )}
        </Section>
      </div>
    </div>
  );
}
