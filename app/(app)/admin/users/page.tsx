import type { Metadata } from "next";
import { CreateUserForm, ResetPasswordForm, UpdateUserForm } from "@/components/directory/user-forms";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/current-user";
import { listUsers } from "@/lib/users/queries";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  await requireUser("/admin/users", "ADMIN");
  const users = await listUsers();
  return (
    <div>
      <PageHeader title="Users" description="Who can sign in, and what they may do: viewers read, editors also write agreements and directories, administrators also manage users and lists." />
      <div className="space-y-6">
        <Section title={`Accounts (${users.length})`}>
          <ul className="divide-y divide-slate-100">
            {users.map((u) => (
              <li key={u.id} className="flex flex-wrap items-start justify-between gap-3 py-3">
                <div>
                  <div className="font-medium">{u.name}</div>
                  <div className="text-sm text-slate-600">{u.email}</div>
                  <div className="mt-1 flex gap-2">
                    <Badge tone={u.role === "ADMIN" ? "violet" : u.role === "EDITOR" ? "blue" : "slate"}>{ROLE_LABELS[u.role]}</Badge>
                    {!u.active && <Badge tone="red">Deactivated</Badge>}
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
        <Section title="Create an account">
          <CreateUserForm />
        </Section>
      </div>
    </div>
  );
}
