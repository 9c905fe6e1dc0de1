// English and Simplified Chinese in a real browser: the language follows the browser's
// preference, then the person's choice (saved to the account, so it follows them to
// another browser); a Chinese reader logs an agreement with a Chinese partner name,
// finds it by that name, and downloads it as CSV and PDF with the Chinese text intact.
import fs from "node:fs";
import { parse } from "csv-parse/sync";
import { PDFParse } from "pdf-parse";
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { browserForFile, expectNoSeriousAccessibilityViolations, screenshot, signIn } from "../support/browser";

const baseURL = inject("baseURL");
const password = inject("demoPassword");
const translator = { email: "yi.zhe@pacta.local", password: "a translator's long password" };

const { newPage } = browserForFile(baseURL, password);

/** A new browser whose preferred language is `locale` (its Accept-Language header). */
const browserPage = (locale: string) => newPage({ locale, acceptDownloads: true });

async function signInChinese(page: Page, email: string, secret: string) {
  await page.goto(`${baseURL}/sign-in`);
  await page.getByLabel("电子邮箱").fill(email);
  await page.getByLabel("密码").fill(secret);
  await page.getByRole("button", { name: "登录", exact: true }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
}

async function download(page: Page, link: ReturnType<Page["getByRole"]>) {
  const [file] = await Promise.all([page.waitForEvent("download"), link.click()]);
  return { name: file.suggestedFilename(), bytes: fs.readFileSync((await file.path())!) };
}

async function pdfText(bytes: Buffer) {
  const parser = new PDFParse({ data: new Uint8Array(bytes) });
  try {
    return (await parser.getText()).text.replace(/\s+/g, " ");
  } finally {
    await parser.destroy();
  }
}

describe("the interface language", () => {
  it("follows the browser's preference, and a choice made on the sign-in page", async () => {
    const page = await browserPage("zh-CN");
    await page.goto(`${baseURL}/sign-in`);
    await page.getByRole("heading", { name: "登录 Pacta" }).waitFor();
    await expect(page.locator("html").getAttribute("lang")).resolves.toBe("zh-CN");
    await screenshot(page, "zh-sign-in");

    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("heading", { name: "Sign in to Pacta" }).waitFor();
    await expect(page.locator("html").getAttribute("lang")).resolves.toBe("en");
    await page.reload();
    await page.getByRole("heading", { name: "Sign in to Pacta" }).waitFor();
  });

  it("is an administrator's to work in too: she creates an account in Chinese, with messages in Chinese", async () => {
    const page = await browserPage("zh-CN");
    await signInChinese(page, "admin@pacta.local", password);
    await page.goto(`${baseURL}/admin/users`);
    await page.getByLabel("姓名", { exact: true }).fill("易哲");
    await page.getByLabel("电子邮箱").fill(translator.email);
    await page.getByLabel("角色", { exact: true }).selectOption({ label: "编辑者" });
    await page.getByLabel("初始密码").fill("short");
    await page.getByRole("button", { name: "创建账户" }).click();
    await page.getByText("请至少使用 12 个字符。").waitFor();
    await page.getByLabel("初始密码").fill(translator.password);
    await page.getByRole("button", { name: "创建账户" }).click();
    await page.getByText("账户已创建。").waitFor();
    await screenshot(page, "zh-users");
  });

  it("is saved to the account when the person switches, and follows them to a browser that prefers English", async () => {
    const first = await browserPage("en-US");
    await signIn(first, baseURL, translator.email, translator.password);
    await first.getByRole("heading", { name: "Dashboard" }).waitFor();
    await first.getByRole("button", { name: "简体中文" }).click();
    await first.getByRole("heading", { name: "概览" }).waitFor();
    await first.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "协议" }).waitFor();

    const elsewhere = await browserPage("en-US");
    await signIn(elsewhere, baseURL, translator.email, translator.password);
    await elsewhere.getByRole("heading", { name: "概览" }).waitFor();
    await screenshot(elsewhere, "zh-dashboard");
    await expectNoSeriousAccessibilityViolations(elsewhere);
  });

  it("lets a Chinese reader log an agreement with a Chinese partner name, find it by that name, and export it to CSV and PDF", async () => {
    const page = await browserPage("en-US");
    await signIn(page, baseURL, translator.email, translator.password);
    await page.goto(`${baseURL}/agreements/new`);
    await page.getByRole("heading", { name: "登记协议" }).waitFor();
    await page.getByLabel("标题").fill("智能制造联合实验室合作协议");
    await page.getByLabel("状态").selectOption({ label: "有效" });
    await page.getByText("新机构").click();
    await page.getByLabel("名称（英文）").fill("Liuzhou Institute of Intelligent Manufacturing");
    await page.getByLabel("本地语言名称").fill("柳州智能制造研究院");
    await page.getByLabel("类型", { exact: true }).nth(1).selectOption({ label: "研究机构" });
    await page.getByLabel("国家").fill("中国");
    await page.getByLabel("签署日期").fill("2024-05");
    await screenshot(page, "zh-agreement-form");
    await page.getByRole("button", { name: "登记协议" }).click();
    await page.getByRole("heading", { name: "智能制造联合实验室合作协议" }).waitFor();

    // The detail page: the partner's Chinese name first, the date the Chinese way.
    const parties = page.locator("#parties");
    await expect(parties.textContent()).resolves.toMatch(/柳州智能制造研究院.*Liuzhou Institute of Intelligent Manufacturing/);
    await expect(page.locator("time", { hasText: "2024年5月" }).count()).resolves.toBeGreaterThan(0);
    await expect(page.getByText("研究机构").first().isVisible()).resolves.toBe(true);
    await screenshot(page, "zh-agreement");
    await expectNoSeriousAccessibilityViolations(page);

    // Found by the Chinese name, in the list that says so in Chinese.
    await page.goto(`${baseURL}/agreements`);
    await page.getByRole("searchbox", { name: "搜索" }).fill("智能制造研究院");
    await page.getByRole("button", { name: "应用" }).click();
    await page.getByText("有 1 份协议符合这些筛选条件。").waitFor();
    await expect(page.locator("table tbody tr").textContent()).resolves.toContain("智能制造联合实验室合作协议");
    await screenshot(page, "zh-agreements");

    const csv = await download(page, page.getByRole("link", { name: "CSV" }));
    const rows = parse(csv.bytes.toString("utf8"), { bom: true, columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ 标题: "智能制造联合实验室合作协议", 合作方本地名称: "柳州智能制造研究院", 状态: "有效", 签署日期: "2024-05", 合作方国家: "中国" });

    const pdf = await download(page, page.getByRole("link", { name: "PDF 登记表" }));
    const text = await pdfText(pdf.bytes);
    expect(text).toContain("协议登记表");
    expect(text).toContain("智能制造联合实验室合作协议");
    expect(text).toContain("柳州智能制造研究院");
    expect(text).toContain("搜索“智能制造研究院”");
  });

  it("orders the directory by pinyin for a Chinese reader and alphabetically for an English one", async () => {
    const page = await browserPage("zh-CN");
    await signInChinese(page, translator.email, translator.password);
    await page.goto(`${baseURL}/organizations?kind=GOVERNMENT`);
    const chinese = await page.locator("main ul > li a").allTextContents();
    const seeded = ["广西壮族自治区人民代表大会", "广西壮族自治区人民政府", "柳州市人民政府", "南宁市人民政府"];
    expect(chinese.filter((name) => seeded.includes(name))).toEqual(seeded);
    await screenshot(page, "zh-organizations");

    const english = await browserPage("en-US");
    await signIn(english, baseURL, "viewer@pacta.local", password);
    await english.goto(`${baseURL}/organizations?kind=GOVERNMENT`);
    const names = await english.locator("main ul > li a").allTextContents();
    const order = [
      "People’s Congress of Guangxi Zhuang Autonomous Region",
      "People's Government of Guangxi Zhuang Autonomous Region",
      "People's Government of Liuzhou",
      "People's Government of Nanning",
    ];
    expect(names.filter((name) => order.includes(name))).toEqual(order);
    await screenshot(english, "en-organizations");
  });
});
