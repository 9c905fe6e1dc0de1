// The hand-over from the SAML assertion consumer (which checked the assertion and chose the
// account) to next-auth (which opens sessions): a one-time ticket, 32 random bytes in an
// HttpOnly cookie, stored hashed in SsoOneTimeValue for two minutes, redeemed once by the
// "sso-ticket" credentials provider. A ticket cannot be replayed, guessed or used by another browser.
import { createHash, randomBytes } from "node:crypto";
import { servedOverHttps } from "../../config/public-url.mjs";
import type { Database } from "../../prisma-client";
import type { SignedInUser } from "../sign-in";

export const SSO_TICKET_PROVIDER_ID = "sso-ticket";
export const SSO_TICKET_SECONDS = 120;

/** The cookie's name: with the __Host- prefix when Pacta is served over https. */
export function ssoTicketCookieName(): string {
  return servedOverHttps() ? "__Host-pacta.sso-ticket" : "pacta.sso-ticket";
}

const keyOf = (ticket: string) => `sso-ticket:${createHash("sha256").update(ticket).digest("base64url")}`;

/** Issues a ticket for `userId`; returns the cookie to set (name, value, options for a Set-Cookie). */
export async function issueSsoTicket(db: Database, userId: string, now = new Date()) {
  const ticket = randomBytes(32).toString("base64url");
  await db.ssoOneTimeValue.deleteMany({ where: { expiresAt: { lt: now } } });
  await db.ssoOneTimeValue.create({ data: { key: keyOf(ticket), value: userId, expiresAt: new Date(now.getTime() + SSO_TICKET_SECONDS * 1000) } });
  return {
    name: ssoTicketCookieName(),
    value: ticket,
    options: { httpOnly: true, sameSite: "lax" as const, secure: servedOverHttps(), path: "/", maxAge: SSO_TICKET_SECONDS },
  };
}

function cookieValue(headers: Record<string, string | string[] | undefined> | Headers, name: string): string | null {
  const raw = headers instanceof Headers ? headers.get("cookie") : headers.cookie;
  const header = Array.isArray(raw) ? raw.join("; ") : (raw ?? "");
  for (const part of header.split(";")) {
    const [key, ...rest] = part.trim().split("=");
    if (key === name) return decodeURIComponent(rest.join("="));
  }
  return null;
}

/** Redeems the ticket in the request's cookie: the account, once, if still active; else null. */
export async function redeemSsoTicket(db: Database, headers: Record<string, string | string[] | undefined> | Headers, now = new Date()): Promise<SignedInUser | null> {
  const ticket = cookieValue(headers, ssoTicketCookieName());
  if (!ticket) return null;
  const key = keyOf(ticket);
  const row = await db.ssoOneTimeValue.findUnique({ where: { key } });
  // Deleting is the redemption: of two requests with the same ticket, one deletes it.
  const { count } = await db.ssoOneTimeValue.deleteMany({ where: { key, expiresAt: { gt: now } } });
  if (!row || count !== 1) return null;
  const user = await db.user.findUnique({ where: { id: row.value }, select: { id: true, email: true, name: true, role: true, active: true, sessionVersion: true } });
  if (!user || !user.active) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion };
}
