import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LanguageSwitcher } from "@/components/app-shell/language-switcher";

export default async function NotFound() {
  const t = await getTranslations("notFound");
  return (
    <main className="mx-auto max-w-md px-4 py-24 text-center">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-2 text-slate-600">{t("body")}</p>
      <Link href="/agreements" className="mt-6 inline-block font-medium text-brand-700 underline">
        {t("link")}
      </Link>
      <div className="mt-8 flex justify-center">
        <LanguageSwitcher />
      </div>
    </main>
  );
}
