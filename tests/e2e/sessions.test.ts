// Sessions in a real browser: changing a password ends every session of the account
// (other browsers included), and repeated failed sign-ins are slowed down with a
// message saying how long to wait.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { THROTTLE_POLICY } from "@/lib/auth/throttle";
import { createPrismaClient, type Database } from "@/lib/prisma-client";
import { launchBrowser, screenshot, signIn, VIEWPORTS } from "../support/browser";

const baseURL = inject("baseURL");

let browser: Browser;
let db: Database;

async function newAccount(email: string, password: string) {
  await db.user.create({ data: { email, name: "Session Tester", role: "VIEWER", passwordHash: await hashPassword(password, { logN: 10, r: 8, p: 1 }) } });
}

beforeAll(async () => {
  browser = await launchBrowser();
  db = createPrismaClient(inject("databaseUrl"));
});
afterAll(async () => {
  await browser?.close();
  await db?.$disconnect();
});

describe("sessions", () => {
  it("ends every session of an account when its password changes", async () => {
    await newAccount("sessions@example.edu", "the first long password");
    const here = await browser.newContext({ viewport: VIEWPORTS.desktop });
    const elsewhere = await browser.newContext({ viewport: VIEWPORTS.desktop });
    try {
      const page = await here.newPage();
      const other = await elsewhere.newPage();
      await signIn(page, baseURL, "sessions@example.edu", "the first long password");
      await signIn(other, baseURL, "sessions@example.edu", "the first long password");

      await page.goto(`${baseURL}/profile`);
      await page.getByLabel("Current password").fill("the first long password");
      await page.getByLabel("New password", { exact: true }).fill("the second long password");
      await page.getByLabel("New password again").fill("the second long password");
      await page.getByRole("button", { name: "Change password" }).click();
      await page.waitForURL(/\/sign-in\?notice=password-changed/);
      await expect(page.getByRole("status").textContent()).resolves.toContain("Your password was changed");
      await screenshot(page, "password-changed");

      // The other browser's session ended too: its next page asks to sign in.
      await other.goto(`${baseURL}/agreements`);
      expect(new URL(other.url()).pathname).toBe("/sign-in");

      await signIn(page, baseURL, "sessions@example.edu", "the second long password");
      await page.goto(`${baseURL}/profile`);
      await expect(page.getByRole("heading", { name: "Your account" }).isVisible()).resolves.toBe(true);
    } finally {
      await here.close();
      await elsewhere.close();
    }
  });

  it("slows down repeated failed sign-ins and says how long to wait", async () => {
    await newAccount("throttled@example.edu", "the right long password");
    const context = await browser.newContext({ viewport: VIEWPORTS.desktop });
    try {
      const page = await context.newPage();
      await page.goto(`${baseURL}/sign-in`);
      const alert = page.locator("#sign-in-error");
      const attempt = async (password: string) => {
        await page.getByLabel("E-mail").fill("throttled@example.edu");
        await page.getByLabel("Password").fill(password);
        await Promise.all([
          page.waitForResponse((r) => r.url().includes("/api/auth/callback/credentials")),
          page.getByRole("button", { name: "Sign in" }).click(),
        ]);
      };
      for (let i = 0; i < THROTTLE_POLICY.account.freeFailures; i++) {
        await attempt(`wrong guess ${i}`);
        await expect.poll(() => alert.textContent()).toBe("The e-mail address or password is incorrect.");
      }
      // Even the right password waits its turn.
      await attempt("the right long password");
      await expect.poll(() => alert.textContent()).toMatch(/^Too many failed attempts\. Wait (1 second|\d+ seconds), then try again\.$/);
      expect(new URL(page.url()).pathname).toBe("/sign-in");
      await screenshot(page, "sign-in-throttled");
    } finally {
      await context.close();
      // The address is shared by every test in this run: leave no count behind.
      await db.signInThrottle.deleteMany();
    }
  });

  it("ends at sign-out: a cookie copied before it opens nothing after it, and the session endpoint is silent", async () => {
    await newAccount("copied@example.edu", "a long password to copy");
    const here = await browser.newContext({ viewport: VIEWPORTS.desktop });
    const thief = await browser.newContext({ viewport: VIEWPORTS.desktop });
    try {
      const page = await here.newPage();
      await signIn(page, baseURL, "copied@example.edu", "a long password to copy");
      const copied = await here.cookies();
      const cookieHeader = copied.map((c) => `${c.name}=${c.value}`).join("; ");
      const session = () => fetch(`${baseURL}/api/auth/session`, { headers: { Cookie: cookieHeader } }).then((r) => r.json());
      expect(await session()).toMatchObject({ user: { email: "copied@example.edu" } });
      await thief.addCookies(copied);

      await page.getByRole("button", { name: "Sign out" }).click();
      await page.waitForURL(/\/sign-in/);

      expect(await session()).toEqual({});
      const stolen = await thief.newPage();
      await stolen.goto(`${baseURL}/agreements`);
      expect(new URL(stolen.url()).pathname).toBe("/sign-in");
    } finally {
      await here.close();
      await thief.close();
    }
  });

  it("counts sign-in attempts against the connection's address, whatever X-Forwarded-For or our own header claims", async () => {
    await newAccount("addressed@example.edu", "a long password with an address");
    const context = await browser.newContext({
      viewport: VIEWPORTS.desktop,
      extraHTTPHeaders: { "X-Forwarded-For": "203.0.113.9", "X-Pacta-Peer-Address": "203.0.113.10" },
    });
    try {
      await signIn(await context.newPage(), baseURL, "addressed@example.edu", "a long password with an address");
      const event = await db.auditEvent.findFirstOrThrow({ where: { action: "sign-in.succeeded", entityId: "addressed@example.edu" }, select: { changes: true } });
      expect(String(event.changes)).toMatch(/127\.0\.0\.1/);
      expect(String(event.changes)).not.toMatch(/203\.0\.113/);
    } finally {
      await context.close();
    }
  });
});
