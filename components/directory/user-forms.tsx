"use client";
// An administrator's forms for accounts: create one, and change a role or deactivate.
import { ActionForm } from "@/components/forms/action-form";
import { Field, inputClass } from "@/components/forms/field";
import { ROLE_LABELS, ROLES, type Role } from "@/lib/auth/roles";
import { createUser, updateUser } from "@/lib/users/actions";

export function CreateUserForm() {
  return (
    <ActionForm action={createUser} fixed={{}} submitLabel="Create the account">
      {(errors) => (
        <div className="grid gap-3 sm:grid-cols-2">
          <Field id="user-name" label="Name" errors={errors.name}>
            {(a) => <input {...a} name="name" className={inputClass} />}
          </Field>
          <Field id="user-email" label="E-mail" errors={errors.email}>
            {(a) => <input {...a} name="email" type="email" autoComplete="off" className={inputClass} />}
          </Field>
          <Field id="user-role" label="Role" errors={errors.role}>
            {(a) => (
              <select {...a} name="role" defaultValue="VIEWER" className={inputClass}>
                {ROLES.map((r) => (
                  <option key={r} value={r}>
                    {ROLE_LABELS[r]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id="user-password" label="First password" hint="At least 12 characters; give it to the person privately." errors={errors.password}>
            {(a) => <input {...a} name="password" type="password" autoComplete="new-password" className={inputClass} />}
          </Field>
        </div>
      )}
    </ActionForm>
  );
}

export function UpdateUserForm({ user }: { user: { id: string; name: string; role: Role; active: boolean } }) {
  return (
    <ActionForm action={updateUser} fixed={{ id: user.id }} submitLabel="Save" tone="secondary" className="flex flex-wrap items-end gap-3">
      {(errors) => (
        <>
          <Field id={`role-${user.id}`} label={`Role of ${user.name}`} errors={errors.role}>
            {(a) => (
              <select {...a} name="role" defaultValue={user.role} className={inputClass}>
                {ROLES.map((r) => (
                  <option key={r} value={r}>
                    {ROLE_LABELS[r]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id={`active-${user.id}`} label="Account" errors={errors.active}>
            {(a) => (
              <select {...a} name="active" defaultValue={String(user.active)} className={inputClass}>
                <option value="true">Active</option>
                <option value="false">Deactivated</option>
              </select>
            )}
          </Field>
        </>
      )}
    </ActionForm>
  );
}
