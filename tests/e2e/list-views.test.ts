// The list as an editor shapes it: chooses columns, saves the view (shared), opens it from the
// list, ticks two agreements and archives them after one confirmation; a viewer opens the
// shared view's link. Screenshots at 1280 and 390 px in both languages.
import { randomBytes } from "node:crypto";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { CurrentUser } from "@/lib/auth/current-user-type";
import { createPrismaClient, type Database } from "@/lib/prisma-client";
import { expectNoSeriousAccessibilityViolations, launchBrowser, screenshot, signIn, VIEWPORTS } from "../support/browser";
import { createTestAgreement } from "../support/factories";

const baseURL = inject("baseURL");
const password = inject("demoPassword");
const databaseUrl = inject("databaseUrl");

let browser: Browser;
let db: Database;
const contexts: BrowserContext[] = [];
const word = `viewtest${randomBytes(3).toString("hex")}`;
const references: string[] = [];
let editorName = "";

async function newPage(viewport: { width: number; height: number }, locale = "en-GB"): Promise<Page> {
  const context = await browser.newContext({ viewport, locale });
  contexts.push(context);
  return context.newPage();
}

beforeAll(async () => {
  browser = await launchBrowser();
  db = createPrismaClient(databaseUrl);
  const editor = (await db.user.findUniqueOrThrow({ where: { email: "editor@pacta.local" }, select: { id: true, email: true, name: true, role: true, active: true } })) as CurrentUser;
  editorName = editor.name;
  // Signed after the seed's agreements, so the tests that count the seed's are not disturbed.
  for (const [index, title] of [`${word} Joint Laboratory`, `${word} Summer School`, `${word} Library Exchange`].entries()) {
    references.push((await createTestAgreement(db, editor, { title, signedOn: `2025-0${index + 1}-10`, status: "DRAFT", ownerId: editor.id })).reference);
  }
});
afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await db?.$disconnect();
});

describe("columns, saved views and bulk changes on the list", () => {
  let viewUrl = "";

  it("an editor chooses columns, saves a shared view, opens it, and archives two agreements after one confirmation", async () => {
    const page = await newPage(VIEWPORTS.desktop);
    await signIn(page, baseURL, "editor@pacta.local", password);
    await page.goto(`${baseURL}/agreements?q=${word}`);
    await page.getByRole("row").nth(3).waitFor();

    // Columns: owner and notice deadline added, partners taken away.
    await page.getByText("Choose the columns").click();
    const chooser = page.getByRole("form", { name: "Columns" });
    await chooser.getByLabel("Owner", { exact: true }).check();
    await chooser.getByLabel("Notice deadline").check();
    await chooser.getByLabel("Partners", { exact: true }).uncheck();
    await chooser.getByRole("button", { name: "Show these columns" }).click();
    await page.waitForURL((url) => url.searchParams.get("columns") === "reference,title,type,status,signedOn,expiresOn,noticeDeadline,owner");
    const headers = await page.locator("thead th").allTextContents();
    expect(headers.join("|")).toContain("Owner");
    expect(headers.join("|")).toContain("Notice deadline");
    expect(headers.join("|")).not.toContain("Partners");
    await expect(page.getByRole("row", { name: new RegExp(`${word} Joint Laboratory`) }).textContent()).resolves.toContain(editorName);
    // The downloads carry the same columns.
    expect(await page.getByRole("link", { name: "CSV" }).getAttribute("href")).toContain("columns=reference%2Ctitle%2Ctype");

    // Save it as a view shared with everyone; the list then names it.
    await page.getByText("Save this view").click();
    await page.getByLabel("Name of the view").fill(`Lab view ${word}`);
    await page.getByLabel("Share with everyone").check();
    await page.getByRole("button", { name: "Save view" }).click();
    await page.getByRole("heading", { name: `View: Lab view ${word}` }).waitFor();
    expect(new URL(page.url()).searchParams.get("columns")).toBe("reference,title,type,status,signedOn,expiresOn,noticeDeadline,owner");
    viewUrl = (await page.getByRole("link", { name: "Link to this view" }).getAttribute("href"))!;
    expect(viewUrl).toMatch(/^\/agreements\/views\/\w+$/);

    // Open it from the list: from the plain list, its link brings the filters and columns back.
    await page.goto(`${baseURL}/agreements`);
    await page.getByRole("link", { name: new RegExp(`Lab view ${word}`) }).click();
    await page.getByRole("heading", { name: `View: Lab view ${word}` }).waitFor();
    expect(new URL(page.url()).searchParams.get("q")).toBe(word);
    await screenshot(page, "list-views-1280-en");
    await expectNoSeriousAccessibilityViolations(page);

    // Tick two agreements and archive them: one confirmation that says how many.
    await page.getByLabel(`Select ${references[0]}`).check();
    await page.getByLabel(`Select ${references[1]}`).check();
    await page.getByText("The 2 selected agreements").waitFor();
    await page.getByLabel("Change", { exact: true }).selectOption("archive");
    await page.getByRole("button", { name: "Review" }).click();
    const confirmation = page.getByRole("alertdialog", { name: "Confirm the change" });
    await confirmation.getByText("Archive: 2 agreements will change.").waitFor();
    await screenshot(page, "list-bulk-confirm-1280-en");
    await confirmation.getByRole("button", { name: "Change 2 agreements" }).click();
    await page.getByText("2 agreements changed.").waitFor();
    await page.getByRole("link", { name: `${word} Summer School` }).waitFor({ state: "detached" });
    const left = await page.locator("tbody tr").allTextContents();
    expect(left).toHaveLength(1);
    expect(left[0]).toContain(references[2]);
    const archived = await db.agreement.findMany({ where: { reference: { in: references } }, select: { reference: true, archived: true }, orderBy: { reference: "asc" } });
    expect(archived.map((a) => a.archived)).toEqual([true, true, false]);
  });

  it("a viewer opens the shared view's link and sees its columns, without the bulk controls", async () => {
    expect(viewUrl).not.toBe("");
    const page = await newPage(VIEWPORTS.phone);
    await signIn(page, baseURL, "viewer@pacta.local", password);
    await page.goto(`${baseURL}${viewUrl}`);
    await page.getByRole("heading", { name: `View: Lab view ${word}` }).waitFor();
    expect(new URL(page.url()).searchParams.get("columns")).toContain("owner");
    await expect(page.getByText("Change several agreements").count()).resolves.toBe(0);
    await expect(page.locator("tbody tr").first().textContent()).resolves.toContain("Owner:");
    await screenshot(page, "list-views-390-en");
  });

  it("reads in Chinese at 1280 and 390 px", async () => {
    for (const [name, viewport] of [["1280", VIEWPORTS.desktop], ["390", VIEWPORTS.phone]] as const) {
      const page = await newPage(viewport, "zh-CN");
      await page.goto(`${baseURL}/sign-in`);
      await page.getByLabel("电子邮箱").fill("editor@pacta.local");
      await page.getByLabel("密码").fill(password);
      await page.getByRole("button", { name: "登录", exact: true }).click();
      await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
      await page.goto(`${baseURL}${viewUrl}`);
      await page.getByRole("heading", { name: `视图：Lab view ${word}` }).waitFor();
      await page.getByRole("heading", { name: "批量更改协议" }).waitFor();
      await page.getByText("选择显示的列").click();
      await screenshot(page, `list-views-${name}-zh`);
    }
  });
});
