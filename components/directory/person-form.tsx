"use client";

import { useTranslations } from "next-intl";
import { RecordForm } from "@/components/forms/record-form";
import { Field, inputClass } from "@/components/forms/field";
import { RecordOptions } from "@/components/forms/options";
import { createPerson, updatePerson } from "@/lib/people/actions";

export interface PersonFormValues {
  id?: string;
  version?: number;
  name: string;
  localName: string;
  position: string;
  localPosition?: string;
  organizationId: string;
  email: string;
  phone: string;
  notes: string;
}

export function PersonForm({ initial, organizations }: { initial: PersonFormValues; organizations: { id: string; label: string }[] }) {
  const t = useTranslations("directory");
  return (
    <RecordForm create={createPerson} update={updatePerson} record={initial} createLabel={t("addPerson")} saveLabel={t("saveChanges")}>
      {(errors) => (
        <>
          <Field id="person-name" label={t("name")} hint={t("nameHint")} errors={errors.name}>
            {(a) => <input {...a} name="name" defaultValue={initial.name} className={inputClass} />}
          </Field>
          <Field id="person-localName" label={t("localName")} errors={errors.localName}>
            {(a) => <input {...a} name="localName" defaultValue={initial.localName} className={inputClass} />}
          </Field>
          <Field id="person-position" label={t("position")} errors={errors.position}>
            {(a) => <input {...a} name="position" defaultValue={initial.position} className={inputClass} />}
          </Field>
          <Field id="person-localPosition" label={t("localPosition")} errors={errors.localPosition}>
            {(a) => <input {...a} name="localPosition" lang="zh-CN" defaultValue={initial.localPosition ?? ""} className={inputClass} />}
          </Field>
          <Field id="person-organizationId" label={t("organization")} errors={errors.organizationId}>
            {(a) => (
              <select {...a} name="organizationId" defaultValue={initial.organizationId} className={inputClass}>
                <RecordOptions empty={t("none")} records={organizations} />
              </select>
            )}
          </Field>
          <Field id="person-email" label={t("email")} errors={errors.email}>
            {(a) => <input {...a} name="email" type="email" defaultValue={initial.email} className={inputClass} />}
          </Field>
          <Field id="person-phone" label={t("phone")} errors={errors.phone}>
            {(a) => <input {...a} name="phone" type="tel" defaultValue={initial.phone} className={inputClass} />}
          </Field>
          <div className="sm:col-span-2">
            <Field id="person-notes" label={t("notes")} errors={errors.notes}>
              {(a) => <textarea {...a} name="notes" rows={3} defaultValue={initial.notes} className={inputClass} />}
            </Field>
          </div>
        </>
      )}
    </RecordForm>
  );
}
