// Driving a real Chromium (the system's, not a downloaded one) with playwright-core.
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, expect } from "vitest";

const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.PACTA_CHROMIUM_PATH ?? "/usr/bin/chromium", args: CHROMIUM_ARGS });
}

export const VIEWPORTS = {
  desktop: { width: 1280, height: 900 },
  phone: { width: 390, height: 844 },
} as const;

export const SCREENSHOT_DIR = path.join("test-results", "screenshots");

/** Saves a full-page screenshot as a test artifact, to be looked at. */
export async function screenshot(page: Page, name: string) {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

export async function signIn(page: Page, baseURL: string, email: string, password: string) {
  await page.goto(`${baseURL}/sign-in`);
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
}

const axeSource = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

/** Runs axe on the page and fails on any serious or critical accessibility violation. */
export async function expectNoSeriousAccessibilityViolations(page: Page) {
  // After a click on a link, Next.js streams the new page's <title> a moment after its content:
  // judge the page once it has one (a page that never gets one still fails, below, after 5 s).
  await page.waitForFunction(() => document.title.trim() !== "", undefined, { timeout: 5_000 }).catch(() => {});
  await page.addScriptTag({ path: axeSource });
  const violations = await page.evaluate(async () => {
    // @ts-expect-error: axe is injected into the page above
    const result = await window.axe.run(document, { resultTypes: ["violations"] });
    return (result.violations as { id: string; impact: string; help: string; nodes: { target: string[] }[] }[])
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  });
  expect(violations).toEqual([]);
}

/**
 * One browser for a test file (opened before its tests, closed after them) and the pages its tests
 * open, each in a context of its own that is closed after the test.
 * `signedInPage(email, { viewport, locale })` signs in a browser that prefers `locale` (default
 * en-GB). The language comes from the browser's preference, never from the switcher: a choice
 * would be saved on the shared demo account and follow it into the other test files.
 */
export function browserForFile(baseURL: string, password: string) {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
  });
  afterAll(async () => browser?.close());

  async function newPage(options: BrowserContextOptions = {}): Promise<Page> {
    const context = await browser.newContext({ viewport: VIEWPORTS.desktop, ...options });
    contexts.push(context);
    return context.newPage();
  }

  async function signedInPage(email: string, { viewport = VIEWPORTS.desktop, locale = "en-GB", acceptDownloads = false }: { viewport?: { width: number; height: number }; locale?: string; acceptDownloads?: boolean } = {}): Promise<Page> {
    const page = await newPage({ viewport, locale, acceptDownloads });
    if (locale.startsWith("en")) {
      await signIn(page, baseURL, email, password);
    } else {
      await page.goto(`${baseURL}/sign-in`);
      await page.locator("input[type=email]").fill(email);
      await page.locator("input[type=password]").fill(password);
      await page.locator("input[type=password]").press("Enter");
      await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
    }
    return page;
  }

  return { newPage, signedInPage };
}
