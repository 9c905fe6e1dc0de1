// The daily work of a partnerships officer, in a real browser against the production build.
import fs from "node:fs";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { expectNoSeriousAccessibilityViolations, launchBrowser, screenshot, signIn, VIEWPORTS } from "../support/browser";

const baseURL = inject("baseURL");
const password = inject("demoPassword");

let browser: Browser;
const contexts: BrowserContext[] = [];

async function signedInPage(email: string, viewport: { width: number; height: number } = VIEWPORTS.desktop): Promise<Page> {
  const context = await browser.newContext({ viewport, acceptDownloads: true });
  contexts.push(context);
  const page = await context.newPage();
  await signIn(page, baseURL, email, password);
  return page;
}

const heading = (page: Page) => page.getByRole("heading", { level: 1 }).textContent();
const referenceOf = (page: Page) => new URL(page.url()).pathname.split("/").pop()!;

async function changeStatus(page: Page, label: string) {
  await page.getByLabel("Move to").selectOption({ label });
  await page.getByRole("button", { name: "Change status" }).click();
  // The timeline records the change (the header may show a derived status, e.g. expired).
  await page.locator("#timeline").getByText(new RegExp(`→ ${label}$`)).last().waitFor();
}

beforeAll(async () => {
  browser = await launchBrowser();
});
afterEach(async () => {
  for (const context of contexts.splice(0)) await context.close();
});
afterAll(async () => browser?.close());

describe("an editor", () => {
  it("logs a new agreement with a new partner, activates it, renews it and sees the chain", async () => {
    const page = await signedInPage("editor@pacta.local");
    await page.goto(`${baseURL}/agreements`);
    await page.getByRole("link", { name: "Log an agreement" }).click();
    await page.waitForURL(`${baseURL}/agreements/new`);

    // Sending the empty form shows what is missing next to the fields, and keeps what was typed.
    await page.getByLabel("Signed on").fill("15 March");
    await page.getByRole("button", { name: "Log the agreement" }).click();
    await page.getByText("Give the agreement a title, or say that it is not known or that it has none.").waitFor();
    await expect(page.getByText("Write the date as YYYY, YYYY-MM or YYYY-MM-DD").isVisible()).resolves.toBe(true);
    await expect(page.getByLabel("Signed on").inputValue()).resolves.toBe("15 March");
    await expect(page.getByLabel("Title").getAttribute("aria-invalid")).resolves.toBe("true");
    await screenshot(page, "agreement-new-errors");

    await page.getByLabel("Title").fill("Memorandum of Understanding on Smart Shipping");
    await page.getByLabel("Type").selectOption({ label: "Memorandum of understanding" });
    await page.getByLabel("New organisation").check();
    await page.getByLabel("Name (English)").fill("Nanyang Technological University");
    await page.getByLabel("Local-language name").first().fill("南洋理工大学");
    await page.getByLabel("Country").fill("Singapore");
    await page.getByLabel("Signed on").fill("2024-05");
    await page.getByLabel("Term in months").fill("24");
    await page.getByRole("button", { name: "Add a signatory" }).click();
    await page.getByLabel("Position").fill("Provost");
    await page.getByRole("group", { name: "Signed for" }).getByLabel("Nanyang Technological University").check();
    await page.getByLabel("Transportation").check();
    await expectNoSeriousAccessibilityViolations(page);
    await page.getByRole("button", { name: "Log the agreement" }).click();
    await page.waitForURL(/\/agreements\/AG-2024-\d{4}$/);
    const original = referenceOf(page);
    await expect(heading(page)).resolves.toContain("Memorandum of Understanding on Smart Shipping");
    await expect(page.getByText("南洋理工大学").first().isVisible()).resolves.toBe(true);
    await expect(page.locator("#people").textContent()).resolves.toContain("Provost");
    // A two-year term from May 2024 expires in April 2026, at month precision, and so runs until its last day.
    await expect(page.locator("time[datetime='2026-04']").textContent()).resolves.toBe("April 2026");
    await expect(page.locator("time[datetime='2026-04-30']").textContent()).resolves.toBe("30 April 2026");

    await changeStatus(page, "Active");
    await page.locator("#timeline").getByText("Draft → Active").waitFor();
    // After a change no next status is preselected (a stale choice once showed "Expired" here).
    await expect(page.getByLabel("Move to").inputValue()).resolves.toBe("");
    await expect(page.locator("#history").textContent()).resolves.toContain("Status: Draft → Active");
    await screenshot(page, "agreement-new-active");

    await page.getByText("Renew this agreement").click();
    await page.getByLabel("Signed on").fill("2026-04-20");
    await page.getByLabel("Term in months").fill("36");
    await page.getByRole("button", { name: "Start the renewal" }).click();
    await page.waitForURL((url) => url.pathname !== `/agreements/${original}`);
    const renewal = referenceOf(page);
    expect(renewal).toMatch(/^AG-2026-\d{4}$/);
    await expect(page.locator("header").getByText("Draft").isVisible()).resolves.toBe(true);
    await expect(page.locator("#people").textContent()).resolves.toContain("Provost");

    await changeStatus(page, "Active");
    const chain = page.getByRole("list", { name: "Renewal chain, oldest first" });
    await expect(chain.getByRole("listitem").allTextContents()).resolves.toEqual([
      expect.stringMatching(new RegExp(`${original}.*Renewed`)),
      expect.stringMatching(new RegExp(`${renewal}.*Active`)),
    ]);
    await screenshot(page, "agreement-renewal-chain");

    await page.goto(`${baseURL}/agreements/${original}`);
    await expect(page.locator("header").getByText("Renewed").isVisible()).resolves.toBe(true);
    await expect(page.locator("#history").textContent()).resolves.toContain("Renewal started");
  });

  it("records an agreement whose title and signatories the source does not give, and sees its label in the list and 'not known' on its page", async () => {
    const page = await signedInPage("editor@pacta.local");
    await page.goto(`${baseURL}/agreements/new`);
    await page.getByRole("group", { name: "What the record says of the title" }).getByLabel("Not known (the source does not say)").check();
    await page.getByLabel("Type").selectOption({ label: "Industry cooperation agreement" });
    await page.getByLabel("New organisation").check();
    await page.getByLabel("Name (English)").fill("Beibu Gulf Harbour Works");
    await page.getByLabel("Country").fill("China");
    await page.getByRole("group", { name: "What the record says of the signatories" }).getByLabel("Not known (the source does not say)").check();
    await page.getByLabel("Signed on").fill("2021-01");
    await page.getByLabel("Approximately").check();
    await page.getByRole("button", { name: "Add another name" }).click();
    await page.getByLabel("Other name 1").fill("Tidewater Accord");
    await page.getByLabel("Where it comes from").fill("The headline");
    await screenshot(page, "agreement-new-unknowns");
    await page.getByRole("button", { name: "Log the agreement" }).click();
    await page.waitForURL(/\/agreements\/AG-2021-\d{4}$/);
    const reference = referenceOf(page);

    // The heading is the label, visibly not a title, and says the title is not known; the signatories likewise.
    const label = "Industry cooperation agreement with Beibu Gulf Harbour Works";
    const h1 = page.getByRole("heading", { level: 1 });
    await expect(h1.locator("[data-untitled]").textContent()).resolves.toContain(label);
    await expect(h1.textContent()).resolves.toContain("untitled");
    await expect(page.locator('[data-knowledge="title"]').textContent()).resolves.toBe("Title: not known (the source does not say)");
    await expect(page.locator('[data-knowledge="signatories"]').textContent()).resolves.toBe("Signatories: not known (the source does not say)");
    await expect(page.getByText("Tidewater Accord").isVisible()).resolves.toBe(true);
    await expect(page.locator("#history").textContent()).resolves.toContain("Logged");
    await screenshot(page, "agreement-untitled-page");

    // Found by its other name; the list shows the label in grey italics, linked to the page.
    await page.goto(`${baseURL}/agreements?q=${encodeURIComponent("tidewater accord")}`);
    const link = page.getByRole("link", { name: new RegExp(label) }).first();
    await link.waitFor();
    await expect(link.locator("[data-untitled]").getAttribute("class")).resolves.toContain("italic");
    await expect(link.getAttribute("href")).resolves.toBe(`/agreements/${reference}`);
    await screenshot(page, "agreement-untitled-list");
  });

  it("sees the release's untitled company agreements by their partners and what the release does not say, in Chinese and English, on a phone and a desktop", async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS.phone, locale: "zh-CN" });
    contexts.push(context);
    const zh = await context.newPage();
    await zh.goto(`${baseURL}/sign-in`);
    await zh.getByLabel("电子邮箱").fill("editor@pacta.local");
    await zh.getByLabel("密码").fill(password);
    await zh.getByRole("button", { name: "登录", exact: true }).click();
    await zh.waitForURL((url) => !url.pathname.startsWith("/sign-in"));

    await zh.goto(`${baseURL}/agreements?q=${encodeURIComponent("汽车集团")}`);
    await zh.locator("[data-untitled]", { hasText: "与广西汽车集团有限公司的协议" }).first().waitFor();
    await screenshot(zh, "untitled-list-zh-phone");
    await zh.goto(`${baseURL}/agreements/AG-2020-0007`);
    await expect(zh.getByRole("heading", { level: 1 }).textContent()).resolves.toContain("与广西汽车集团有限公司的协议");
    await expect(zh.locator('[data-knowledge="title"]').textContent()).resolves.toBe("标题：不详（来源未说明）");
    await expect(zh.locator('[data-knowledge="signatories"]').textContent()).resolves.toBe("签署人：不详（来源未说明）");
    await expect(zh.locator('[data-knowledge="focusAreas"]').textContent()).resolves.toBe("合作领域：不详（来源未说明）");
    await expect(zh.locator('[data-knowledge="term"]').textContent()).resolves.toBe("不详（来源未说明）");
    await screenshot(zh, "untitled-agreement-zh-phone");
    await zh.goto(`${baseURL}/agreements/AG-2020-0007/edit`);
    await expect(zh.getByRole("group", { name: "标题的情况" }).getByLabel("不详（来源未说明）").isChecked()).resolves.toBe(true);
    await screenshot(zh, "untitled-agreement-form-zh-phone");
    await zh.setViewportSize(VIEWPORTS.desktop);
    await zh.goto(`${baseURL}/agreements/AG-2020-0001`);
    await expect(zh.getByText("Strategic Cooperation Agreement", { exact: true }).isVisible()).resolves.toBe(true);
    await screenshot(zh, "renewal-other-names-zh-desktop");

    const en = await signedInPage("viewer@pacta.local", VIEWPORTS.phone);
    await en.goto(`${baseURL}/agreements/AG-2020-0007`);
    await expect(en.getByRole("heading", { level: 1 }).textContent()).resolves.toContain("Agreement with Guangxi Automobile Group");
    await expect(en.locator('[data-knowledge="term"]').textContent()).resolves.toBe("not known (the source does not say)");
    await screenshot(en, "untitled-agreement-en-phone");
    await en.goto(`${baseURL}/agreements?sort=title`);
    await screenshot(en, "untitled-list-en-phone");
  });

  it("on a phone, sees why a long form was refused without scrolling back up to find it", async () => {
    const page = await signedInPage("editor@pacta.local", VIEWPORTS.phone);
    await page.goto(`${baseURL}/agreements/new`);
    await page.getByLabel("Title").fill("A day that does not exist");
    await page.getByLabel("Signed on").fill("2020-02-30");
    // Sent from the button at the end of the form, far below its first fields on a phone.
    await page.getByRole("button", { name: "Log the agreement" }).click();
    // The form's own summary (the route announcer is an alert too): it is in the page before the answer comes,
    // empty, so wait for the answer (the field's message) and for the summary to take the focus.
    const summary = page.locator('form [role="alert"][tabindex="-1"]');
    await page.getByText("There is no 30 February 2020").waitFor();
    await page.waitForFunction(() => document.activeElement?.matches('form [role="alert"][tabindex="-1"]') === true);
    await expect(summary.textContent()).resolves.toMatch(/\S/);
    const box = await summary.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height).toBeLessThanOrEqual(VIEWPORTS.phone.height);
    await screenshot(page, "agreement-new-refused-phone");

    // Sent again unchanged from the bottom: the same answer is brought into view again.
    await page.evaluate(() => {
      (document.activeElement as HTMLElement | null)?.blur();
      window.scrollTo(0, document.body.scrollHeight);
    });
    await page.getByRole("button", { name: "Log the agreement" }).click();
    await page.waitForFunction(() => document.activeElement?.matches('form [role="alert"][tabindex="-1"]') === true);
    const again = await summary.boundingBox();
    expect(again!.y).toBeGreaterThanOrEqual(0);
    expect(again!.y + again!.height).toBeLessThanOrEqual(VIEWPORTS.phone.height);
  });

  it("is told when someone else saved the agreement first, and nothing is overwritten", async () => {
    const first = await signedInPage("editor@pacta.local");
    const second = await signedInPage("admin@pacta.local");
    await first.goto(`${baseURL}/agreements/AG-2020-0002/edit`);
    await second.goto(`${baseURL}/agreements/AG-2020-0002/edit`);

    await first.getByLabel("Place of signing").fill("Nanning, Guangxi");
    await first.getByRole("button", { name: "Save changes" }).click();
    await first.waitForURL(`${baseURL}/agreements/AG-2020-0002`);

    await second.getByLabel("Summary").fill("A summary written without seeing the other change.");
    await second.getByRole("button", { name: "Save changes" }).click();
    await second.getByText("Someone else changed this agreement").waitFor();
    expect(new URL(second.url()).pathname).toBe("/agreements/AG-2020-0002/edit");
    await expect(second.getByLabel("Summary").inputValue()).resolves.toBe("A summary written without seeing the other change.");
    await screenshot(second, "agreement-edit-conflict");

    await first.reload();
    await expect(first.getByText("Nanning, Guangxi", { exact: true }).first().isVisible()).resolves.toBe(true);
    await expect(first.getByText("A summary written without seeing the other change.").count()).resolves.toBe(0);
  });

  it("filters by partner and status, and the same URL gives the same results after a reload", async () => {
    const page = await signedInPage("editor@pacta.local");
    // A partner is chosen from its organisation's page; the list names it and keeps it while other filters change.
    await page.goto(`${baseURL}/organizations?q=${encodeURIComponent("Liuzhou")}`);
    await page.getByRole("link", { name: "People's Government of Liuzhou", exact: true }).click();
    await page.getByRole("link", { name: "Filter the agreements list by this partner" }).click();
    await page.getByText("People's Government of Liuzhou · 柳州市人民政府").waitFor();
    await page.getByRole("search").getByLabel("Status").selectOption({ label: "Active" });
    await page.getByRole("button", { name: "Apply" }).click();
    await page.waitForURL(/status=ACTIVE/);
    const url = new URL(page.url());
    expect(url.searchParams.get("partner")).toBeTruthy();
    const rows = async () => page.locator("table tbody tr td:first-child").allTextContents();
    expect(await rows()).toEqual(["AG-2020-0003", "AG-2020-0004"]);
    await screenshot(page, "agreements-filtered");

    await page.reload();
    expect(await rows()).toEqual(["AG-2020-0003", "AG-2020-0004"]);

    // The downloads hold exactly the filtered rows.
    const downloaded = async (name: string) => {
      const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name, exact: true }).click()]);
      return { filename: download.suggestedFilename(), bytes: fs.readFileSync((await download.path())!) };
    };
    const csv = await downloaded("CSV");
    expect(csv.filename).toMatch(/^pacta-agreements-\d{4}-\d{2}-\d{2}\.csv$/);
    const csvRows = parse(csv.bytes.toString("utf8"), { bom: true, columns: true }) as Record<string, string>[];
    expect(csvRows.map((r) => r.Reference)).toEqual(["AG-2020-0003", "AG-2020-0004"]);
    expect(csvRows[0]["Partner local names"]).toBe("柳州市人民政府");
    const json = JSON.parse((await downloaded("JSON")).bytes.toString("utf8")) as { Reference: string }[];
    expect(json.map((r) => r.Reference)).toEqual(["AG-2020-0003", "AG-2020-0004"]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await downloaded("Excel")).bytes as unknown as ArrayBuffer);
    expect(workbook.getWorksheet("Agreements")!.getColumn(1).values.slice(2)).toEqual(["AG-2020-0003", "AG-2020-0004"]);

    expect([...url.searchParams.keys()].sort()).toEqual(["partner", "status"]);
    url.searchParams.set("q", "no-such-agreement");
    await page.goto(url.toString());
    await page.getByText("No agreement matches these filters.").waitFor();
    await page.getByRole("link", { name: "Clear the filters" }).click();
    await page.waitForURL(`${baseURL}/agreements`);
  });

  it("searches by a partner's Chinese name and sorts by a column", async () => {
    const page = await signedInPage("viewer@pacta.local");
    await page.goto(`${baseURL}/agreements?q=${encodeURIComponent("上汽通用五菱")}`);
    expect(await page.locator("table tbody tr td:first-child").allTextContents()).toEqual(["AG-2020-0008"]);
    await page.goto(`${baseURL}/agreements?sort=reference&dir=asc`);
    const references = await page.locator("table tbody tr td:first-child").allTextContents();
    expect(references).toEqual([...references].sort());
    await page.getByRole("link", { name: /Reference/ }).click();
    await page.waitForURL(/dir=desc/);
    const descending = await page.locator("table tbody tr td:first-child").allTextContents();
    expect(descending).toEqual([...descending].sort().reverse());
  });
});

describe("a viewer", () => {
  it("sees no edit controls and cannot open the forms", async () => {
    const page = await signedInPage("viewer@pacta.local");
    await page.goto(`${baseURL}/agreements`);
    await expect(page.getByRole("link", { name: "Log an agreement" }).count()).resolves.toBe(0);
    await page.goto(`${baseURL}/agreements/AG-2020-0001`);
    await expect(page.getByRole("heading", { name: "Work on this agreement" }).count()).resolves.toBe(0);
    await expect(page.getByRole("link", { name: "Edit agreement" }).count()).resolves.toBe(0);
    await expect(page.locator("#history").isVisible()).resolves.toBe(true);
    await page.goto(`${baseURL}/agreements/new`);
    expect(new URL(page.url()).pathname).toBe("/forbidden");
    await page.goto(`${baseURL}/agreements/AG-2020-0001/edit`);
    expect(new URL(page.url()).pathname).toBe("/forbidden");
  });
});
