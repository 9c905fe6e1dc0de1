"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Field, inputClass } from "@/components/forms/field";
import { THROTTLED_PREFIX } from "@/lib/auth/throttle-message";

/** The e-mail and password form; with `passwordOff`, its refusal says that passwords are for the emergency administrators only. */
export function SignInForm({ returnTo, passwordOff = false }: { returnTo: string; passwordOff?: boolean }) {
  const t = useTranslations("signIn");
  const sso = useTranslations("sso");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const result = await signIn("credentials", {
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      redirect: false,
    });
    if (result?.ok && !result.error) {
      router.replace(returnTo);
      router.refresh();
      return;
    }
    setPending(false);
    const wait = result?.error?.startsWith(THROTTLED_PREFIX) ? Number(result.error.slice(THROTTLED_PREFIX.length)) : 0;
    // One message for every failure: it must not reveal whether the e-mail exists.
    setError(
      wait <= 0 ? (passwordOff ? sso("passwordOff") : t("incorrect")) : wait < 90 ? t("throttledSeconds", { seconds: wait }) : t("throttledMinutes", { minutes: Math.ceil(wait / 60) }),
    );
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <Field id="email" label={t("email")}>
        {(a) => (
          <input
            {...a}
            name="email"
            type="email"
            autoComplete="username"
            required
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? "sign-in-error" : undefined}
            className={inputClass}
          />
        )}
      </Field>
      <Field id="password" label={t("password")}>
        {(a) => (
          <input
            {...a}
            name="password"
            type="password"
            autoComplete="current-password"
            required
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? "sign-in-error" : undefined}
            className={inputClass}
          />
        )}
      </Field>
      <p id="sign-in-error" role="alert" aria-live="polite" className="min-h-5 text-sm text-red-700">
        {error}
      </p>
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white shadow-sm hover:bg-brand-700 disabled:opacity-60"
      >
        {pending ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
