// Single sign-on in a real browser against real identity providers on loopback: an OpenID
// Connect provider (oidc-provider) and a SAML IdP signing with a test key, with the production
// server (two processes) configured for both and with password sign-in switched off except for
// a break-glass administrator.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { createPrismaClient, type Database } from "@/lib/prisma-client";
import { expectNoSeriousAccessibilityViolations, launchBrowser, screenshot, VIEWPORTS } from "../support/browser";
import { migrate } from "../support/databases";
import { startOidcProvider, type TestOidcProvider } from "../support/identity-provider-oidc";
import { startSamlIdentityProvider, type TestSamlIdentityProvider } from "../support/identity-provider-saml";
import { freePort, spawnServer, waitUntilServing, type RunningServer } from "../support/server";

const distDir = inject("distDir");
const PASSWORD = "a long password for the emergency";

let dir: string;
let db: Database;
let oidc: TestOidcProvider;
let saml: TestSamlIdentityProvider;
let server: RunningServer;
let browser: Browser;
let baseURL: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "pacta-sso-e2e-"));
  const databaseUrl = `file:${path.join(dir, "sso.db")}`;
  migrate(databaseUrl);
  db = createPrismaClient(databaseUrl);
  const passwordHash = await hashPassword(PASSWORD, { logN: 10, r: 8, p: 1 });
  await db.user.createMany({
    data: [
      { email: "rescue@example.edu", name: "Rescue Admin", role: "ADMIN", passwordHash },
      { email: "office-admin@example.edu", name: "Office Admin", role: "ADMIN", passwordHash },
    ],
  });
  const port = await freePort();
  baseURL = `http://127.0.0.1:${port}`;
  oidc = await startOidcProvider(`${baseURL}/api/auth/callback/oidc`);
  saml = await startSamlIdentityProvider(`${baseURL}/api/auth/saml/metadata`);
  server = spawnServer({
    distDir,
    databaseUrl,
    port,
    env: {
      PACTA_WORKERS: "2",
      PACTA_REMINDERS: "off",
      PACTA_STORAGE_DIR: path.join(dir, "files"),
      PACTA_OIDC_ISSUER: oidc.issuer,
      PACTA_OIDC_CLIENT_ID: oidc.clientId,
      PACTA_OIDC_CLIENT_SECRET: oidc.clientSecret,
      PACTA_OIDC_NAME: "Example University",
      PACTA_OIDC_SCOPES: "openid email profile groups",
      PACTA_SAML_IDP_METADATA: saml.metadataUrl,
      PACTA_SAML_NAME: "Example Federation",
      PACTA_SSO_ALLOWED_DOMAINS: "example.edu",
      PACTA_SSO_EDITOR_GROUPS: "pacta-editors",
      PACTA_SSO_ADMIN_GROUPS: "pacta-admins",
      PACTA_PASSWORD_SIGN_IN: "off",
      PACTA_BREAK_GLASS_ADMINS: "rescue@example.edu",
    },
  });
  await waitUntilServing(`${baseURL}/api/health`, server.process);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  server?.process.kill("SIGTERM");
  await server?.exited;
  await oidc?.close();
  await saml?.close();
  await db?.$disconnect();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

async function withBrowser(work: (page: Page, context: BrowserContext) => Promise<void>, options: { locale?: string; viewport?: { width: number; height: number } } = {}) {
  const context = await browser.newContext({ viewport: options.viewport ?? VIEWPORTS.desktop, locale: options.locale ?? "en-GB" });
  try {
    await work(await context.newPage(), context);
  } finally {
    await context.close();
  }
}

/** From Pacta's sign-in page through the provider's login form; resolves once back on Pacta. */
async function signInWithOidc(page: Page, login: string, start = "/agreements") {
  await page.goto(`${baseURL}${start}`);
  await page.getByRole("button", { name: "Sign in with Example University" }).click();
  await page.waitForURL((url) => url.origin === oidc.issuer);
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill("anything at the test provider");
  await page.locator('button[type="submit"]').click();
  await page.waitForURL((url) => url.origin === baseURL && !url.pathname.startsWith("/api/"));
}

const pathOf = (page: Page) => new URL(page.url()).pathname;
const alertText = (page: Page) => page.getByRole("alert").first().textContent();
const auditActions = async (entityId: string) => (await db.auditEvent.findMany({ where: { entityId }, orderBy: { at: "asc" } })).map((e) => e.action);

describe("single sign-on with OpenID Connect", () => {
  it("shows the providers above the folded emergency password form, in both languages and on a phone", async () => {
    for (const [locale, name] of [["en-GB", "en"], ["zh-CN", "zh"]] as const) {
      for (const [size, viewport] of Object.entries(VIEWPORTS)) {
        await withBrowser(async (page) => {
          await page.goto(`${baseURL}/sign-in`);
          await screenshot(page, `sso-sign-in-${name}-${size}`);
        }, { locale, viewport });
      }
    }
    await withBrowser(async (page) => {
      await page.goto(`${baseURL}/sign-in`);
      await expect(page.getByRole("button", { name: "Sign in with Example University" }).isVisible()).resolves.toBe(true);
      await expect(page.getByRole("link", { name: "Sign in with Example Federation" }).isVisible()).resolves.toBe(true);
      await expect(page.getByLabel("Password").isVisible()).resolves.toBe(false);
      await expectNoSeriousAccessibilityViolations(page);
    });
  });

  it("signs a new person in end to end, creating the account with the role their groups give; a group change changes the role at the next sign-in", async () => {
    oidc.accounts.set("ada", { email: "ada@example.edu", name: "Ada Lovelace", groups: ["pacta-editors", "staff"] });
    await withBrowser(async (page) => {
      await signInWithOidc(page, "ada", "/agreements");
      expect(pathOf(page)).toBe("/agreements");
    });
    const ada = await db.user.findUniqueOrThrow({ where: { email: "ada@example.edu" }, include: { identities: true } });
    expect(ada).toMatchObject({ name: "Ada Lovelace", role: "EDITOR" });
    expect(ada.identities.map((i) => [i.provider, i.subject])).toEqual([["oidc", "ada"]]);
    expect(await auditActions(ada.id)).toEqual(["sso.account-created"]);

    oidc.accounts.set("ada", { email: "ada@example.edu", name: "Ada Lovelace", groups: ["pacta-admins"] });
    await withBrowser(async (page) => {
      await signInWithOidc(page, "ada", "/admin/users");
      expect(pathOf(page)).toBe("/admin/users");
    });
    expect((await db.user.findUniqueOrThrow({ where: { email: "ada@example.edu" } })).role).toBe("ADMIN");
    expect(await auditActions(ada.id)).toEqual(["sso.account-created", "sso.role-changed"]);
    expect(await auditActions("ada@example.edu")).toEqual(["sso.signed-in", "sso.signed-in"]);
  });

  it("refuses a person deactivated in Pacta, with a message", async () => {
    oidc.accounts.set("dora", { email: "dora@example.edu", name: "Dora", groups: ["pacta-admins"] });
    await withBrowser(async (page) => {
      await signInWithOidc(page, "dora");
      expect(pathOf(page)).toBe("/agreements");
    });
    await db.user.update({ where: { email: "dora@example.edu" }, data: { active: false } });
    await withBrowser(async (page) => {
      await signInWithOidc(page, "dora");
      expect(pathOf(page)).toBe("/sign-in");
      await expect(alertText(page)).resolves.toBe("Your Pacta account is deactivated. Ask an administrator if you need access.");
      await page.goto(`${baseURL}/agreements`);
      expect(pathOf(page)).toBe("/sign-in");
    });
  });

  for (const tampering of ["wrong-audience", "bad-signature"] as const) {
    it(`refuses an ID token with ${tampering === "wrong-audience" ? "another audience" : "a bad signature"}, audited`, async () => {
      const login = `tampered-${tampering}`;
      oidc.accounts.set(login, { email: `${login}@example.edu`, name: "Tampered", groups: [] });
      const before = await db.auditEvent.count({ where: { action: "sso.refused" } });
      oidc.tampering = tampering;
      try {
        await withBrowser(async (page) => {
          await signInWithOidc(page, login);
          expect(pathOf(page)).toBe("/sign-in");
          await expect(alertText(page)).resolves.toMatch(/could not be verified/);
          if (tampering === "bad-signature") await screenshot(page, "sso-refused-en-desktop");
          await page.goto(`${baseURL}/agreements`);
          expect(pathOf(page)).toBe("/sign-in");
        });
      } finally {
        oidc.tampering = "none";
      }
      expect(await db.user.count({ where: { email: { in: [`${login}@example.edu`, "intruder@example.edu"] } } })).toBe(0);
      await expect.poll(() => db.auditEvent.count({ where: { action: "sso.refused" } })).toBe(before + 1);
      const event = await db.auditEvent.findFirstOrThrow({ where: { action: "sso.refused" }, orderBy: { at: "desc" } });
      expect(JSON.parse(event.changes ?? "{}")).toMatchObject({ provider: { after: "oidc" }, reason: { after: "invalid-response" } });
    });
  }

  it("refuses a replayed callback (its state was used): no session from it", async () => {
    oidc.accounts.set("carol", { email: "carol@example.edu", name: "Carol", groups: [] });
    let callback = "";
    await withBrowser(async (page) => {
      page.on("request", (request) => {
        if (request.url().startsWith(`${baseURL}/api/auth/callback/oidc?`)) callback = request.url();
      });
      await signInWithOidc(page, "carol");
      expect(pathOf(page)).toBe("/agreements");
    });
    expect(callback).toContain("state=");
    // Another browser replays the callback address (code and state) it took from the first.
    await withBrowser(async (page) => {
      await page.goto(callback);
      expect(pathOf(page)).toBe("/sign-in");
      await expect(alertText(page)).resolves.toMatch(/could not be verified/);
      await page.goto(`${baseURL}/agreements`);
      expect(pathOf(page)).toBe("/sign-in");
    });
  });
});

describe("single sign-on with SAML", () => {
  it("signs a person in end to end through the federation's IdP (POST binding), then refuses the same answer replayed", async () => {
    saml.user = { nameId: "fed-4471", email: "grace@example.edu", name: "Grace Hopper", groups: ["pacta-editors"] };
    await withBrowser(async (page) => {
      await page.goto(`${baseURL}/agreements`);
      await page.getByRole("link", { name: "Sign in with Example Federation" }).click();
      await page.waitForURL(`${baseURL}/agreements`);
    });
    const grace = await db.user.findUniqueOrThrow({ where: { email: "grace@example.edu" }, include: { identities: true } });
    expect(grace.role).toBe("EDITOR");
    expect(grace.identities.map((i) => [i.provider, i.subject])).toEqual([["saml", "fed-4471"]]);

    // The captured answer, posted again from the IdP's origin: refused, audited.
    const replay = await fetch(`${baseURL}/api/auth/saml/acs`, {
      method: "POST",
      redirect: "manual",
      headers: { Origin: saml.url, "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ SAMLResponse: saml.lastAnswer!.SAMLResponse, RelayState: "/" }),
    });
    expect(replay.status).toBe(303);
    expect(replay.headers.get("location")).toBe(`${baseURL}/sign-in?error=invalid-response`);
    expect(replay.headers.get("set-cookie")).toBeNull();
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "sso.refused" }, orderBy: { at: "desc" } });
    expect(JSON.parse(event.changes ?? "{}")).toMatchObject({ provider: { after: "saml" }, detail: { after: expect.stringMatching(/InResponseTo/i) } });
  });

  it("refuses an assertion for another audience with a message", async () => {
    saml.user = { nameId: "fed-9", email: "other@example.edu", name: "Other", groups: [] };
    saml.tampering = { audience: "https://another-service.example.org/shibboleth" };
    try {
      await withBrowser(async (page) => {
        await page.goto(`${baseURL}/sign-in`);
        await page.getByRole("link", { name: "Sign in with Example Federation" }).click();
        await page.waitForURL(/\/sign-in\?error=invalid-response/);
        await expect(alertText(page)).resolves.toMatch(/could not be verified/);
      });
    } finally {
      saml.tampering = {};
    }
    expect(await db.user.count({ where: { email: "other@example.edu" } })).toBe(0);
  });

  it("serves Pacta's SP metadata at its stable address", async () => {
    const response = await fetch(`${baseURL}/api/auth/saml/metadata`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/samlmetadata\+xml/);
    expect(await response.text()).toContain(`Location="${baseURL}/api/auth/saml/acs"`);
  });
});

describe("password sign-in switched off", () => {
  async function passwordSignIn(page: Page, email: string) {
    await page.goto(`${baseURL}/sign-in`);
    await page.getByText("Emergency sign-in for administrators").click();
    await page.getByLabel("E-mail").fill(email);
    await page.getByLabel("Password").fill(PASSWORD);
    await Promise.all([page.waitForResponse((r) => r.url().includes("/api/auth/callback/credentials")), page.getByRole("button", { name: "Sign in", exact: true }).click()]);
  }

  it("refuses an administrator's right password unless they are a named break-glass administrator", async () => {
    await withBrowser(async (page) => {
      await passwordSignIn(page, "office-admin@example.edu");
      await expect.poll(() => page.locator("#sign-in-error").textContent()).toMatch(/^Password sign-in is switched off/);
      expect(pathOf(page)).toBe("/sign-in");
      await screenshot(page, "sso-password-off-en-desktop");
    });
    await withBrowser(async (page) => {
      await passwordSignIn(page, "rescue@example.edu");
      await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
      await page.goto(`${baseURL}/admin/users`);
      expect(pathOf(page)).toBe("/admin/users");
    });
    expect(await auditActions("office-admin@example.edu")).toEqual(["sign-in.password-off"]);
  });
});
