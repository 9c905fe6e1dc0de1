import Link from "next/link";
import { ROLE_LABELS, type Role } from "@/lib/auth/roles";
import { NavLink } from "./nav-link";
import { SignOutButton } from "./sign-out-button";

export function AppHeader({ user }: { user: { name: string; email: string; role: Role } | null }) {
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
        <Link href="/" className="flex items-center gap-2 text-lg font-semibold tracking-tight text-brand-900">
          <span aria-hidden className="grid size-7 place-items-center rounded-md bg-brand-600 text-sm font-bold text-white">
            P
          </span>
          Pacta
        </Link>
        <nav aria-label="Main" className="order-3 -mx-1 flex w-full gap-1 overflow-x-auto pb-1 md:order-none md:w-auto md:pb-0">
          <NavLink href="/" exact>
            Dashboard
          </NavLink>
          <NavLink href="/agreements">Agreements</NavLink>
          <NavLink href="/organizations">Organisations</NavLink>
          <NavLink href="/people">People</NavLink>
          <NavLink href="/reference-lists">Lists</NavLink>
          <NavLink href="/reminders">Reminders</NavLink>
          {user?.role === "ADMIN" && (
            <>
              <NavLink href="/admin/users">Users</NavLink>
              <NavLink href="/admin/audit">Audit log</NavLink>
            </>
          )}
        </nav>
        {user && (
          <div className="ml-auto flex items-center gap-3 text-sm">
            <div className="text-right leading-tight">
              <Link href="/profile" className="font-medium text-slate-800 hover:underline">
                {user.name}
              </Link>
              <div className="text-xs text-slate-500">
                {user.email} · {ROLE_LABELS[user.role]}
              </div>
            </div>
            <SignOutButton />
          </div>
        )}
      </div>
    </header>
  );
}
