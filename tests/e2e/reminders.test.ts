// Reminders as a user meets them: chosen on the profile, found by the daily job, listed on
// the Reminders page with links to the agreements.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient, type Database } from "@/lib/prisma-client";
import { runReminderJob } from "@/lib/reminders/job";
import { expectNoSeriousAccessibilityViolations, launchBrowser, screenshot, signIn, VIEWPORTS } from "../support/browser";
import { createTestAgreement } from "../support/factories";

const baseURL = inject("baseURL");
const password = inject("demoPassword");
const databaseUrl = inject("databaseUrl");

let browser: Browser;
let page: Page;
let db: Database;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await (await browser.newContext({ viewport: VIEWPORTS.desktop })).newPage();
  db = createPrismaClient(databaseUrl);
});
afterAll(async () => {
  await browser?.close();
  await db?.$disconnect();
});

describe("reminders", () => {
  it("a viewer chooses reminders of all agreements 60 days ahead and finds one on the Reminders page, linked", async () => {
    await signIn(page, baseURL, "viewer@pacta.local", password);
    await page.goto(`${baseURL}/profile`);
    await page.getByLabel("Days ahead").fill("14, soon");
    await page.getByRole("button", { name: "Save reminder settings" }).click();
    await page.getByText("Write up to 6 numbers of days").waitFor();
    await page.getByLabel("All agreements I can see").check();
    await page.getByLabel("Days ahead").fill("60");
    await page.getByRole("button", { name: "Save reminder settings" }).click();
    await page.getByText("Saved: the next reminders follow these settings.").waitFor();

    // An active agreement that ends in 20 days, and the daily job (as the server or cron runs it).
    const editor = await db.user.findUniqueOrThrow({ where: { email: "editor@pacta.local" }, select: { id: true, email: true, name: true, role: true, active: true } });
    const ends = new Date(Date.now() + 20 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
    const { reference } = await createTestAgreement(db, editor, { status: "ACTIVE", title: "Reminder Test Agreement", expiresOn: ends });
    await runReminderJob(db, { mailer: null, log: () => {} });
    expect(await db.reminder.count({ where: { user: { email: "viewer@pacta.local" }, agreement: { reference } } })).toBe(1);

    await page.getByRole("link", { name: "Reminders" }).click();
    const list = page.getByRole("list", { name: "Your reminders" });
    await list.waitFor();
    const item = list.locator("li").filter({ hasText: reference });
    await expect(item.textContent()).resolves.toMatch(/Reminder Test Agreement.*ends on .* \(in 20 days\).*60-day reminder/);
    await screenshot(page, "reminders");
    await expectNoSeriousAccessibilityViolations(page);
    await item.getByRole("link").click();
    await page.waitForURL(`${baseURL}/agreements/${reference}`);
  });
});
