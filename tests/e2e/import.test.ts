// Importing a register that needs a person: the delimiter cannot be told from one line, and a
// partner is written in traditional characters. In a real browser, in both languages, on a
// desktop and a phone.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { expectNoSeriousAccessibilityViolations, launchBrowser, screenshot, signIn, VIEWPORTS } from "../support/browser";

const baseURL = inject("baseURL");
const password = inject("demoPassword");

let browser: Browser;
const contexts: BrowserContext[] = [];
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pacta-import-e2e-"));

beforeAll(async () => {
  browser = await launchBrowser();
});
afterEach(async () => {
  await Promise.all(contexts.splice(0).map((context) => context.close()));
});
afterAll(async () => {
  await browser?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function editorPage(locale: "en" | "zh-CN", viewport: { width: number; height: number }): Promise<Page> {
  const context = await browser.newContext({ viewport, locale });
  contexts.push(context);
  const page = await context.newPage();
  if (locale === "en") {
    await signIn(page, baseURL, "editor@pacta.local", password);
  } else {
    await page.goto(`${baseURL}/sign-in`);
    await page.getByLabel("电子邮箱").fill("editor@pacta.local");
    await page.getByLabel("密码").fill(password);
    await page.getByRole("button", { name: "登录", exact: true }).click();
    await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
  }
  return page;
}

/**
 * One agreement, semicolon-delimited, with a comma in the header and in the row: split by commas
 * or by semicolons it has two columns either way, so the person chooses. Its partner is the
 * Guangxi government's name in traditional characters (Pacta holds it in simplified ones).
 */
function registerFile(title: string) {
  const file = path.join(dir, `${title.replace(/\W+/g, "-")}.csv`);
  fs.writeFileSync(file, `Title;Partner, name\n${title}, Guangxi;廣西壯族自治區人民政府\n`);
  return file;
}

describe("an import that needs a person's choices", () => {
  it("lets an editor choose the delimiter and confirm a partner, then imports (English, desktop)", async () => {
    const page = await editorPage("en", VIEWPORTS.desktop);
    await page.goto(`${baseURL}/agreements/import`);
    await page.getByLabel("Register file").setInputFiles(registerFile("Framework agreement on vocational training"));
    await page.getByRole("button", { name: "Check the file" }).click();
    await expect(page.getByLabel("Delimiter").inputValue()).resolves.toBe(",");
    await page.getByText("No column is chosen for “Partners”").first().waitFor();
    await expect(page.getByRole("button", { name: /Nothing can be imported/ }).isDisabled()).resolves.toBe(true);

    await page.getByLabel("Delimiter").selectOption({ label: "Semicolon ( ; )" });
    await page.getByRole("heading", { name: "Partners to confirm" }).waitFor();
    await expect(page.getByLabel("Encoding").inputValue()).resolves.toBe("utf-8");
    await page.getByText("Line 2: Partner “廣西壯族自治區人民政府” may be an organisation already in Pacta").waitFor();
    await expect(page.getByRole("button", { name: "Nothing can be imported until 1 row is right" }).isDisabled()).resolves.toBe(true);
    await screenshot(page, "import-confirm-en-1280");
    await expectNoSeriousAccessibilityViolations(page);

    await page.getByRole("radio", { name: /People's Government of Guangxi Zhuang Autonomous Region/ }).check();
    const importButton = page.getByRole("button", { name: "Import 1 agreement" });
    await importButton.waitFor();
    await expect(importButton.isEnabled()).resolves.toBe(true);
    await expect(page.getByText("Partners: 1 matched to organisations already in Pacta; 0 new; 0 to confirm.").isVisible()).resolves.toBe(true);
    // The choice stays on the page, to be seen and changed.
    await expect(page.getByRole("radio", { name: /People's Government of Guangxi Zhuang Autonomous Region/ }).isChecked()).resolves.toBe(true);
    await screenshot(page, "import-confirmed-en-1280");
    await importButton.click();
    await page.getByRole("heading", { name: "Imported 1 agreement" }).waitFor();

    await page.goto(`${baseURL}/agreements?q=${encodeURIComponent("vocational training")}`);
    await expect(page.locator("table tbody tr").count()).resolves.toBe(1);
    await expect(page.locator("table tbody tr").textContent()).resolves.toContain("Guangxi");
  });

  it("offers the same choices in Chinese on a phone, and a new organisation of a chosen kind instead", async () => {
    const page = await editorPage("zh-CN", VIEWPORTS.phone);
    await page.goto(`${baseURL}/agreements/import`);
    await page.getByLabel("登记册文件").setInputFiles(registerFile("Framework agreement on digital trade"));
    await page.getByRole("button", { name: "检查文件" }).click();
    await page.getByLabel("分隔符").waitFor();
    await page.getByLabel("分隔符").selectOption({ label: "分号（ ; ）" });
    await page.getByRole("heading", { name: "待确认的合作方" }).waitFor();
    await expect(page.getByText("繁简转换后的同一中文名称").isVisible()).resolves.toBe(true);
    await screenshot(page, "import-confirm-zh-390");
    await expectNoSeriousAccessibilityViolations(page);

    await page.getByRole("radio", { name: "新机构" }).check();
    await page.getByLabel("“廣西壯族自治區人民政府”的类别").first().waitFor();
    await page.getByLabel("“廣西壯族自治區人民政府”的类别").first().selectOption({ label: "政府" });
    const importButton = page.getByRole("button", { name: "导入 1 份协议" });
    await importButton.waitFor();
    await expect(page.getByRole("heading", { name: "新机构（1）" }).isVisible()).resolves.toBe(true);
    await screenshot(page, "import-new-organization-zh-390");
    await page.setViewportSize(VIEWPORTS.desktop);
    await screenshot(page, "import-new-organization-zh-1280");
  });

  it("offers the encoding when a file cannot be read in the one chosen, and reads it in the right one", async () => {
    const page = await editorPage("en", VIEWPORTS.phone);
    await page.goto(`${baseURL}/agreements/import`);
    const file = path.join(dir, "western.csv");
    // Windows-1252, as Excel saves "CSV" on a Western European Windows.
    fs.writeFileSync(file, Buffer.from("Title;Partners\nAccordo quadro;Universit\xe0 degli Studi di Esempio\n", "latin1"));
    await page.getByLabel("Register file").setInputFiles(file);
    await page.getByRole("button", { name: "Check the file" }).click();
    await expect(page.getByLabel("Encoding").inputValue()).resolves.toBe("windows-1252");
    await page.getByText("Università degli Studi di Esempio").first().waitFor();

    await page.getByLabel("Encoding").selectOption({ label: "UTF-8" });
    await page.getByText("The file could not be read as UTF-8: line 2 holds bytes that are not text in it.").waitFor();
    await screenshot(page, "import-encoding-refused-en-390");
    await page.getByLabel("Encoding").selectOption({ label: "Windows-1252" });
    await page.getByRole("button", { name: "Import 1 agreement" }).waitFor();
    await expect(page.getByText("Università degli Studi di Esempio").first().isVisible()).resolves.toBe(true);
  });
});
