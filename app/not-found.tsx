import Link from "next/link";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { LanguageSwitcher } from "@/components/app-shell/language-switcher";

export default async function NotFound() {
  const t = await getTranslations("notFound");
  // Set by the server for every request (scripts/request-gate.mjs), so a person can quote it.
  const requestId = (await headers()).get("x-request-id");
  return (
    <main className="mx-auto max-w-md px-4 py-24 text-center">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-2 text-slate-600">{t("body")}</p>
      <Link href="/agreements" className="mt-6 inline-block font-medium text-brand-700 underline">
        {t("link")}
      </Link>
      {requestId ? (
        <p className="mt-4 text-sm text-slate-600">
          {t("requestId")}: <code className="select-all rounded bg-slate-100 px-1.5 py-0.5 font-mono text-slate-900">{requestId}</code>
        </p>
      ) : null}
      <div className="mt-8 flex justify-center">
        <LanguageSwitcher />
      </div>
    </main>
  );
}
