"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";

/** Redeems the one-time ticket the SAML assertion consumer left in a cookie, then goes on to `returnTo`. */
export function CompleteSignIn({ returnTo }: { returnTo: string }) {
  const t = useTranslations("sso");
  const router = useRouter();
  const [failed, setFailed] = useState(false);
  const started = useRef(false);
  useEffect(() => {
    // Once: a ticket is good for one use (React runs effects twice in development).
    if (started.current) return;
    started.current = true;
    void signIn("sso-ticket", { redirect: false }).then((result) => {
      if (result?.ok && !result.error) {
        router.replace(returnTo);
        router.refresh();
      } else setFailed(true);
    });
  }, [returnTo, router]);
  return failed ? (
    <div className="space-y-3 text-center">
      <p role="alert" className="text-sm text-red-700">
        {t("completeFailed")}
      </p>
      <a href="/sign-in" className="text-sm font-medium text-brand-700 underline">
        {t("startAgain")}
      </a>
    </div>
  ) : (
    <p role="status" className="text-center text-sm text-slate-600">
      {t("completing")}
    </p>
  );
}
