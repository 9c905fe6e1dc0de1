import type { Metadata } from "next";
import { ClientMessages } from "@/components/i18n/client-messages";
import { getTranslations } from "next-intl/server";
import { CreateUserForm, ResetPasswordForm, UpdateUserForm } from "@/components/directory/user-forms";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { requireUser } from "@/lib/auth/current-user";
import { listUsers } from "@/lib/users/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("users"))("title") };
}

export default async function UsersPage() {
  await requireUser("/admin/users", "user.manage");
  const [users, t, roles] = await Promise.all([listUsers(), getTranslations("users"), getTranslations("roles")]);
  return (
    <div>
      <PageHeader title={t("title")} description={t("description")} />
      <ClientMessages namespaces={["users"]}><div className="space-y-6">
        <Section title={t("accounts", { count: users.length })}>
          <ul className="divide-y divide-slate-100">
            {users.map((u) => (
              // One grid for every account: who, then role and status, then a new password, each in its own column.
              <li key={u.id} className="grid gap-x-6 gap-y-3 py-4 lg:grid-cols-[minmax(0,1fr)_auto_auto] lg:items-end">
                <div className="min-w-0 self-start">
                  <div className="font-medium">{u.name}</div>
                  <div className="break-all text-sm text-slate-600">{u.email}</div>
                  <div className="mt-1 flex gap-2">
                    <Badge tone={u.role === "ADMIN" ? "violet" : u.role === "EDITOR" ? "blue" : "slate"}>{roles(u.role)}</Badge>
                    {!u.active && <Badge tone="red">{t("deactivated")}</Badge>}
                  </div>
                </div>
                <UpdateUserForm user={u} />
                <ResetPasswordForm user={u} />
              </li>
            ))}
          </ul>
        </Section>
        <Section title={t("create")}>
          <CreateUserForm />
        </Section>
      </div>
</ClientMessages>    </div>
  );
}
