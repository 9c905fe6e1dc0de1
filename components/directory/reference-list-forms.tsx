"use client";
// An administrator's forms for one entry of a reference list: save (new or existing) and delete.
// Each entry has an English and a Chinese name; readers see their language's (lib/i18n/names.ts).
import { useTranslations } from "next-intl";
import type { FieldErrors } from "@/lib/actions/command";
import { ActionForm } from "@/components/forms/action-form";
import { Field, inputClass } from "@/components/forms/field";
import { deleteAgreementType, deleteFocusArea, saveAgreementType, saveFocusArea } from "@/lib/reference-lists/actions";

type Errors = FieldErrors;

/** The entry's two names, English first (the one that must be given). */
function NameFields({ prefix, entry, errors }: { prefix: string; entry?: { name: string; localName: string | null }; errors: Errors }) {
  const t = useTranslations("referenceLists");
  return (
    <>
      <div className="min-w-48 flex-1">
        <Field id={`${prefix}-name`} label={t("nameEnglish")} errors={errors.name}>
          {(a) => <input {...a} name="name" lang="en" defaultValue={entry?.name ?? ""} className={inputClass} />}
        </Field>
      </div>
      <div className="min-w-40 flex-1">
        <Field id={`${prefix}-localName`} label={t("nameChinese")} errors={errors.localName}>
          {(a) => <input {...a} name="localName" lang="zh-CN" defaultValue={entry?.localName ?? ""} className={inputClass} />}
        </Field>
      </div>
    </>
  );
}

export function FocusAreaForm({ entry }: { entry?: { id: string; name: string; localName: string | null; description: string | null; active: boolean } }) {
  const t = useTranslations("directory");
  const key = entry?.id ?? "new";
  return (
    <div className="flex flex-wrap items-end gap-3">
      <ActionForm action={saveFocusArea} fixed={entry ? { id: entry.id } : {}} submitLabel={entry ? t("save") : t("addFocusArea")} tone={entry ? "secondary" : "primary"} className="flex flex-1 flex-wrap items-end gap-3">
        {(errors) => (
          <>
            <NameFields prefix={`focus-${key}`} entry={entry} errors={errors} />
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

export function AgreementTypeForm({ entry }: { entry?: { id: string; name: string; localName: string | null; sortOrder: number; active: boolean } }) {
  const t = useTranslations("directory");
  const key = entry?.id ?? "new";
  return (
    <div className="flex flex-wrap items-end gap-3">
      <ActionForm action={saveAgreementType} fixed={entry ? { id: entry.id } : {}} submitLabel={entry ? t("save") : t("addType")} tone={entry ? "secondary" : "primary"} className="flex flex-1 flex-wrap items-end gap-3">
        {(errors) => (
          <>
            <NameFields prefix={`type-${key}`} entry={entry} errors={errors} />
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
