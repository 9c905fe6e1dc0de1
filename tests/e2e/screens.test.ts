// Screens that fit and forms that help, in a real browser at 1280 and 390 px, in English and
// Chinese: the header on one line for an administrator, the phone's menu and sort control, a
// partner found by typing part of its Chinese name, deleting only after saying what it does,
// the empty states' words, and axe on every page at both widths in both languages.
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { browserForFile, expectNoSeriousAccessibilityViolations, screenshot, VIEWPORTS } from "../support/browser";

const baseURL = inject("baseURL");
const password = inject("demoPassword");

const { signedInPage } = browserForFile(baseURL, password);

const LANGUAGES = [
  { locale: "en-GB", lang: "en", short: "en" },
  { locale: "zh-CN", lang: "zh-CN", short: "zh" },
] as const;

/** The page does not scroll sideways. */
async function expectNoSidewaysScroll(page: Page) {
  const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, view: window.innerWidth }));
  expect(widths.scroll).toBeLessThanOrEqual(widths.view);
}

describe("the header", () => {
  it("stands on one line at 1280 px for an administrator (nine links), in English and in Chinese", async () => {
    for (const language of LANGUAGES) {
      const page = await signedInPage("admin@pacta.local", { viewport: VIEWPORTS.desktop, locale: language.locale });
      await page.goto(`${baseURL}/agreements`);
      await expect(page.locator("html").getAttribute("lang")).resolves.toBe(language.lang);
      const nav = page.locator("header nav").filter({ visible: true });
      const links = nav.getByRole("link");
      await expect(links.count()).resolves.toBe(9);
      // One line: the nine links share one top, and no link or button breaks inside itself.
      const tops = await links.evaluateAll((all) => all.map((link) => link.getBoundingClientRect().top));
      expect(new Set(tops).size, JSON.stringify(tops)).toBe(1);
      const heights = await page.locator("header").evaluate((header) =>
        [...header.querySelectorAll("a, button")]
          .filter((element) => (element as HTMLElement).offsetParent !== null)
          .map((element) => ({ text: element.textContent, height: element.getBoundingClientRect().height })),
      );
      expect(heights.length).toBeGreaterThan(10);
      for (const { text, height } of heights) expect(height, text ?? "").toBeLessThan(40);
      await expect(page.locator("header").evaluate((h) => h.getBoundingClientRect().height)).resolves.toBeLessThan(70);
      // Nothing runs into anything else: no two of the header's links and buttons overlap (a long name gives way).
      const boxes = await page.locator("header").evaluate((header) =>
        [...header.querySelectorAll("a, button")]
          .filter((element) => (element as HTMLElement).offsetParent !== null)
          .map((element) => {
            const box = element.getBoundingClientRect();
            return { text: element.textContent, left: box.left, right: box.right, top: box.top, bottom: box.bottom };
          }),
      );
      for (const [i, a] of boxes.entries())
        for (const b of boxes.slice(i + 1)) {
          const overlap = a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
          expect(overlap, `${a.text} / ${b.text}`).toBe(false);
        }
      await expectNoSidewaysScroll(page);
      await screenshot(page, `screens-header-1280-${language.short}`);
    }
  });
});

describe("between a phone and a desktop", () => {
  it("shows the list without sideways scrolling at 768, 900 and 1024 px, in English and in Chinese", async () => {
    for (const language of LANGUAGES) {
      for (const width of [768, 900, 1024]) {
        const page = await signedInPage("admin@pacta.local", { viewport: { width, height: 900 }, locale: language.locale });
        await page.goto(`${baseURL}/agreements?columns=reference,title,partners,type,status,signedOn,endsOn`);
        await expect(page.locator("table tbody tr").count()).resolves.toBeGreaterThan(5);
        await expectNoSidewaysScroll(page);
        if (width === 900) await screenshot(page, `screens-list-900-${language.short}`);
      }
    }
  });
});

describe("on a phone (390 px)", () => {
  it("opens the menu, sorts the list, and logs an agreement with a partner found by part of its Chinese name", async () => {
    const page = await signedInPage("editor@pacta.local", { viewport: VIEWPORTS.phone });
    await page.goto(`${baseURL}/`);
    await expectNoSidewaysScroll(page);
    // The navigation is behind a menu button, not a row that scrolls sideways.
    const agreementsLink = page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Agreements" });
    await expect(agreementsLink.isVisible()).resolves.toBe(false);
    await page.getByText("Menu", { exact: true }).click();
    await expect(agreementsLink.isVisible()).resolves.toBe(true);
    await screenshot(page, "screens-phone-menu-open");
    await expectNoSeriousAccessibilityViolations(page);
    await agreementsLink.click();
    await page.waitForURL(`${baseURL}/agreements`);
    // Another page opened: the menu has closed.
    await page.waitForFunction(() => !document.querySelector("header details")?.hasAttribute("open"));

    // Sorting, above the cards.
    await page.getByText("Sorted by").click();
    await page.getByRole("link", { name: "Title, A to Z" }).click();
    await page.waitForURL((url) => url.searchParams.get("sort") === "title" && url.searchParams.get("dir") === "asc");
    await expect(page.locator('a[aria-current="true"]', { hasText: "Title, A to Z" }).count()).resolves.toBe(1);
    const cells = page.locator("table tbody .title");
    // Titles in order; untitled agreements (shown by a label, decision 022) after every title.
    const untitled = await cells.evaluateAll((tds) => tds.map((td) => td.querySelector("[data-untitled]") !== null));
    const titles = (await cells.allTextContents()).filter((title, i) => !untitled[i] && /^[A-Za-z]/.test(title));
    expect(titles.length).toBeGreaterThan(2);
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, "en", { sensitivity: "base" })));
    const firstUntitled = untitled.indexOf(true);
    if (firstUntitled >= 0) expect(untitled.slice(firstUntitled).every(Boolean)).toBe(true);
    // Every value on a card says what it is.
    const card = page.locator("table tbody tr").first();
    for (const label of ["Partners", "Type", "Signed", "Ends"]) {
      await expect(card.locator(`td[data-label="${label}"]`).count()).resolves.toBe(1);
    }
    await screenshot(page, "screens-phone-list-sorted");

    // Logging an agreement: the partner found by typing part of its Chinese name.
    await page.getByRole("link", { name: "Log an agreement" }).click();
    await page.waitForURL(`${baseURL}/agreements/new`);
    await page.getByLabel("Title").fill("Liuzhou smart transport pilot agreement");
    const partner = page.getByRole("combobox", { name: "Organisation", exact: true });
    // Our own units are never offered as partners.
    await partner.pressSequentially("School of Transportation");
    await page.getByText("Nothing found for “School of Transportation”.").waitFor();
    await partner.fill("");
    await partner.pressSequentially("柳州市人民");
    await page.getByRole("listbox").getByRole("option", { name: /柳州市人民政府/ }).click();
    await expect(partner.inputValue()).resolves.toContain("People's Government of Liuzhou");

    // A second partner, and a signatory who belongs to it: "signed for" follows the person.
    await page.getByRole("button", { name: "Add a partner" }).click();
    const second = page.getByRole("combobox", { name: "Organisation", exact: true }).nth(1);
    await second.pressSequentially("人民代表大会");
    await page.getByRole("listbox").getByRole("option", { name: /广西壮族自治区人民代表大会/ }).waitFor();
    await second.press("Enter");
    await expect(second.inputValue()).resolves.toContain("广西壮族自治区人民代表大会");
    await page.getByRole("button", { name: "Add a signatory" }).click();
    await page.getByLabel("Existing person").check();
    const person = page.getByRole("combobox", { name: "Person" });
    await person.pressSequentially("wang yue");
    await page.getByRole("listbox").getByRole("option", { name: /Wang Yuefei/ }).click();
    const signedFor = page.getByRole("group", { name: "Signed for" });
    await expect(signedFor.getByLabel("People’s Congress of Guangxi Zhuang Autonomous Region").isChecked()).resolves.toBe(true);
    await screenshot(page, "screens-phone-agreement-form");
    await expectNoSidewaysScroll(page);
    await expectNoSeriousAccessibilityViolations(page);

    await page.getByRole("button", { name: "Log the agreement" }).click();
    await page.waitForURL(/\/agreements\/AG-\d{4}-\d{4}$/);
    const parties = await page.locator("#parties").textContent();
    expect(parties).toContain("People's Government of Liuzhou");
    expect(parties).toContain("People’s Congress of Guangxi Zhuang Autonomous Region");
    await expect(page.locator("#people").textContent()).resolves.toContain("Wang Yuefei");
    await screenshot(page, "screens-phone-agreement");
  }, 120_000);
});

describe("the type-ahead's search", () => {
  it("answers only those who may log agreements, and never offers our own units as partners", async () => {
    const anonymous = await fetch(`${baseURL}/api/lookup/partners?q=liuzhou`);
    expect(anonymous.status).toBe(401);
    const viewer = await signedInPage("viewer@pacta.local");
    await expect(viewer.request.get(`${baseURL}/api/lookup/people?q=fei`).then((r) => r.status())).resolves.toBe(403);

    const editor = await signedInPage("editor@pacta.local");
    const partners = (await (await editor.request.get(`${baseURL}/api/lookup/partners?q=${encodeURIComponent("柳州")}`)).json()) as { label: string }[];
    expect(partners.map((p) => p.label)).toContain("People's Government of Liuzhou · 柳州市人民政府");
    const ours = (await (await editor.request.get(`${baseURL}/api/lookup/partners?q=school`)).json()) as { label: string }[];
    expect(ours.filter((p) => /School of (Transportation|Automotive Engineering)/.test(p.label))).toEqual([]);
    const people = (await (await editor.request.get(`${baseURL}/api/lookup/people?q=${encodeURIComponent("费志荣")}`)).json()) as { label: string }[];
    expect(people.map((p) => p.label)).toEqual(["Fei Zhirong · 费志荣"]);
  });
});

describe("empty states", () => {
  it("say that nobody is recorded for an agreement logged by hand, and that the source names nobody only for one from a source", async () => {
    const page = await signedInPage("editor@pacta.local");
    await page.goto(`${baseURL}/agreements/new`);
    await page.getByLabel("Title").fill("An agreement logged by hand without signatories");
    await page.getByLabel("New organisation").check();
    await page.getByLabel("Name (English)").fill("Hand-logged Partner Institute");
    await page.getByRole("button", { name: "Log the agreement" }).click();
    await page.waitForURL(/\/agreements\/AG-\d{4}-\d{4}$/);
    await page.getByText("No one is recorded yet as having signed or attended for a party.").waitFor();
    await expect(page.getByText("The source does not say who signed").count()).resolves.toBe(0);

    // A seeded agreement from the news release, whose text names no signatory.
    await page.goto(`${baseURL}/agreements/AG-2020-0002`);
    await page.getByText("The source does not say who signed or attended for each party.").waitFor();
  });

  it("reads 'Unit of …' for a unit in the directory, in both languages", async () => {
    const page = await signedInPage("viewer@pacta.local");
    await page.goto(`${baseURL}/organizations?kind=UNIT`);
    const lines = await page.locator("main ul > li").allTextContents();
    expect(lines.some((line) => line.includes("Unit of Wuhan University of Technology"))).toBe(true);
    expect(lines.some((line) => /Unit · unit of/i.test(line))).toBe(false);
    const chinesePage = await signedInPage("viewer@pacta.local", { locale: "zh-CN" });
    await chinesePage.goto(`${baseURL}/organizations?kind=UNIT`);
    const chinese = await chinesePage.locator("main ul > li").allTextContents();
    expect(chinese.some((line) => line.includes("Wuhan University of Technology下属单位"))).toBe(true);
    expect(chinese.some((line) => line.includes("下属单位 · "))).toBe(false);
  });
});

describe("deleting from the directory", () => {
  it("says what will happen first: why it cannot while in use, or that it goes for good", async () => {
    const page = await signedInPage("editor@pacta.local");
    // A person present at a signing ceremony: the page says why they cannot be deleted, and offers no button.
    await page.goto(`${baseURL}/people?q=Fei`);
    await page.getByRole("link", { name: "Fei Zhirong" }).click();
    await page.waitForURL(/\/people\/[^/?]+$/);
    await page.getByText("Delete this person").click();
    await page.getByText(/cannot be deleted: the record of a signing ceremony names them \(Signing ceremony in Nanning\)/).waitFor();
    await expect(page.getByRole("button", { name: "Delete for good" }).count()).resolves.toBe(0);
    await screenshot(page, "screens-person-delete-in-use");

    // An organisation nothing refers to: nothing is deleted until the second, explicit click.
    await page.goto(`${baseURL}/organizations/new`);
    await page.getByLabel("Name (English)").fill("Short-lived Test Foundation");
    await page.getByLabel("Kind").selectOption({ label: "Other" });
    await page.getByRole("button", { name: "Add the organisation" }).click();
    await page.waitForURL(/\/organizations\/(?!new)[^/]+$/);
    const address = page.url();
    const deleteButton = page.getByRole("button", { name: "Delete for good" });
    await expect(deleteButton.isVisible()).resolves.toBe(false);
    await page.getByText("Delete this organisation").click();
    await page.getByText("No agreement, person or unit refers to Short-lived Test Foundation.", { exact: false }).waitFor();
    await screenshot(page, "screens-organization-delete-confirm");
    await expectNoSeriousAccessibilityViolations(page);
    await deleteButton.click();
    await page.waitForURL(`${baseURL}/organizations`);
    const gone = await page.goto(address);
    expect(gone?.status()).toBe(404);
  });
});

describe("every page", () => {
  it("passes axe at 1280 and 390 px, in English and in Chinese", async () => {
    const page = await signedInPage("admin@pacta.local");
    await page.goto(`${baseURL}/organizations?q=${encodeURIComponent("柳州市人民政府")}`);
    await page.locator("main ul > li a").first().click();
    await page.waitForURL(/\/organizations\/[^/?]+$/);
    const organization = new URL(page.url()).pathname;
    await page.goto(`${baseURL}/people?q=Fei`);
    await page.getByRole("link", { name: "Fei Zhirong" }).click();
    await page.waitForURL(/\/people\/[^/?]+$/);
    const person = new URL(page.url()).pathname;
    const pages = [
      "/",
      "/agreements",
      "/agreements/new",
      "/agreements/AG-2020-0001",
      "/agreements/AG-2020-0001/edit",
      "/agreements/import",
      "/organizations",
      organization,
      "/organizations/new",
      "/people",
      person,
      "/reference-lists",
      "/reminders",
      "/profile",
      "/admin/users",
      "/admin/audit",
    ];
    for (const language of LANGUAGES) {
      const reader = await signedInPage("admin@pacta.local", { viewport: VIEWPORTS.desktop, locale: language.locale });
      for (const viewport of [VIEWPORTS.desktop, VIEWPORTS.phone]) {
        await reader.setViewportSize(viewport);
        for (const path of pages) {
          await reader.goto(`${baseURL}${path}`);
          await expect(reader.locator("html").getAttribute("lang")).resolves.toBe(language.lang);
          await expectNoSeriousAccessibilityViolations(reader);
          await expectNoSidewaysScroll(reader);
        }
        // The phone's open menu too.
        if (viewport === VIEWPORTS.phone) {
          await reader.locator("header summary").click();
          await expectNoSeriousAccessibilityViolations(reader);
          await screenshot(reader, `screens-phone-menu-${language.short}`);
        }
        await reader.goto(`${baseURL}/agreements`);
        await screenshot(reader, `screens-agreements-${viewport.width}-${language.short}`);
      }
    }
  }, 480_000);
});
