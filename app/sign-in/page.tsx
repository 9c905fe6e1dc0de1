import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { LanguageSwitcher } from "@/components/app-shell/language-switcher";
import { SignInForm } from "@/components/auth/sign-in-form";
import { getCurrentUser } from "@/lib/auth/current-user";
import { safeReturnPath } from "@/lib/auth/return-path";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("signIn"))("title") };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  const params = await searchParams;
  const returnTo = safeReturnPath(params.callbackUrl);
  const passwordChanged = params.notice === "password-changed";
  if (await getCurrentUser()) redirect(returnTo);
  const t = await getTranslations("signIn");
  return (
    <main className="flex min-h-screen items-center justify-center px-4 py-12">
      <div className="w-full max-w-sm">
        <div className="mb-8 text-center">
          <div aria-hidden className="mx-auto mb-3 grid size-12 place-items-center rounded-xl bg-brand-600 text-xl font-bold text-white">
            P
          </div>
          <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{t("heading")}</h1>
          <p className="mt-1 text-sm text-slate-600">{t("tagline")}</p>
        </div>
        {passwordChanged && (
          <p role="status" className="mb-4 rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-800">
            {t("passwordChanged")}
          </p>
        )}
        <div className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
          <SignInForm returnTo={returnTo} />
        </div>
        <div className="mt-4 flex justify-center">
          <LanguageSwitcher />
        </div>
      </div>
    </main>
  );
}
