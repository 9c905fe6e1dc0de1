"use client";
// An administrator's forms for one entry of a reference list: save (new or existing) and delete.
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { Field, inputClass } from "@/components/forms/field";
import { deleteAgreementType, deleteFocusArea, saveAgreementType, saveFocusArea } from "@/lib/reference-lists/actions";

export function FocusAreaForm({ entry }: { entry?: { id: string; name: string; description: string | null; active: boolean } }) {
  const t = useTranslations("directory");
  const key = entry?.id ?? "new";
  return (
    <div className="flex flex-wrap items-end gap-3">
      <ActionForm action={saveFocusArea} fixed={entry ? { id: entry.id } : {}} submitLabel={entry ? t("save") : t("addFocusArea")} tone={entry ? "secondary" : "primary"} className="flex flex-1 flex-wrap items-end gap-3">
        {(errors) => (
          <>
            <div className="min-w-48 flex-1">
              <Field id={`focus-${key}-name`} label={t("name")} errors={errors.name}>
                {(a) => <input {...a} name="name" defaultValue={entry?.name ?? ""} className={inputClass} />}
              </Field>
            </div>
            <div className="min-w-48 flex-1">
              <Field id={`focus-${key}-description`} label={t("description")} errors={errors.description}>
                {(a) => <input {...a} name="description" defaultValue={entry?.description ?? ""} className={inputClass} />}
              </Field>
            </div>
            {entry && (
              <label className="mb-2 flex items-center gap-2 text-sm">
                <input type="checkbox" name="active" value="true" defaultChecked={entry.active} className="size-4" /> {t("offered")}
              </label>
            )}
          </>
        )}
      </ActionForm>
      {entry && <ActionForm action={deleteFocusArea} fixed={{ id: entry.id }} submitLabel={t("deleteEntry")} tone="secondary" />}
    </div>
  );
}

export function AgreementTypeForm({ entry }: { entry?: { id: string; name: string; sortOrder: number; active: boolean } }) {
  const t = useTranslations("directory");
  const key = entry?.id ?? "new";
  return (
    <div className="flex flex-wrap items-end gap-3">
      <ActionForm action={saveAgreementType} fixed={entry ? { id: entry.id } : {}} submitLabel={entry ? t("save") : t("addType")} tone={entry ? "secondary" : "primary"} className="flex flex-1 flex-wrap items-end gap-3">
        {(errors) => (
          <>
            <div className="min-w-48 flex-1">
              <Field id={`type-${key}-name`} label={t("name")} errors={errors.name}>
                {(a) => <input {...a} name="name" defaultValue={entry?.name ?? ""} className={inputClass} />}
              </Field>
            </div>
            <div className="w-24">
              <Field id={`type-${key}-sortOrder`} label={t("order")} errors={errors.sortOrder}>
                {(a) => <input {...a} name="sortOrder" inputMode="numeric" defaultValue={entry?.sortOrder ?? 0} className={inputClass} />}
              </Field>
            </div>
            {entry && (
              <label className="mb-2 flex items-center gap-2 text-sm">
                <input type="checkbox" name="active" value="true" defaultChecked={entry.active} className="size-4" /> {t("offered")}
              </label>
            )}
          </>
        )}
      </ActionForm>
      {entry && <ActionForm action={deleteAgreementType} fixed={{ id: entry.id }} submitLabel={t("deleteEntry")} tone="secondary" />}
    </div>
  );
}
