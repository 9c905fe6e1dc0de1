// next-auth configuration: e-mail and password sign-in, JWT sessions backed by a
// session row (lib/auth/sessions.ts) that sign-out, a new password and deactivation end.
import "server-only";
import type { AuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { db } from "../db";
import type { Database } from "../prisma-client";
import { attemptSignIn } from "./sign-in";
import { throttledError } from "./throttle-message";
import { clientAddress } from "./client-address";
import { isRole } from "./roles";
import { endSession, openSession, SESSION_POLICY, continueSession } from "./sessions";
import { servedOverHttps } from "../config/public-url.mjs";

/** Thrown by the jwt callback for a session that has ended: next-auth then answers "no session" and clears the cookie. */
const SESSION_ENDED = "SessionEnded";

/** The configuration, on `database` (the tests pass their own). */
export function authOptionsFor(database: Database): AuthOptions {
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
    ],
    callbacks: {
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
