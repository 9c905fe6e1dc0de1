import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { LanguageSwitcher } from "@/components/app-shell/language-switcher";
import { SignInForm } from "@/components/auth/sign-in-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { SingleSignOn, type SingleSignOnChoice } from "@/components/auth/single-sign-on";
import { ssoErrorOf } from "@/lib/auth/sso/errors";
import { configuredProviders, passwordSignInSettings, SAML_PATHS } from "@/lib/auth/sso/settings";
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
  const sso = await getTranslations("sso");
  const ssoError = ssoErrorOf(params.error);
  const { oidc, saml } = configuredProviders();
  const choices: SingleSignOnChoice[] = [
    ...(oidc ? [{ kind: "oidc" as const, name: oidc.displayName }] : []),
    ...(saml ? [{ kind: "saml" as const, name: saml.displayName, href: `${SAML_PATHS.login}?callbackUrl=${encodeURIComponent(returnTo)}` }] : []),
  ];
  // With password sign-in off, the form stays (folded away) for the break-glass administrators;
  // with no single sign-on configured either, it stays open so that nobody is locked out.
  const passwordOff = !passwordSignInSettings().enabled;
  const form = <SignInForm returnTo={returnTo} passwordOff={passwordOff} />;
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
        {ssoError && (
          <p role="alert" className="mb-4 rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
            {sso(`refused.${ssoError}`)}
          </p>
        )}
        <ClientMessages namespaces={["sso"]}>
          <div className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
            {choices.length > 0 && <SingleSignOn choices={choices} returnTo={returnTo} />}
            {choices.length > 0 && passwordOff ? (
              <details className="mt-6 border-t border-slate-200 pt-4">
                <summary className="cursor-pointer text-sm font-medium text-slate-700">{sso("emergency")}</summary>
                <div className="mt-4">{form}</div>
              </details>
            ) : (
              <>
                {choices.length > 0 && (
                  <p className="my-5 flex items-center gap-3 text-xs text-slate-500 before:h-px before:flex-1 before:bg-slate-200 after:h-px after:flex-1 after:bg-slate-200">
                    {sso("or")}
                  </p>
                )}
                {form}
              </>
            )}
          </div>
        </ClientMessages>
        <div className="mt-4 flex justify-center">
          <LanguageSwitcher />
        </div>
      </div>
    </main>
  );
}
