// The dashboard for leadership in a real browser: the world map links each country to the
// filtered list with the same count, China's provinces, the pipeline, print on A4 and the PDF.
import fs from "node:fs";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient, type Database } from "@/lib/prisma-client";
import { expectNoSeriousAccessibilityViolations, launchBrowser, screenshot, signIn, VIEWPORTS } from "../support/browser";
import { createTestAgreement } from "../support/factories";

const baseURL = inject("baseURL");
const password = inject("demoPassword");
const databaseUrl = inject("databaseUrl");

let browser: Browser;
let context: BrowserContext | undefined;
let db: Database;

beforeAll(async () => {
  browser = await launchBrowser();
  db = createPrismaClient(databaseUrl);
  const editor = await db.user.findUniqueOrThrow({ where: { email: "editor@pacta.local" }, select: { id: true, email: true, name: true, role: true, active: true } });
  // Partners with country codes: two active agreements in New Zealand (no other test uses it),
  // one in Germany, two in China by the region's Chinese and English names.
  const partner = (name: string, country: string, region: string | null) =>
    db.organization.create({ data: { name, kind: "UNIVERSITY", country, region }, select: { id: true } });
  const [auckland, otago, munich, nanning, guilin] = await Promise.all([
    partner("University of Auckland (dashboard test)", "NZ", "Auckland"),
    partner("University of Otago (dashboard test)", "NZ", null),
    partner("Technical University of Munich (dashboard test)", "DE", "Bavaria"),
    partner("Guangxi University (dashboard test)", "CN", "广西"),
    partner("Guilin University of Technology (dashboard test)", "CN", "Guangxi Zhuang Autonomous Region"),
  ]);
  const soon = new Date(Date.now() + 50 * 86_400_000).toISOString().slice(0, 10);
  for (const [organization, expiresOn] of [[auckland, soon], [otago, undefined], [munich, undefined], [nanning, soon], [guilin, undefined]] as const) {
    await createTestAgreement(db, editor, {
      status: "ACTIVE",
      signedOn: "2024-05-01",
      expiresOn,
      noticePeriodDays: expiresOn ? 20 : undefined,
      ownerId: editor.id,
      parties: [{ organizationId: organization.id }],
      signatories: [],
    });
  }
});
afterEach(async () => {
  await context?.close();
  context = undefined;
});
afterAll(async () => {
  await browser?.close();
  await db?.$disconnect();
});

async function dashboard(locale: "en" | "zh-CN", viewport: { width: number; height: number } = VIEWPORTS.desktop): Promise<Page> {
  context = await browser.newContext({ viewport, locale, acceptDownloads: true });
  const page = await context.newPage();
  if (locale === "en") await signIn(page, baseURL, "editor@pacta.local", password);
  else {
    await page.goto(`${baseURL}/sign-in`);
    await page.getByLabel("电子邮箱").fill("editor@pacta.local");
    await page.getByLabel("密码").fill(password);
    await page.getByRole("button", { name: "登录", exact: true }).click();
    await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
  }
  await page.goto(`${baseURL}/`);
  await page.locator('svg[data-map="world"]').waitFor();
  return page;
}

describe("the dashboard for leadership", () => {
  it("shows the world map; a country opens the filtered list with the same count", async () => {
    const page = await dashboard("en");
    const newZealand = page.locator('a[data-country="NZ"]');
    await expect(newZealand.getAttribute("aria-label")).resolves.toBe("New Zealand: 2 active agreements");
    // Countries without agreements are drawing only; those with agreements are coloured links.
    // The world is one <use> of the map's own file, each country with agreements a <use> of its outline over it
    // (decisions 027, 029), which the browser must have drawn: the world across the map, New Zealand small.
    const links = await page.locator('svg[data-map="world"] a[data-country]').count();
    expect(links).toBeGreaterThanOrEqual(2);
    expect(await page.locator('svg[data-map="world"] use').count()).toBe(links + 1);
    await page.waitForFunction(() => {
      const box = (selector: string) => (document.querySelector(selector) as SVGGraphicsElement | null)?.getBBox();
      const world = box('use[data-outline="world"]');
      const newZealand = box('a[data-country="NZ"] use');
      return !!world && world.width > 800 && !!newZealand && newZealand.width > 5 && newZealand.height > 5 && newZealand.width < 100;
    });
    await expect(page.locator('a[data-country="DE"]').getAttribute("aria-label")).resolves.toMatch(/^Germany: \d+ active agreements?$/);
    // China's provinces: both spellings of Guangxi count in one tile.
    const guangxi = page.locator('a[data-province="GX"]');
    const guangxiLabel = (await guangxi.locator("title").textContent())!;
    expect(guangxiLabel).toMatch(/^Guangxi: \d+ active agreements?$/);
    const guangxiCount = Number(guangxiLabel.match(/: (\d+)/)![1]);
    expect(guangxiCount).toBeGreaterThanOrEqual(2);
    // The pipeline: the editor's agreements ending within the next quarters.
    await page.getByRole("heading", { name: "Expiry and notice pipeline" }).waitFor();
    await expect(page.getByRole("row", { name: /All owners/ }).count()).resolves.toBe(1);
    await expectNoSeriousAccessibilityViolations(page);
    await screenshot(page, "dashboard-desktop-en");

    // By keyboard: each country with agreements is a link in the tab order.
    await newZealand.focus();
    await page.keyboard.press("Enter");
    await page.waitForURL(`${baseURL}/agreements?status=ACTIVE&country=NZ`);
    await page.getByText("2 agreements match these filters.").waitFor();

    await page.goto(`${baseURL}/`);
    await page.locator('a[data-province="GX"]').focus();
    await page.keyboard.press("Enter");
    await page.waitForURL(`${baseURL}/agreements?status=ACTIVE&country=CN&province=GX`);
    await page.getByText(`${guangxiCount} agreements match these filters.`).waitFor();
  });

  it("links a pipeline cell to the list of those agreements", async () => {
    const page = await dashboard("en");
    const cell = page.getByRole("link", { name: /^All owners: \d+ agreements? ends? in Q/ }).first();
    const label = (await cell.getAttribute("aria-label"))!;
    const count = Number(label.match(/: (\d+) agreement/)![1]);
    await cell.click();
    await page.waitForURL(/\/agreements\?status=ACTIVE&expiresFrom=\d{4}-\d{2}-\d{2}&expiresTo=\d{4}-\d{2}-\d{2}/);
    await page.getByText(count === 1 ? "1 agreement matches these filters." : `${count} agreements match these filters.`).waitFor();
  });

  it("prints on A4: nothing wider than the printable width, no app header, every figure there", async () => {
    // A4 less 12 mm margins each side is 186 mm: 703 CSS pixels.
    const page = await dashboard("en", { width: 703, height: 1000 });
    await page.emulateMedia({ media: "print" });
    const overflow = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const wide = [...document.querySelectorAll("main *")].filter((e) => e.getBoundingClientRect().right > width + 0.5 && e.getClientRects().length > 0);
      return { width, scrollWidth: document.documentElement.scrollWidth, wide: wide.slice(0, 5).map((e) => e.outerHTML.slice(0, 120)) };
    });
    expect(overflow.wide).toEqual([]);
    expect(overflow.scrollWidth).toBeLessThanOrEqual(overflow.width);
    await expect(page.locator("body > div > header").isVisible()).resolves.toBe(false);
    await expect(page.getByRole("button", { name: "Print" }).isVisible()).resolves.toBe(false);
    await expect(page.locator('svg[data-map="world"]').isVisible()).resolves.toBe(true);
    await expect(page.locator('svg[data-map="china"]').isVisible()).resolves.toBe(true);
    const worldWidth = await page.locator('svg[data-map="world"]').evaluate((e) => e.getBoundingClientRect().width);
    expect(worldWidth).toBeGreaterThan(500);
    // Chromium's own print to PDF on A4, kept to be looked at.
    fs.mkdirSync("test-results/reports", { recursive: true });
    const printed = await page.pdf({ format: "A4", printBackground: true, preferCSSPageSize: true });
    fs.writeFileSync("test-results/reports/dashboard-printed.pdf", printed);
    expect(printed.subarray(0, 5).toString()).toBe("%PDF-");
  });

  it("downloads the dashboard as a PDF", async () => {
    const page = await dashboard("en");
    const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download as PDF" }).click()]);
    expect(file.suggestedFilename()).toMatch(/^pacta-dashboard-\d{4}-\d{2}-\d{2}\.pdf$/);
    const bytes = fs.readFileSync((await file.path())!);
    expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
    const anonymous = await fetch(`${baseURL}/dashboard/pdf`, { redirect: "manual" });
    expect(anonymous.status).toBe(401);
  });

  it("reads on a phone and in Chinese", async () => {
    const phone = await dashboard("en", VIEWPORTS.phone);
    const scroll = await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(scroll).toBeLessThanOrEqual(0);
    await screenshot(phone, "dashboard-phone-en");
    await context!.close();

    const page = await dashboard("zh-CN");
    await expect(page.locator('a[data-country="NZ"]').getAttribute("aria-label")).resolves.toBe("新西兰：2 份有效协议");
    await page.getByRole("heading", { name: "按省份统计的中国有效协议" }).waitFor();
    await expect(page.locator('svg[data-map="china"]').getByText("广西", { exact: true }).count()).resolves.toBe(1);
    await expectNoSeriousAccessibilityViolations(page);
    await screenshot(page, "dashboard-desktop-zh");
    await context!.close();
    const zhPhone = await dashboard("zh-CN", VIEWPORTS.phone);
    await screenshot(zhPhone, "dashboard-phone-zh");
  });
});
