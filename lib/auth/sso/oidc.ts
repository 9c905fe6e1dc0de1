// What Pacta reads from an OpenID Connect ID token (already verified by next-auth's OAuth
// client: signature against the provider's keys, issuer, audience, expiry, nonce, state, PKCE).
import type { DirectoryPerson } from "./provisioning";

/** next-auth's id of the OpenID Connect provider: the callback address is /api/auth/callback/oidc. */
export const OIDC_PROVIDER_ID = "oidc";

/** The ID token's claims (standard ones typed, the group claim looked up by name). */
export interface OidcClaims extends Record<string, unknown> {
  sub: string;
  email?: unknown;
  email_verified?: unknown;
  name?: unknown;
}

/**
 * The person the claims describe. The groups come from `groupsClaim`: a list of strings, or one
 * string; anything else counts as none. The e-mail counts as vouched for only with
 * `email_verified: true` (Entra ID omits it for work accounts: set PACTA_OIDC_TRUST_EMAIL=on there).
 */
export function personFromOidcClaims(claims: OidcClaims, groupsClaim: string, env: Record<string, string | undefined> = process.env): DirectoryPerson {
  const raw = claims[groupsClaim];
  const groups = Array.isArray(raw) ? raw.filter((g): g is string => typeof g === "string") : typeof raw === "string" ? [raw] : [];
  const trustEmail = (env.PACTA_OIDC_TRUST_EMAIL ?? "").trim().toLowerCase() === "on";
  return {
    provider: "oidc",
    subject: String(claims.sub),
    email: typeof claims.email === "string" ? claims.email : null,
    emailVerified: claims.email_verified === true || claims.email_verified === "true" || trustEmail,
    name: typeof claims.name === "string" ? claims.name : null,
    groups,
  };
}
