// A Chinese reader's pages speak Chinese in their data too: agreement types, focus areas and
// countries by their Chinese names, the audit log and recent activity in sentences. Checked from
// each page's text, not by eye; and the organisation form finds a country typed in either language.
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { AGREEMENT_TYPES, FOCUS_AREAS } from "@/prisma/seed/wut-guangxi-2020";
import { browserForFile, expectNoSeriousAccessibilityViolations, screenshot, VIEWPORTS } from "../support/browser";

const baseURL = inject("baseURL");
const password = inject("demoPassword");

/** The English names of the seed's reference entries, all of which have a Chinese name. */
const ENGLISH_REFERENCE_NAMES = [...AGREEMENT_TYPES.map((t) => t.name), ...Object.values(FOCUS_AREAS)];
/** An audit action code as stored ("sign-in.succeeded", "agreement.seeded"). */
const ACTION_CODE = /\b(?:agreement|agreement-type|document|focus-area|import|organization|person|user|sign-in|demo)\.[a-z]+(?:-[a-z]+)*\b/;

const { newPage } = browserForFile(baseURL, password);

async function signedIn(locale: "zh-CN" | "en", width: keyof typeof VIEWPORTS = "desktop"): Promise<Page> {
  const page = await newPage({ viewport: VIEWPORTS[width], locale });
  await page.goto(`${baseURL}/sign-in`);
  await page.getByLabel(locale === "zh-CN" ? "电子邮箱" : "E-mail").fill("admin@pacta.local");
  await page.getByLabel(locale === "zh-CN" ? "密码" : "Password").fill(password);
  await page.getByRole("button", { name: locale === "zh-CN" ? "登录" : "Sign in", exact: true }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
  return page;
}

const textOf = (page: Page) => page.locator("main").innerText();
/**
 * The English reference names shown as a value of their own: a line, a table cell or an item of a
 * list. (Titles, source quotes and organisation names may hold the same words inside longer text.)
 */
const englishNamesIn = (text: string) => {
  const values = new Set(text.split(/[\n\t]|, |、|，| · /).map((part) => part.trim()));
  return ENGLISH_REFERENCE_NAMES.filter((name) => values.has(name));
};

describe("reference data in the reader's language", () => {
  it("a Chinese reader sees no English type, focus area, country or action code where a Chinese one exists", { timeout: 120_000 }, async () => {
    const page = await signedIn("zh-CN");

    await page.goto(`${baseURL}/`);
    await page.getByRole("heading", { name: "最近动态" }).waitFor();
    const dashboard = await textOf(page);
    expect(englishNamesIn(dashboard)).toEqual([]);
    expect(dashboard).not.toMatch(ACTION_CODE);
    expect(dashboard).toContain("中国");
    await expectNoSeriousAccessibilityViolations(page);
    await screenshot(page, "zh-dashboard-reference-names");

    await page.goto(`${baseURL}/agreements`);
    const list = await textOf(page);
    expect(englishNamesIn(list)).toEqual([]);
    expect(list).toContain("全面战略合作协议");

    await page.locator("main a[href^='/agreements/AG-']").first().click();
    await page.waitForURL(/\/agreements\/AG-/);
    const agreement = await textOf(page);
    expect(englishNamesIn(agreement)).toEqual([]);
    // The parties' countries by name in Chinese (the source's own English quotes may say "China").
    const parties = await page.locator("#parties").innerText();
    expect(parties).toContain("中国");
    expect(parties).not.toMatch(/\bChina\b|\bCN\b/);

    await page.goto(`${baseURL}/reference-lists`);
    await page.getByRole("heading", { name: "重点领域和协议类型" }).waitFor();
    // Each entry's two names are editable; the English one only inside its field.
    await expect(page.getByLabel("中文名称").first().inputValue()).resolves.toBe("“一带一路”倡议"); // then 材料 (cáiliào): the reader's order
    expect(englishNamesIn(await textOf(page))).toEqual([]);
    await expectNoSeriousAccessibilityViolations(page);
    await screenshot(page, "zh-reference-lists");

    await page.goto(`${baseURL}/admin/audit`);
    const audit = await textOf(page);
    expect(audit).not.toMatch(ACTION_CODE);
    expect(audit).toContain("登录成功");
    expect(audit).toContain("登录 · admin@pacta.local");
    expect(audit).not.toContain("automaticRenewal");
    expect(audit).not.toContain("UTC");
    await expectNoSeriousAccessibilityViolations(page);
    await screenshot(page, "zh-audit-log");
  });

  it("an English reader sees the English names and the same log in English words", { timeout: 60_000 }, async () => {
    const page = await signedIn("en");
    await page.goto(`${baseURL}/agreements`);
    expect(await textOf(page)).toContain("Comprehensive strategic cooperation agreement");
    await page.goto(`${baseURL}/admin/audit`);
    const audit = await textOf(page);
    expect(audit).toContain("Signed in");
    expect(audit).toContain("Loaded an agreement from its source");
    expect(audit).not.toMatch(ACTION_CODE);
    await expectNoSeriousAccessibilityViolations(page);
    await page.goto(`${baseURL}/reference-lists`);
    await expectNoSeriousAccessibilityViolations(page);
  });

  it("an administrator names a type in both languages and each reader sees theirs", { timeout: 60_000 }, async () => {
    const page = await signedIn("en");
    await page.goto(`${baseURL}/reference-lists`);
    const add = page.locator("#types").locator("form").last();
    await add.getByLabel("Name in English").fill("Joint laboratory agreement");
    await add.getByLabel("Name in Chinese").fill("联合实验室协议");
    await add.getByRole("button", { name: "Add type" }).click();
    await page.getByLabel("Name in Chinese").and(page.locator("[value='联合实验室协议']")).waitFor();

    const zh = await signedIn("zh-CN", "phone");
    await zh.goto(`${baseURL}/agreements/new`);
    const types = await zh.locator("select#typeId").locator("option").allInnerTexts();
    expect(types).toContain("联合实验室协议");
    expect(types).not.toContain("Joint laboratory agreement");
    await zh.goto(`${baseURL}/admin/audit`);
    expect(await textOf(zh)).toContain("添加了协议类型");
  });

  it("the organisation form finds a country typed in Chinese, and each reader sees its name", { timeout: 60_000 }, async () => {
    const zh = await signedIn("zh-CN");
    await zh.goto(`${baseURL}/organizations/new`);
    await zh.getByLabel("名称（英文）").fill("Example Technical University of Bavaria");
    const country = zh.getByLabel("国家", { exact: true });
    // The list the browser suggests from holds every country in Chinese.
    await expect(zh.locator(`datalist#${await country.getAttribute("list")} option[value='德国']`).count()).resolves.toBe(1);
    await country.fill("德国");
    await expectNoSeriousAccessibilityViolations(zh);
    await screenshot(zh, "zh-organization-country");
    await zh.getByRole("button", { name: "添加机构" }).click();
    await zh.waitForURL(/\/organizations\/(?!new)[^/]+$/);
    expect(await textOf(zh)).toContain("德国");
    const url = zh.url();

    const en = await signedIn("en");
    await en.goto(url);
    expect(await textOf(en)).toContain("Germany");
    // Text that names no country is refused, in the reader's language, and nothing is saved.
    await en.goto(`${url}/edit`);
    await en.getByLabel("Country", { exact: true }).fill("Bavaria-on-Sea");
    await en.getByRole("button", { name: "Save changes" }).click();
    await en.getByText("Choose a country from the list").waitFor();
  });
});
