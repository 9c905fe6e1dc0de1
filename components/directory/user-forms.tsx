"use client";
// Forms for accounts: an administrator creates one, changes a role, deactivates or sets a
// new password; everyone changes their own password.
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { Field, inputClass } from "@/components/forms/field";
import { ROLES, type Role } from "@/lib/auth/roles";
import { changeOwnPassword, createUser, resetUserPassword, updateUser } from "@/lib/users/actions";

export function CreateUserForm() {
  const t = useTranslations("users");
  const roles = useTranslations("roles");
  return (
    <ActionForm action={createUser} fixed={{}} submitLabel={t("createAccount")}>
      {(errors) => (
        <div className="grid gap-3 sm:grid-cols-2">
          <Field id="user-name" label={t("name")} errors={errors.name}>
            {(a) => <input {...a} name="name" className={inputClass} />}
          </Field>
          <Field id="user-email" label={t("email")} errors={errors.email}>
            {(a) => <input {...a} name="email" type="email" autoComplete="off" className={inputClass} />}
          </Field>
          <Field id="user-role" label={t("role")} errors={errors.role}>
            {(a) => (
              <select {...a} name="role" defaultValue="VIEWER" className={inputClass}>
                {ROLES.map((r) => (
                  <option key={r} value={r}>
                    {roles(r)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id="user-password" label={t("firstPassword")} hint={t("firstPasswordHint")} errors={errors.password}>
            {(a) => <input {...a} name="password" type="password" autoComplete="new-password" className={inputClass} />}
          </Field>
        </div>
      )}
    </ActionForm>
  );
}

export function UpdateUserForm({ user }: { user: { id: string; name: string; role: Role; active: boolean } }) {
  const t = useTranslations("users");
  const roles = useTranslations("roles");
  return (
    <ActionForm action={updateUser} fixed={{ id: user.id }} submitLabel={t("save")} tone="secondary" className="flex flex-wrap items-end gap-3 [&>div:not([role])]:w-40">
      {(errors) => (
        <>
          <Field id={`role-${user.id}`} label={t("role")} fullLabel={t("roleOf", { name: user.name })} errors={errors.role}>
            {(a) => (
              <select {...a} name="role" defaultValue={user.role} className={inputClass}>
                {ROLES.map((r) => (
                  <option key={r} value={r}>
                    {roles(r)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id={`active-${user.id}`} label={t("account")} errors={errors.active}>
            {(a) => (
              <select {...a} name="active" defaultValue={String(user.active)} className={inputClass}>
                <option value="true">{t("active")}</option>
                <option value="false">{t("deactivated")}</option>
              </select>
            )}
          </Field>
        </>
      )}
    </ActionForm>
  );
}

export function ResetPasswordForm({ user }: { user: { id: string; name: string } }) {
  const t = useTranslations("users");
  return (
    <ActionForm action={resetUserPassword} fixed={{ id: user.id }} submitLabel={t("setPassword")} tone="secondary" className="flex flex-wrap items-end gap-3 [&>div:not([role])]:w-52">
      {(errors) => (
        <Field id={`password-${user.id}`} label={t("newPassword")} fullLabel={t("newPasswordFor", { name: user.name })} errors={errors.password}>
          {(a) => <input {...a} name="password" type="password" autoComplete="new-password" className={inputClass} />}
        </Field>
      )}
    </ActionForm>
  );
}

export function ChangePasswordForm() {
  const t = useTranslations("users");
  return (
    <ActionForm action={changeOwnPassword} fixed={{}} submitLabel={t("changePassword")}>
      {(errors) => (
        <div className="grid gap-3 sm:grid-cols-3">
          <Field id="current-password" label={t("currentPassword")} errors={errors.currentPassword}>
            {(a) => <input {...a} name="currentPassword" type="password" autoComplete="current-password" className={inputClass} />}
          </Field>
          <Field id="new-password" label={t("newPassword")} hint={t("newPasswordHint")} errors={errors.newPassword}>
            {(a) => <input {...a} name="newPassword" type="password" autoComplete="new-password" className={inputClass} />}
          </Field>
          <Field id="confirm-password" label={t("newPasswordAgain")} errors={errors.confirmPassword}>
            {(a) => <input {...a} name="confirmPassword" type="password" autoComplete="new-password" className={inputClass} />}
          </Field>
        </div>
      )}
    </ActionForm>
  );
}
