import { AppHeader } from "@/components/app-shell/app-header";
import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/current-user";

// Every page in this group checks the session itself (requireUser); the layout only shows who is signed in.
export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const [user, t] = await Promise.all([getCurrentUser(), getTranslations("shell")]);
  return (
    <div className="flex min-h-screen flex-col">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2">
        {t("skipToContent")}
      </a>
      <AppHeader user={user ? { name: user.name, email: user.email, role: user.role } : null} />
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 sm:px-6 sm:py-8">
        {children}
      </main>
      <footer className="border-t border-slate-200 py-4 text-center text-xs text-slate-500">
        {t("footer")}
      </footer>
    </div>
  );
}
