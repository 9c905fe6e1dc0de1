"use client";
// What a person sees when a page fails on the server: a sentence, a way to try again, and the
// error's reference, which the server's log line of the failure names beside the request id
// (instrumentation.ts), so that an administrator can find what happened.
import { useTranslations } from "next-intl";

export default function PageError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("shell.failure");
  return (
    <main className="mx-auto max-w-md px-4 py-24 text-center" role="alert">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-2 text-slate-600">{t("body")}</p>
      {error.digest ? (
        <p className="mt-4 text-sm text-slate-600">
          {t("reference")}: <code className="select-all rounded bg-slate-100 px-1.5 py-0.5 font-mono text-slate-900">{error.digest}</code>
        </p>
      ) : null}
      <button type="button" onClick={reset} className="mt-6 inline-block font-medium text-brand-700 underline">
        {t("retry")}
      </button>
    </main>
  );
}
