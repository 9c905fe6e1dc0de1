"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { Field, inputClass } from "@/components/forms/field";
import { CountryField } from "@/components/directory/country-field";
import { OrganizationKindOptions } from "@/components/directory/organization-kind-options";
import { createOrganization, updateOrganization } from "@/lib/organizations/actions";

export interface OrganizationFormValues {
  id?: string;
  version?: number;
  name: string;
  localName: string;
  acronym: string;
  otherNames: string;
  kind: string;
  /** ISO 3166-1 alpha-2 code, or "". */
  country: string;
  countryAsRecorded?: string | null;
  region: string;
  city: string;
  website: string;
  parentId: string;
  notes: string;
}

export function OrganizationForm({ initial, parents }: { initial: OrganizationFormValues; parents: { id: string; label: string }[] }) {
  const t = useTranslations("directory");
  const editing = Boolean(initial.id);
  return (
    <ActionForm
      action={editing ? updateOrganization : createOrganization}
      fixed={editing ? { id: initial.id, version: initial.version } : {}}
      submitLabel={editing ? t("saveChanges") : t("addOrganization")}
      className="space-y-4 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6"
    >
      {(errors) => (
        <div className="grid gap-4 sm:grid-cols-2">
          <div className="sm:col-span-2">
            <Field id="org-name" label={t("nameEnglish")} errors={errors.name}>
              {(a) => <input {...a} name="name" defaultValue={initial.name} className={inputClass} />}
            </Field>
          </div>
          <Field id="org-localName" label={t("localName")} errors={errors.localName}>
            {(a) => <input {...a} name="localName" defaultValue={initial.localName} className={inputClass} />}
          </Field>
          <Field id="org-acronym" label={t("acronym")} errors={errors.acronym}>
            {(a) => <input {...a} name="acronym" defaultValue={initial.acronym} className={inputClass} />}
          </Field>
          <div className="sm:col-span-2">
            <Field id="org-otherNames" label={t("otherNames")} hint={t("otherNamesHint")} errors={errors.otherNames}>
              {(a) => <textarea {...a} name="otherNames" rows={3} defaultValue={initial.otherNames} className={inputClass} />}
            </Field>
          </div>
          <Field id="org-kind" label={t("kind")} errors={errors.kind}>
            {(a) => (
              <select {...a} name="kind" defaultValue={initial.kind} className={inputClass}>
                <OrganizationKindOptions />
              </select>
            )}
          </Field>
          <Field id="org-parentId" label={t("unitOf")} errors={errors.parentId}>
            {(a) => (
              <select {...a} name="parentId" defaultValue={initial.parentId} className={inputClass}>
                <option value="">{t("noParent")}</option>
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
          <CountryField id="org-country" name="country" code={initial.country} recordedAs={initial.countryAsRecorded} errors={errors.country} />
          <Field id="org-region" label={t("region")} errors={errors.region}>
            {(a) => <input {...a} name="region" defaultValue={initial.region} className={inputClass} />}
          </Field>
          <Field id="org-city" label={t("city")} errors={errors.city}>
            {(a) => <input {...a} name="city" defaultValue={initial.city} className={inputClass} />}
          </Field>
          <Field id="org-website" label={t("website")} errors={errors.website}>
            {(a) => <input {...a} name="website" type="url" defaultValue={initial.website} className={inputClass} />}
          </Field>
          <div className="sm:col-span-2">
            <Field id="org-notes" label={t("notes")} errors={errors.notes}>
              {(a) => <textarea {...a} name="notes" rows={3} defaultValue={initial.notes} className={inputClass} />}
            </Field>
          </div>
        </div>
      )}
    </ActionForm>
  );
}
