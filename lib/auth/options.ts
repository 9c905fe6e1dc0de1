// next-auth configuration: e-mail and password sign-in, JWT sessions.
import "server-only";
import type { AuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { db } from "../db";
import { attemptSignIn } from "./sign-in";
import { throttledError } from "./throttle-message";
import { clientAddress } from "./client-address";
import { isRole } from "./roles";
import { servedOverHttps } from "../../scripts/public-url.mjs";

const EIGHT_HOURS = 8 * 60 * 60;

export const authOptions: AuthOptions = {
  secret: process.env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: EIGHT_HOURS },
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
        const outcome = await attemptSignIn(db, credentials, clientAddress(request.headers ?? {}));
        // A thrown message reaches the sign-in form as the result's `error`; a null is the generic refusal.
        if (outcome.status === "throttled") throw new Error(throttledError(outcome.retryAfterSeconds));
        return outcome.status === "signed-in" ? outcome.user : null;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.role = (user as { role?: unknown }).role as string;
        token.sessionVersion = (user as { sessionVersion?: number }).sessionVersion;
      }
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
};
