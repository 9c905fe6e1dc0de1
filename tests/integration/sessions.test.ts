// Sessions end on the server: next-auth's own handler (the code behind /api/auth/*) with
// Pacta's options, on a real database. A cookie copied before sign-out, after a password
// change or before deactivation gets no session; nor does one older than 8 hours, however
// often it was used, or one left idle.
import NextAuth from "next-auth";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { executeCommand } from "@/lib/actions/command";
import { authOptionsFor } from "@/lib/auth/options";
import { safeReturnPath } from "@/lib/auth/return-path";
import { SESSION_POLICY } from "@/lib/auth/sessions";
import { userCommands } from "@/lib/users/commands";
import type { AuthOptions } from "next-auth";
import { PROVIDERS, createTestDatabase, type TestDatabase } from "../support/databases";
import { FACTORY_PASSWORD, createUser } from "../support/factories";

const BASE = "http://localhost:3000";
process.env.NEXTAUTH_URL = BASE;
process.env.NEXTAUTH_SECRET ??= "a-test-secret-for-the-sessions-test-0123456789";

type Jar = Map<string, string>;
const cookieHeader = (jar: Jar) => [...jar].map(([name, value]) => `${name}=${value}`).join("; ");

/** One request to next-auth's handler (its API-route form), keeping the cookies it sets in `jar` as a browser would. */
async function call(options: AuthOptions, jar: Jar, method: "GET" | "POST", path: string, form?: Record<string, string>, setCookieLines: string[] = [], query: Record<string, string> = {}) {
  const headers: Record<string, string | string[]> = {};
  let body: unknown;
  const res = {
    status: () => res,
    setHeader: (name: string, value: string | string[]) => ((headers[name.toLowerCase()] = value), res),
    getHeader: (name: string) => headers[name.toLowerCase()],
    end: () => res,
    json: (value: unknown) => ((body = value), res),
    send: (value: unknown) => ((body = value), res),
  };
  const req = {
    method,
    query: { ...query, nextauth: path.split("/") },
    body: form ?? {},
    cookies: Object.fromEntries(jar),
    headers: { host: "localhost:3000", cookie: cookieHeader(jar) },
  };
  await (NextAuth as unknown as (req: unknown, res: unknown, options: AuthOptions) => Promise<void>)(req, res, options);
  for (const line of [headers["set-cookie"] ?? []].flat()) {
    setCookieLines.push(line);
    const [pair, ...attributes] = line.split(";");
    const name = pair.slice(0, pair.indexOf("="));
    const value = decodeURIComponent(pair.slice(pair.indexOf("=") + 1));
    const expired = attributes.some((a) => /^\s*max-age=0$/i.test(a) || (/^\s*expires=/i.test(a) && new Date(a.split("=")[1]) <= new Date()));
    if (value && !expired) jar.set(name, value);
    else jar.delete(name);
  }
  return { body, location: headers.location as string | undefined };
}

async function signIn(options: AuthOptions, email: string, password = FACTORY_PASSWORD): Promise<Jar> {
  const jar: Jar = new Map();
  const { body } = await call(options, jar, "GET", "csrf");
  await call(options, jar, "POST", "callback/credentials", { email, password, csrfToken: (body as { csrfToken: string }).csrfToken });
  expect(jar.has("next-auth.session-token")).toBe(true);
  return jar;
}

/** The session a copy of these cookies gets from /api/auth/session (a fresh copy each time: nothing the server sends back is kept). */
const sessionOf = async (options: AuthOptions, jar: Jar) => (await call(options, new Map(jar), "GET", "session")).body as { user?: { email?: string } };

describe.each(PROVIDERS)("sessions on %s", (provider) => {
  let t: TestDatabase;
  let options: AuthOptions;
  beforeAll(async () => {
    t = await createTestDatabase(provider);
    options = authOptionsFor(t.db);
  });
  afterAll(async () => t?.drop());

  it("sets Secure cookies with the __Secure-/__Host- prefixes when the public URL is https, whatever the request says", async () => {
    const saved = { ...process.env };
    try {
      process.env.PACTA_PUBLIC_URL = "https://pacta.example.edu";
      process.env.NEXTAUTH_URL = "https://pacta.example.edu";
      const secure = authOptionsFor(t.db);
      const user = await createUser(t.db, "VIEWER");
      const lines: string[] = [];
      const jar: Jar = new Map();
      const { body } = await call(secure, jar, "GET", "csrf", undefined, lines);
      await call(secure, jar, "POST", "callback/credentials", { email: user.email, password: FACTORY_PASSWORD, csrfToken: (body as { csrfToken: string }).csrfToken }, lines);
      const session = lines.find((line) => line.startsWith("__Secure-next-auth.session-token="));
      expect(session).toMatch(/; Secure/i);
      expect(lines.find((line) => line.startsWith("__Host-next-auth.csrf-token="))).toMatch(/; Secure/i);
      expect(lines.filter((line) => !/; Secure/i.test(line))).toEqual([]);
    } finally {
      process.env.PACTA_PUBLIC_URL = saved.PACTA_PUBLIC_URL;
      process.env.NEXTAUTH_URL = saved.NEXTAUTH_URL;
      if (saved.PACTA_PUBLIC_URL === undefined) delete process.env.PACTA_PUBLIC_URL;
    }
    // An http public URL (a test machine): plain names, no Secure.
    const plain = await signIn(options, (await createUser(t.db, "VIEWER")).email);
    expect([...plain.keys()]).toContain("next-auth.session-token");
  });

  it("keeps the return path of /api/auth/signin?callbackUrl=", async () => {
    const { location } = await call(options, new Map(), "GET", "signin", undefined, [], { callbackUrl: "/agreements?page=2" });
    const target = new URL(location!, BASE);
    expect(target.pathname).toBe("/sign-in");
    expect(safeReturnPath(target.searchParams.get("callbackUrl"), "/", BASE)).toBe("/agreements?page=2");
  });

  it("ends at sign-out: a cookie copied before it gets nothing after it", async () => {
    const user = await createUser(t.db, "EDITOR");
    const jar = await signIn(options, user.email);
    const copied = new Map(jar);
    expect((await sessionOf(options, copied)).user?.email).toBe(user.email);
    const { body } = await call(options, jar, "GET", "csrf");
    await call(options, jar, "POST", "signout", { csrfToken: (body as { csrfToken: string }).csrfToken });
    expect(await sessionOf(options, copied)).toEqual({});
    expect(await t.db.userSession.count({ where: { userId: user.id, endedAt: null } })).toBe(0);
  });

  it("lasts at most 8 hours however often it is used, and ends when left idle", async () => {
    const user = await createUser(t.db, "VIEWER");
    const jar = await signIn(options, user.email);
    const session = await t.db.userSession.findFirstOrThrow({ where: { userId: user.id } });
    // Used a minute ago, signed in just over 8 hours ago.
    const now = Date.now();
    await t.db.userSession.update({ where: { id: session.id }, data: { createdAt: new Date(now - SESSION_POLICY.absoluteSeconds * 1000 - 1000), lastSeenAt: new Date(now - 60_000) } });
    expect(await sessionOf(options, jar)).toEqual({});

    const idle = await signIn(options, user.email);
    const idleRow = await t.db.userSession.findFirstOrThrow({ where: { userId: user.id, endedAt: null } });
    await t.db.userSession.update({ where: { id: idleRow.id }, data: { lastSeenAt: new Date(now - SESSION_POLICY.idleSeconds * 1000 - 1000) } });
    expect(await sessionOf(options, idle)).toEqual({});
  });

  it("is silent for a cookie revoked by a password change or deactivation, in every browser; deactivation retires the calendar address", async () => {
    const admin = await createUser(t.db, "ADMIN");
    const user = await createUser(t.db, "EDITOR");
    const [laptop, phone] = [await signIn(options, user.email), await signIn(options, user.email)];
    expect((await sessionOf(options, phone)).user?.email).toBe(user.email);
    const changed = await executeCommand(userCommands.changeOwnPassword as never, user, { currentPassword: FACTORY_PASSWORD, newPassword: "my new long password", confirmPassword: "my new long password" }, t.db);
    expect(changed.result).toMatchObject({ status: "success" });
    expect(await sessionOf(options, laptop)).toEqual({});
    expect(await sessionOf(options, phone)).toEqual({});

    const again = await signIn(options, user.email, "my new long password");
    expect((await sessionOf(options, again)).user?.email).toBe(user.email);
    await t.db.user.update({ where: { id: user.id }, data: { calendarToken: `calendar-${user.id}` } });
    await executeCommand(userCommands.updateUser as never, admin, { id: user.id, role: "EDITOR", active: false }, t.db);
    expect(await sessionOf(options, again)).toEqual({});
    // Deactivation also retires the calendar address: reactivating the account does not revive it.
    await executeCommand(userCommands.updateUser as never, admin, { id: user.id, role: "EDITOR", active: true }, t.db);
    expect(await t.db.user.findUniqueOrThrow({ where: { id: user.id }, select: { calendarToken: true } })).toEqual({ calendarToken: null });
  });
});
