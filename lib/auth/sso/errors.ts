// How the sign-in page learns why a single sign-on did not end in a session: the query
// parameter `error`, which next-auth also uses for its own codes. No server code here: the
// sign-in page and the components read it.

export const SSO_ERROR_PARAM = "error";

/** Our refusals (lib/auth/sso/provisioning.ts) and the protocol failures, each a key of the `sso.refused` messages. */
export const SSO_ERRORS = ["deactivated", "not-allowed", "no-email", "invalid-response", "unavailable"] as const;
export type SsoError = (typeof SSO_ERRORS)[number];

// next-auth's codes for a provider's answer that failed, or a provider that could not be reached.
const NEXT_AUTH_CODES: Record<string, SsoError> = {
  OAuthCallback: "invalid-response",
  Callback: "invalid-response",
  OAuthSignin: "unavailable",
  AccessDenied: "not-allowed",
};

/** The message key for the page's `error` parameter, or null when it is not a single sign-on error. */
export function ssoErrorOf(value: unknown): SsoError | null {
  if (typeof value !== "string") return null;
  if ((SSO_ERRORS as readonly string[]).includes(value)) return value as SsoError;
  return NEXT_AUTH_CODES[value] ?? null;
}
