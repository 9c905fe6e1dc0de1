"use client";
import { ActionForm } from "@/components/forms/action-form";
import { Field, inputClass } from "@/components/forms/field";
import { updateReminderSettings } from "@/lib/reminders/actions";

const SCOPES = [
  ["OWNED", "Agreements I own"],
  ["ALL", "All agreements I can see"],
  ["NONE", "None: send me no reminders"],
] as const;

export function ReminderSettingsForm({ scope, days }: { scope: string; days: string }) {
  return (
    <ActionForm action={updateReminderSettings} fixed={{}} submitLabel="Save reminder settings" className="space-y-4">
      {(errors) => (
        <>
          <fieldset>
            <legend className="block text-sm font-medium text-slate-700">Remind me of</legend>
            <div className="mt-2 space-y-2">
              {SCOPES.map(([value, label]) => (
                <label key={value} className="flex items-center gap-2 text-sm text-slate-800">
                  <input type="radio" name="scope" value={value} defaultChecked={scope === value} className="h-4 w-4" />
                  {label}
                </label>
              ))}
            </div>
            {errors.scope && <p className="mt-1 text-sm text-red-700">{errors.scope.join(" ")}</p>}
          </fieldset>
          <Field id="reminder-days" label="Days ahead" hint="One reminder as each of these is reached, before an end date and before a notice deadline." errors={errors.days}>
            {(a) => <input {...a} name="days" defaultValue={days} inputMode="numeric" className={inputClass} />}
          </Field>
        </>
      )}
    </ActionForm>
  );
}
