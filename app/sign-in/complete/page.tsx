import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CompleteSignIn } from "@/components/auth/complete-sign-in";
import { ClientMessages } from "@/components/i18n/client-messages";
import { safeReturnPath } from "@/lib/auth/return-path";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("signIn"))("title") };
}

// The last step of a SAML sign-in (lib/auth/sso/ticket.ts): the session is opened from the browser, by next-auth.
export default async function CompleteSignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  const returnTo = safeReturnPath((await searchParams).callbackUrl);
  return (
    <main className="flex min-h-screen items-center justify-center px-4 py-12">
      <div className="w-full max-w-sm rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
        <ClientMessages namespaces={["sso"]}>
          <CompleteSignIn returnTo={returnTo} />
        </ClientMessages>
      </div>
    </main>
  );
}
