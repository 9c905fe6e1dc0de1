"use client";
// Recording or editing a signing ceremony's own facts: its name, day (as much as is known), place and host.
import { useTranslations } from "next-intl";
import { RecordForm } from "@/components/forms/record-form";
import { Field, inputClass } from "@/components/forms/field";
import { RecordOptions } from "@/components/forms/options";
import { createCeremony, updateCeremony } from "@/lib/ceremonies/actions";

export interface CeremonyFormValues {
  id?: string;
  version?: number;
  name: string;
  heldOn: string;
  place: string;
  hostId: string;
  notes: string;
}

export function CeremonyForm({ initial, organizations }: { initial: CeremonyFormValues; organizations: { id: string; label: string }[] }) {
  const t = useTranslations("ceremonies.form");
  return (
    <RecordForm create={createCeremony} update={updateCeremony} record={initial} createLabel={t("create")} saveLabel={t("save")}>
      {(errors) => (
        <>
          <div className="sm:col-span-2">
            <Field id="ceremony-name" label={t("name")} hint={t("nameHint")} errors={errors.name}>
              {(a) => <input {...a} name="name" defaultValue={initial.name} required maxLength={300} className={inputClass} />}
            </Field>
          </div>
          <Field id="ceremony-heldOn" label={t("heldOn")} hint={t("heldOnHint")} errors={errors.heldOn}>
            {(a) => <input {...a} name="heldOn" defaultValue={initial.heldOn} inputMode="numeric" placeholder="2020-01-03" maxLength={10} className={inputClass} />}
          </Field>
          <Field id="ceremony-place" label={t("place")} hint={t("placeHint")} errors={errors.place}>
            {(a) => <input {...a} name="place" defaultValue={initial.place} maxLength={300} className={inputClass} />}
          </Field>
          <div className="sm:col-span-2">
            <Field id="ceremony-hostId" label={t("host")} errors={errors.hostId}>
              {(a) => (
                <select {...a} name="hostId" defaultValue={initial.hostId} className={inputClass}>
                  <RecordOptions empty={t("noHost")} records={organizations} />
                </select>
              )}
            </Field>
          </div>
          <div className="sm:col-span-2">
            <Field id="ceremony-notes" label={t("notes")} errors={errors.notes}>
              {(a) => <textarea {...a} name="notes" rows={3} defaultValue={initial.notes} className={inputClass} />}
            </Field>
          </div>
        </>
      )}
    </RecordForm>
  );
}
