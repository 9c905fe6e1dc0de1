"use client";
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { Field, inputClass } from "@/components/forms/field";
import { updateReminderSettings } from "@/lib/reminders/actions";
import { REMINDER_SCOPES } from "@/lib/enumerations";

export function ReminderSettingsForm({ scope, days }: { scope: string; days: string }) {
  const t = useTranslations("reminders");
  return (
    <ActionForm action={updateReminderSettings} fixed={{}} submitLabel={t("save")} className="space-y-4">
      {(errors) => (
        <>
          <fieldset>
            <legend className="block text-sm font-medium text-slate-700">{t("remindMeOf")}</legend>
            <div className="mt-2 space-y-2">
              {REMINDER_SCOPES.map((value) => (
                <label key={value} className="flex items-center gap-2 text-sm text-slate-800">
                  <input type="radio" name="scope" value={value} defaultChecked={scope === value} className="h-4 w-4" />
                  {t(`scopes.${value}`)}
                </label>
              ))}
            </div>
            {errors.scope && <p className="mt-1 text-sm text-red-700">{errors.scope.join(" ")}</p>}
          </fieldset>
          <Field id="reminder-days" label={t("daysAhead")} hint={t("daysAheadHint")} errors={errors.days}>
            {(a) => <input {...a} name="days" defaultValue={days} inputMode="numeric" className={inputClass} />}
          </Field>
        </>
      )}
    </ActionForm>
  );
}
