import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { Role } from "@/lib/auth/roles";
import { LanguageSwitcher } from "./language-switcher";
import { NavLink } from "./nav-link";
import { NavMenu } from "./nav-menu";
import { SignOutButton } from "./sign-out-button";

type HeaderUser = { name: string; email: string; role: Role };

/** The pages a person may open, in the order of the header; administrators have two more. */
async function NavLinks({ user, vertical = false }: { user: HeaderUser | null; vertical?: boolean }) {
  const t = await getTranslations("shell");
  return (
    <nav aria-label={t("mainNavigation")} className={vertical ? "flex flex-col gap-1" : "flex flex-nowrap gap-0.5"}>
      <NavLink href="/" exact>
        {t("nav.dashboard")}
      </NavLink>
      <NavLink href="/agreements">{t("nav.agreements")}</NavLink>
      <NavLink href="/ceremonies">{t("nav.ceremonies")}</NavLink>
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
  );
}

/** Who is signed in; on the one-line header the e-mail address gives way to the role (the profile shows both). */
async function Account({ user, inline }: { user: HeaderUser; inline: boolean }) {
  const roles = await getTranslations("roles");
  return (
    <div className={"min-w-0 leading-tight " + (inline ? "text-right" : "")}>
      {/* A long name gives way (ellipsis, the whole name on hover) rather than run under the sign-out button. */}
      <Link href="/profile" title={user.name} className="block truncate font-medium text-slate-800 hover:underline">
        {user.name}
      </Link>
      <div className="truncate text-xs text-slate-500">{inline ? roles(user.role) : `${user.email} · ${roles(user.role)}`}</div>
    </div>
  );
}

/**
 * The header. From 1280 px wide everything stands on one line that never wraps (an
 * administrator's eight links included); below that the navigation, the language and the
 * account fold into a menu (a `<details>` disclosure: a button to screen readers and the
 * keyboard, and it opens without JavaScript).
 */
export async function AppHeader({ user }: { user: HeaderUser | null }) {
  const t = await getTranslations("shell");
  return (
    <header className="relative border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-7xl flex-nowrap items-center gap-3 px-4 py-3 sm:px-6">
        <Link href="/" className="flex shrink-0 items-center gap-2 text-lg font-semibold tracking-tight text-brand-900">
          <span aria-hidden className="grid size-7 place-items-center rounded-md bg-brand-600 text-sm font-bold text-white">
            P
          </span>
          Pacta
        </Link>
        <div className="hidden xl:block">
          <NavLinks user={user} />
        </div>
        <div className="ml-auto hidden min-w-0 items-center gap-3 text-sm xl:flex">
          <LanguageSwitcher />
          {user && (
            <>
              <Account user={user} inline />
              <SignOutButton />
            </>
          )}
        </div>
        <NavMenu label={t("menu")} className="ml-auto xl:hidden">
          <NavLinks user={user} vertical />
          <div className="mt-3 flex flex-wrap items-center justify-between gap-3 border-t border-slate-200 pt-3 text-sm">
            {user && <Account user={user} inline={false} />}
            <div className="flex items-center gap-3">
              <LanguageSwitcher />
              {user && <SignOutButton />}
            </div>
          </div>
        </NavMenu>
      </div>
    </header>
  );
}
