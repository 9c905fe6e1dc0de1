// next-auth configuration: e-mail and password sign-in, the university's single sign-on
// (OpenID Connect through next-auth's OAuth support; SAML through a one-time ticket, see
// lib/auth/sso/), and JWT sessions backed by a session row (lib/auth/sessions.ts) that
// sign-out, a new password and deactivation end.
import "server-only";
import type { AuthOptions, User } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import type { OAuthConfig } from "next-auth/providers/oauth";
import { db } from "../db";
import type { Database } from "../prisma-client";
import { attemptSignIn } from "./sign-in";
import { throttledError } from "./throttle-message";
import { clientAddress } from "./client-address";
import { isRole } from "./roles";
import { endSession, openSession, SESSION_POLICY, continueSession } from "./sessions";
import { servedOverHttps } from "../config/public-url.mjs";
import { configuredProviders, oidcSettings } from "./sso/settings";
import { recordSsoRefusal, signInFromDirectory, type DirectoryPerson } from "./sso/provisioning";
import { OIDC_PROVIDER_ID, personFromOidcClaims, type OidcClaims } from "./sso/oidc";
import { redeemSsoTicket, SSO_TICKET_PROVIDER_ID } from "./sso/ticket";
import { SSO_ERROR_PARAM } from "./sso/errors";

/** Thrown by the jwt callback for a session that has ended: next-auth then answers "no session" and clears the cookie. */
const SESSION_ENDED = "SessionEnded";

type HeaderBag = Record<string, string | string[] | undefined> | Headers;

/** The OpenID Connect provider (discovery, PKCE, state and nonce, the ID token's claims), when configured. */
function oidcProvider(): OAuthConfig<OidcClaims>[] {
  // Half-configured: left out (and logged), so that passwords, the break-glass way in, keep working.
  const settings = configuredProviders().oidc;
  if (!settings) return [];
  return [
    {
      id: OIDC_PROVIDER_ID,
      name: settings.displayName ?? "OpenID Connect",
      type: "oauth",
      wellKnown: `${settings.issuer}/.well-known/openid-configuration`,
      clientId: settings.clientId,
      clientSecret: settings.clientSecret,
      authorization: { params: { scope: settings.scopes } },
      idToken: true,
      checks: ["pkce", "state", "nonce"],
      // The Pacta account is chosen in the signIn callback; here only the provider's identity.
      profile: (claims) => ({ id: claims.sub, email: typeof claims.email === "string" ? claims.email : null, name: typeof claims.name === "string" ? claims.name : null }),
    },
  ];
}

/**
 * The configuration, on `database` (the tests pass their own); `requestHeaders`, when given,
 * are the request's, so that single sign-on events are audited with the client's address.
 */
export function authOptionsFor(database: Database, requestHeaders?: HeaderBag): AuthOptions {
  const address = requestHeaders ? clientAddress(requestHeaders) : null;
  return {
    secret: process.env.NEXTAUTH_SECRET,
    session: { strategy: "jwt", maxAge: SESSION_POLICY.absoluteSeconds },
    // Secure cookies with the __Secure-/__Host- prefixes whenever the configured public URL is https
    // (scripts/public-url.mjs), never decided from a request header.
    useSecureCookies: servedOverHttps(),
    pages: { signIn: "/sign-in", error: "/sign-in" },
    providers: [
      CredentialsProvider({
        name: "E-mail and password",
        credentials: {
          email: { label: "E-mail", type: "email" },
          password: { label: "Password", type: "password" },
        },
        async authorize(credentials, request) {
          const outcome = await attemptSignIn(database, credentials, clientAddress(request.headers ?? {}));
          // A thrown message reaches the sign-in form as the result's `error`; a null is the generic refusal.
          if (outcome.status === "throttled") throw new Error(throttledError(outcome.retryAfterSeconds));
          return outcome.status === "signed-in" ? outcome.user : null;
        },
      }),
      // The end of a SAML sign-in: the assertion was checked and the account chosen at the ACS
      // (app/api/auth/saml/acs), which left a one-time ticket in a cookie; this opens the session.
      CredentialsProvider({
        id: SSO_TICKET_PROVIDER_ID,
        name: "SAML",
        credentials: {},
        async authorize(_credentials, request) {
          return redeemSsoTicket(database, request.headers ?? {});
        },
      }),
      ...oidcProvider(),
    ],
    callbacks: {
      async signIn({ user, account, profile }) {
        if (account?.provider !== OIDC_PROVIDER_ID) return true;
        const settings = oidcSettings();
        const person: DirectoryPerson = personFromOidcClaims(profile as OidcClaims, settings?.groupsClaim ?? "groups");
        const outcome = await signInFromDirectory(database, person, address);
        if (outcome.status === "refused") return `/sign-in?${SSO_ERROR_PARAM}=${outcome.reason}`;
        // next-auth (without a database adapter) hands this same object to the jwt callback: make it the Pacta account.
        Object.assign(user as User, outcome.user);
        return true;
      },
      async jwt({ token, user }) {
        if (user) {
          token.sub = user.id;
          token.role = (user as { role?: unknown }).role as string;
          token.sessionVersion = (user as { sessionVersion?: number }).sessionVersion;
          token.sid = await openSession(database, user.id);
          return token;
        }
        // Every read of the session (a page, an action, /api/auth/session) asks the session's row.
        if (typeof token.sid !== "string" || !token.sub || !(await continueSession(database, token.sid, token.sub))) throw new Error(SESSION_ENDED);
        return token;
      },
      session({ session, token }) {
        if (session.user && token.sub) {
          session.user.id = token.sub;
          session.user.role = isRole(token.role) ? token.role : "VIEWER";
          session.user.sessionVersion = token.sessionVersion ?? 0;
        }
        return session;
      },
    },
    events: {
      async signOut({ token }) {
        if (typeof token?.sid === "string") await endSession(database, token.sid);
      },
    },
    logger: {
      // An ended session is an expected answer ("no session"), not a server error worth a log line.
      error(code, metadata) {
        if (code === "JWT_SESSION_ERROR" && (metadata as { message?: string })?.message === SESSION_ENDED) return;
        // A provider's answer that failed its checks (signature, audience, issuer, nonce, state, PKCE): a refusal, audited.
        if (code === "OAUTH_CALLBACK_ERROR") {
          const detail = metadata instanceof Error ? metadata.message : String((metadata as { error?: Error })?.error?.message ?? "");
          void recordSsoRefusal(database, "oidc", "unknown", "invalid-response", address, null, detail).catch(() => {});
          console.warn(`[sso] an OpenID Connect answer was refused: ${detail}`);
          return;
        }
        console.error(`[next-auth][error][${code}]`, metadata);
      },
      warn(code) {
        console.warn(`[next-auth][warn][${code}]`);
      },
      debug() {},
    },
  };
}

export const authOptions: AuthOptions = authOptionsFor(db);

/** The options for one request to next-auth's routes (app/api/auth/[...nextauth]): audited with its address. */
export function authOptionsForRequest(requestHeaders: HeaderBag): AuthOptions {
  return authOptionsFor(db, requestHeaders);
}
