"use client";

import { ActionForm } from "@/components/forms/action-form";
import { Field, inputClass } from "@/components/forms/field";
import { ORGANIZATION_KIND_LABELS } from "@/lib/agreements/labels";
import { createOrganization, updateOrganization } from "@/lib/organizations/actions";

export interface OrganizationFormValues {
  id?: string;
  version?: number;
  name: string;
  localName: string;
  acronym: string;
  otherNames: string;
  kind: string;
  country: string;
  region: string;
  city: string;
  website: string;
  parentId: string;
  notes: string;
}

export function OrganizationForm({ initial, parents }: { initial: OrganizationFormValues; parents: { id: string; label: string }[] }) {
  const editing = Boolean(initial.id);
  return (
    <ActionForm
      action={editing ? updateOrganization : createOrganization}
      fixed={editing ? { id: initial.id, version: initial.version } : {}}
      submitLabel={editing ? "Save changes" : "Add the organisation"}
      className="space-y-4 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6"
    >
      {(errors) => (
        <div className="grid gap-4 sm:grid-cols-2">
          <div className="sm:col-span-2">
            <Field id="org-name" label="Name (English)" errors={errors.name}>
              {(a) => <input {...a} name="name" defaultValue={initial.name} className={inputClass} />}
            </Field>
          </div>
          <Field id="org-localName" label="Local-language name" errors={errors.localName}>
            {(a) => <input {...a} name="localName" defaultValue={initial.localName} className={inputClass} />}
          </Field>
          <Field id="org-acronym" label="Acronym" errors={errors.acronym}>
            {(a) => <input {...a} name="acronym" defaultValue={initial.acronym} className={inputClass} />}
          </Field>
          <div className="sm:col-span-2">
            <Field id="org-otherNames" label="Other names" hint="One per line: the other spellings that sources use. Search finds all of them." errors={errors.otherNames}>
              {(a) => <textarea {...a} name="otherNames" rows={3} defaultValue={initial.otherNames} className={inputClass} />}
            </Field>
          </div>
          <Field id="org-kind" label="Kind" errors={errors.kind}>
            {(a) => (
              <select {...a} name="kind" defaultValue={initial.kind} className={inputClass}>
                {Object.entries(ORGANIZATION_KIND_LABELS).map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id="org-parentId" label="Unit of" errors={errors.parentId}>
            {(a) => (
              <select {...a} name="parentId" defaultValue={initial.parentId} className={inputClass}>
                <option value="">None: an organisation in its own right</option>
                {parents
                  .filter((p) => p.id !== initial.id)
                  .map((p) => (
                    <option key={p.id} value={p.id}>
                      {p.label}
                    </option>
                  ))}
              </select>
            )}
          </Field>
          <Field id="org-country" label="Country" errors={errors.country}>
            {(a) => <input {...a} name="country" defaultValue={initial.country} className={inputClass} />}
          </Field>
          <Field id="org-region" label="Region or province" errors={errors.region}>
            {(a) => <input {...a} name="region" defaultValue={initial.region} className={inputClass} />}
          </Field>
          <Field id="org-city" label="City" errors={errors.city}>
            {(a) => <input {...a} name="city" defaultValue={initial.city} className={inputClass} />}
          </Field>
          <Field id="org-website" label="Website" errors={errors.website}>
            {(a) => <input {...a} name="website" type="url" defaultValue={initial.website} className={inputClass} />}
          </Field>
          <div className="sm:col-span-2">
            <Field id="org-notes" label="Notes" errors={errors.notes}>
              {(a) => <textarea {...a} name="notes" rows={3} defaultValue={initial.notes} className={inputClass} />}
            </Field>
          </div>
        </div>
      )}
    </ActionForm>
  );
}
