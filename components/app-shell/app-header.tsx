import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { Role } from "@/lib/auth/roles";
import { LanguageSwitcher } from "./language-switcher";
import { NavLink } from "./nav-link";
import { SignOutButton } from "./sign-out-button";

export async function AppHeader({ user }: { user: { name: string; email: string; role: Role } | null }) {
  const [t, roles] = await Promise.all([getTranslations("shell"), getTranslations("roles")]);
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
        <Link href="/" className="flex items-center gap-2 text-lg font-semibold tracking-tight text-brand-900">
          <span aria-hidden className="grid size-7 place-items-center rounded-md bg-brand-600 text-sm font-bold text-white">
            P
          </span>
          Pacta
        </Link>
        <nav aria-label={t("mainNavigation")} className="order-3 -mx-1 flex w-full gap-1 overflow-x-auto pb-1 md:order-none md:w-auto md:pb-0">
          <NavLink href="/" exact>
            {t("nav.dashboard")}
          </NavLink>
          <NavLink href="/agreements">{t("nav.agreements")}</NavLink>
          <NavLink href="/organizations">{t("nav.organizations")}</NavLink>
          <NavLink href="/people">{t("nav.people")}</NavLink>
          <NavLink href="/reference-lists">{t("nav.lists")}</NavLink>
          <NavLink href="/reminders">{t("nav.reminders")}</NavLink>
          {user?.role === "ADMIN" && (
            <>
              <NavLink href="/admin/users">{t("nav.users")}</NavLink>
              <NavLink href="/admin/audit">{t("nav.audit")}</NavLink>
            </>
          )}
        </nav>
        <div className="ml-auto flex items-center gap-3 text-sm">
          <LanguageSwitcher />
          {user && (
            <>
            <div className="text-right leading-tight">
              <Link href="/profile" className="font-medium text-slate-800 hover:underline">
                {user.name}
              </Link>
              <div className="text-xs text-slate-500">
                {user.email} · {roles(user.role)}
              </div>
            </div>
            <SignOutButton />
            </>
          )}
        </div>
      </div>
    </header>
  );
}
