"use client";

import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState } from "react";

export interface SingleSignOnChoice {
  /** "oidc": next-auth's provider; "saml": the address that starts a SAML sign-in. */
  kind: "oidc" | "saml";
  /** The institution's name for it (PACTA_OIDC_NAME, PACTA_SAML_NAME), or null for the generic words. */
  name: string | null;
  /** For SAML: where the browser goes to start. */
  href?: string;
}

const buttonClass =
  "flex w-full items-center justify-center rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white shadow-sm hover:bg-brand-700 disabled:opacity-60";

/** The "Sign in with …" buttons, one per configured identity provider. */
export function SingleSignOn({ choices, returnTo }: { choices: SingleSignOnChoice[]; returnTo: string }) {
  const t = useTranslations("sso");
  const [pending, setPending] = useState(false);
  const label = (choice: SingleSignOnChoice) => (choice.name ? t("signInWith", { name: choice.name }) : t("signInWithUniversity"));
  return (
    <div className="space-y-3">
      {choices.map((choice) =>
        choice.kind === "oidc" ? (
          <button
            key={choice.kind}
            type="button"
            disabled={pending}
            className={buttonClass}
            onClick={() => {
              setPending(true);
              void signIn("oidc", { callbackUrl: returnTo });
            }}
          >
            {label(choice)}
          </button>
        ) : (
          <a key={choice.kind} href={choice.href} className={buttonClass}>
            {label(choice)}
          </a>
        ),
      )}
    </div>
  );
}
