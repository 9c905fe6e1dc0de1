"use client";
// Forms for accounts: an administrator creates one, changes a role, deactivates or sets a
// new password; everyone changes their own password.
import { ActionForm } from "@/components/forms/action-form";
import { Field, inputClass } from "@/components/forms/field";
import { ROLE_LABELS, ROLES, type Role } from "@/lib/auth/roles";
import { changeOwnPassword, createUser, resetUserPassword, updateUser } from "@/lib/users/actions";

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

export function ResetPasswordForm({ user }: { user: { id: string; name: string } }) {
  return (
    <ActionForm action={resetUserPassword} fixed={{ id: user.id }} submitLabel="Set password" tone="secondary" className="flex flex-wrap items-end gap-3">
      {(errors) => (
        <Field id={`password-${user.id}`} label={`New password for ${user.name}`} errors={errors.password}>
          {(a) => <input {...a} name="password" type="password" autoComplete="new-password" className={inputClass} />}
        </Field>
      )}
    </ActionForm>
  );
}

export function ChangePasswordForm() {
  return (
    <ActionForm action={changeOwnPassword} fixed={{}} submitLabel="Change password">
      {(errors) => (
        <div className="grid gap-3 sm:grid-cols-3">
          <Field id="current-password" label="Current password" errors={errors.currentPassword}>
            {(a) => <input {...a} name="currentPassword" type="password" autoComplete="current-password" className={inputClass} />}
          </Field>
          <Field id="new-password" label="New password" hint="At least 12 characters." errors={errors.newPassword}>
            {(a) => <input {...a} name="newPassword" type="password" autoComplete="new-password" className={inputClass} />}
          </Field>
          <Field id="confirm-password" label="New password again" errors={errors.confirmPassword}>
            {(a) => <input {...a} name="confirmPassword" type="password" autoComplete="new-password" className={inputClass} />}
          </Field>
        </div>
      )}
    </ActionForm>
  );
}
