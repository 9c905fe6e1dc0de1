// Importing a register and downloading reports, in a real browser.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parse } from "csv-parse/sync";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { expectNoSeriousAccessibilityViolations, launchBrowser, screenshot, signIn, VIEWPORTS } from "../support/browser";

const baseURL = inject("baseURL");
const password = inject("demoPassword");

let browser: Browser;
let context: BrowserContext;
let page: Page;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pacta-e2e-files-"));

beforeAll(async () => {
  browser = await launchBrowser();
});
afterEach(async () => context?.close());
afterAll(async () => {
  await browser?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function editorPage() {
  context = await browser.newContext({ viewport: VIEWPORTS.desktop, acceptDownloads: true });
  page = await context.newPage();
  await signIn(page, baseURL, "editor@pacta.local", password);
  return page;
}

async function download(page: Page, link: ReturnType<Page["getByRole"]>) {
  const [file] = await Promise.all([page.waitForEvent("download"), link.click()]);
  return { name: file.suggestedFilename(), bytes: fs.readFileSync((await file.path())!) };
}

describe("importing a register", () => {
  it("shows the bad row, imports nothing until it is fixed, then imports every row", async () => {
    const page = await editorPage();
    await page.goto(`${baseURL}/agreements`);
    await page.getByRole("link", { name: "Import", exact: true }).click();
    await page.waitForURL(`${baseURL}/agreements/import`);

    const template = await download(page, page.getByRole("link", { name: "Download the template" }));
    const [headers] = parse(template.bytes.toString("utf8"), { bom: true }) as string[][];
    expect(headers.slice(0, 3)).toEqual(["Reference", "Title", "Partners"]);

    const rows = (signed: string) =>
      [
        "Title,Partners,Partner local names,Signed on,Status",
        "Joint Centre for Marine Engineering,Dalian Maritime University,大连海事大学,2024-09-10,Active",
        `Summer School Agreement,Universiti Malaya,,${signed},Draft`,
      ].join("\n");
    const bad = path.join(dir, "register-bad.csv");
    fs.writeFileSync(bad, rows("32 May 2024"));
    await page.getByLabel("Register file").setInputFiles(bad);
    await page.getByRole("button", { name: "Check the file" }).click();
    await page.getByText("Line 3: Signed on “32 May 2024” is not a date").waitFor();
    await expect(page.getByRole("button", { name: "Nothing can be imported until 1 row is right" }).isDisabled()).resolves.toBe(true);
    await expect(page.getByText("(new)").count()).resolves.toBe(2);
    await screenshot(page, "import-problems");
    await expectNoSeriousAccessibilityViolations(page);

    const good = path.join(dir, "register-good.csv");
    fs.writeFileSync(good, rows("May 2024"));
    await page.getByLabel("Register file").setInputFiles(good);
    await page.getByRole("button", { name: "Check the file" }).click();
    await page.getByText("2 rows; 0 with problems.").waitFor();
    await page.getByRole("button", { name: "Import 2 agreements" }).click();
    await page.getByRole("heading", { name: "Imported 2 agreements" }).waitFor();
    await screenshot(page, "import-done");

    await page.goto(`${baseURL}/agreements?q=${encodeURIComponent("大连海事大学")}`);
    await expect(page.locator("table tbody tr").count()).resolves.toBe(1);
    await expect(page.locator("table tbody tr").textContent()).resolves.toContain("Joint Centre for Marine Engineering");
    await page.goto(`${baseURL}/agreements?q=Summer+School`);
    await expect(page.locator("table tbody tr").textContent()).resolves.toContain("May 2024");
  });
});

describe("PDF reports", () => {
  it("downloads the register of a filtered list and one agreement's dossier", async () => {
    const page = await editorPage();
    await page.goto(`${baseURL}/agreements?q=Guangxi`);
    const register = await download(page, page.getByRole("link", { name: "PDF register" }));
    expect(register.name).toMatch(/^pacta-register-\d{4}-\d{2}-\d{2}\.pdf$/);
    expect(register.bytes.subarray(0, 5).toString()).toBe("%PDF-");
    await page.goto(`${baseURL}/agreements/AG-2020-0001`);
    const dossier = await download(page, page.getByRole("link", { name: "Download the dossier (PDF)" }));
    expect(dossier.name).toBe("AG-2020-0001-dossier.pdf");
    expect(dossier.bytes.length).toBeGreaterThan(5000);
  });
});
