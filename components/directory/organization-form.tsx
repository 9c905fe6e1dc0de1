"use client";

import { useTranslations } from "next-intl";
import { RecordForm } from "@/components/forms/record-form";
import { Field, inputClass } from "@/components/forms/field";
import { RecordOptions } from "@/components/forms/options";
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
  return (
    <RecordForm create={createOrganization} update={updateOrganization} record={initial} createLabel={t("addOrganization")} saveLabel={t("saveChanges")}>
      {(errors) => (
        <>
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
                <RecordOptions empty={t("noParent")} records={parents.filter((p) => p.id !== initial.id)} />
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
        </>
      )}
    </RecordForm>
  );
}
