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
              <li key={u.id} className="flex flex-wrap items-start justify-between gap-3 py-3">
                <div>
                  <div className="font-medium">{u.name}</div>
                  <div className="text-sm text-slate-600">{u.email}</div>
                  <div className="mt-1 flex gap-2">
                    <Badge tone={u.role === "ADMIN" ? "violet" : u.role === "EDITOR" ? "blue" : "slate"}>{roles(u.role)}</Badge>
                    {!u.active && <Badge tone="red">{t("deactivated")}</Badge>}
                  </div>
                </div>
                <div className="flex flex-col items-end gap-2">
                  <UpdateUserForm user={u} />
                  <ResetPasswordForm user={u} />
                </div>
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
