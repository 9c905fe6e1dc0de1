// A person signs in and reads the register, in a real browser against the production build.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach, afterEach, describe, expect, inject, it } from "vitest";
import { expectNoSeriousAccessibilityViolations, launchBrowser, screenshot, signIn, VIEWPORTS } from "../support/browser";

const baseURL = inject("baseURL");
const password = inject("demoPassword");

let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());
beforeEach(async () => {
  context = await browser.newContext({ viewport: VIEWPORTS.desktop });
  page = await context.newPage();
});
afterEach(async () => context?.close());

describe("security headers", () => {
  it("are sent with the main pages, signed in or not", async () => {
    await signIn(page, baseURL, "viewer@pacta.local", password);
    for (const path of ["/sign-in", "/", "/agreements", "/agreements/AG-2020-0001", "/organizations"]) {
      const response = await page.request.get(`${baseURL}${path}`, { maxRedirects: 0 });
      const headers = response.headers();
      expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
      expect(headers["content-security-policy"], path).toContain("object-src 'none'");
      expect(headers["x-content-type-options"], path).toBe("nosniff");
      expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
      expect(headers["x-frame-options"], path).toBe("DENY");
    }
  });
});

describe("signing in", () => {
  it("sends an anonymous visitor to the sign-in page and back to where they were going", async () => {
    await page.goto(`${baseURL}/agreements/AG-2020-0001`);
    expect(new URL(page.url()).pathname).toBe("/sign-in");
    expect(new URL(page.url()).searchParams.get("callbackUrl")).toBe("/agreements/AG-2020-0001");
    await screenshot(page, "sign-in");
    await expectNoSeriousAccessibilityViolations(page);

    await page.getByLabel("E-mail").fill("viewer@pacta.local");
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(`${baseURL}/agreements/AG-2020-0001`);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toContain("Strategic Cooperation Framework Agreement");
  });

  it("refuses a wrong password with a plain message that does not say which part was wrong", async () => {
    await page.goto(`${baseURL}/sign-in`);
    await page.getByLabel("E-mail").fill("viewer@pacta.local");
    await page.getByLabel("Password").fill(password + "-wrong");
    await page.getByRole("button", { name: "Sign in" }).click();
    const alert = page.getByRole("alert");
    await alert.getByText("The e-mail address or password is incorrect.").waitFor();
    expect(new URL(page.url()).pathname).toBe("/sign-in");
    await screenshot(page, "sign-in-wrong-password");
    const cookies = await context.cookies();
    expect(cookies.some((c) => c.name.includes("session-token"))).toBe(false);
  });

  it("signs out", async () => {
    await signIn(page, baseURL, "editor@pacta.local", password);
    // Signed in: the header offers to sign out (the e-mail is on the profile page, not in the one-line header).
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.waitForURL((url) => url.pathname === "/sign-in");
    await page.goto(`${baseURL}/agreements`);
    expect(new URL(page.url()).pathname).toBe("/sign-in");
  });
});

describe("reading the register as a viewer", () => {
  beforeEach(async () => signIn(page, baseURL, "viewer@pacta.local", password));

  it("lists the seed's nine agreements with partners, type, status and signed date at its precision", async () => {
    // Other tests add agreements signed later; up to 2020 the register holds exactly the seed.
    await page.goto(`${baseURL}/agreements?signedTo=2020`);
    await expect(page.getByText("9 agreements match these filters.").isVisible()).resolves.toBe(true);
    const rows = page.locator("table tbody tr");
    expect(await rows.count()).toBe(9);
    const original = rows.filter({ hasText: "AG-2010-0001" });
    await expect(original.textContent()).resolves.toMatch(/Cooperation Framework Agreement.*People's Government of Guangxi.*Framework agreement.*Renewed.*2010/);
    const renewal = rows.filter({ hasText: "AG-2020-0001" });
    await expect(renewal.textContent()).resolves.toContain("3 January 2020");
    await expect(renewal.textContent()).resolves.toContain("广西壮族自治区人民政府");
    await screenshot(page, "agreements-desktop");
    await expectNoSeriousAccessibilityViolations(page);

    // On a phone each row is a card: the reference and the status share its first line, the title runs
    // across the card below them, and nothing is wider than the screen.
    await page.setViewportSize(VIEWPORTS.phone);
    await expect(page.locator("table thead").isVisible()).resolves.toBe(false);
    const card = rows.filter({ hasText: "AG-2020-0001" });
    const [reference, status, title] = await Promise.all(["reference", "status", "title"].map((cell) => card.locator(`td.${cell}`).boundingBox()));
    expect(Math.abs(reference!.y - status!.y)).toBeLessThan(8);
    expect(status!.x).toBeGreaterThan(reference!.x + reference!.width);
    expect(title!.y).toBeGreaterThanOrEqual(reference!.y + reference!.height - 1);
    expect(title!.width).toBeGreaterThan(VIEWPORTS.phone.width * 0.7);
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(VIEWPORTS.phone.width);
    await screenshot(page, "agreements-phone");

    // One match is one agreement that matches, and it is one agreement to download.
    await page.goto(`${baseURL}/agreements?q=${encodeURIComponent("柳州钢铁")}&signedTo=2020`);
    await expect(page.getByText("1 agreement matches these filters.").isVisible()).resolves.toBe(true);
    await expect(page.getByText("Download this agreement:").isVisible()).resolves.toBe(true);

    // A page past the last of a filtered list says there is no such page (the filters do match), and leads back
    // to the last page rather than counting "page 7 of 1".
    await page.goto(`${baseURL}/agreements?signedTo=2020&page=7`);
    await expect(page.getByText("There is no page 7: these agreements fill one page.").isVisible()).resolves.toBe(true);
    const last = await page.getByRole("link", { name: "Go to the last page (1)" }).getAttribute("href");
    expect(last).toContain("signedTo=2020");
    expect(last).not.toMatch(/[?&]page=/);
    await expect(page.getByText("No agreement matches these filters.").count()).resolves.toBe(0);
    await expect(page.getByText(/Page 7 of/).count()).resolves.toBe(0);
    const back = await page.locator('a[rel="prev"]').getAttribute("href");
    expect(back).toContain("signedTo=2020");
    expect(back).not.toMatch(/[?&]page=([2-9]|\d\d)/);

    // Words typed into the search box are found in any order, across the title and the partner's names.
    await page.goto(`${baseURL}/agreements`);
    await page.locator("#filter-q").fill("framework  Guangxi");
    await page.locator("#filter-q").press("Enter");
    await page.waitForURL(/[?&]q=framework/);
    const found = page.locator("table tbody tr");
    for (const reference of ["AG-2010-0001", "AG-2020-0001", "AG-2020-0004"]) {
      await expect(found.filter({ hasText: reference }).count(), reference).resolves.toBe(1);
    }
    await expect(found.filter({ hasText: "AG-2020-0002" }).count()).resolves.toBe(0);
  });

  it("says which filters of an address it could not read, applies the rest, and refuses to download with them", async () => {
    await page.goto(`${baseURL}/agreements?q=${encodeURIComponent("柳州钢铁")}&status=FOO&signedFrom=2019-02-30`);
    await expect(page.getByRole("status").filter({ hasText: "could not read" }).textContent()).resolves.toContain("Status “FOO”; Signed from “2019-02-30”");
    // The search still applies: its one agreement, not the whole register.
    await expect(page.getByText("1 agreement matches these filters.").isVisible()).resolves.toBe(true);
    await screenshot(page, "list-filters-not-read");
    // A search longer than the box takes is named too, never quietly dropped for the whole register.
    await page.goto(`${baseURL}/agreements?q=${"x".repeat(201)}`);
    await expect(page.getByRole("status").filter({ hasText: "could not read" }).textContent()).resolves.toContain("Search");
    await expect(page.locator("#filter-q").getAttribute("maxlength")).resolves.toBe("200");
    // A download of an address it cannot read whole is refused, in words: it would hold more than was asked.
    const refused = await page.request.get(`${baseURL}/agreements/export?format=csv&status=FOO`);
    expect(refused.status()).toBe(400);
    expect(await refused.text()).toContain("Status “FOO”");
    const register = await page.request.get(`${baseURL}/agreements/export?format=pdf&signedFrom=2019-02-30`);
    expect(register.status()).toBe(400);
    expect(await register.text()).toContain("Signed from");
  });

  it("shows the Guangxi renewal with its chain, people, focus areas and evidence, and links back from the original", async () => {
    await page.goto(`${baseURL}/agreements`);
    await page.getByRole("link", { name: "Strategic Cooperation Framework Agreement" }).click();
    await page.waitForURL(`${baseURL}/agreements/AG-2020-0001`);

    const chain = page.getByRole("list", { name: "Renewal chain, oldest first" });
    await expect(chain.getByRole("listitem").allTextContents()).resolves.toEqual([
      expect.stringContaining("AG-2010-0001"),
      expect.stringContaining("AG-2020-0001"),
    ]);
    // The release says who went to sign the series, not who signed this one: its signatories are not known.
    const people = page.locator("#people");
    await expect(people.locator('[data-knowledge="signatories"]').textContent()).resolves.toBe("Signatories: not known (the source does not say)");
    await expect(people.getByText("Zhang Qingjie").count()).resolves.toBe(0);
    // Those present at the ceremony are the ceremony's, the leaders who went to sign among them, with the other agreements signed there.
    const ceremony = page.locator("#ceremony");
    for (const text of ["Signing ceremony in Nanning", "Xin Sijin", "Zhang Qingjie", "Xia Jiangjing", "Wu Chaozhong", "Fei Zhirong", "Wang Yuefei", "then President", "School of Automotive Engineering", "AG-2020-0008"]) {
      await expect(ceremony.getByText(text, { exact: false }).first().isVisible(), text).resolves.toBe(true);
    }
    await expect(people.getByText("Wang Yuefei").count()).resolves.toBe(0);
    await expect(page.getByText("Belt and Road Initiative", { exact: true }).isVisible()).resolves.toBe(true);

    const evidence = page.locator("#evidence");
    await expect(evidence.getByText("“on January 3rd”").isVisible()).resolves.toBe(true);
    const signedDate = page.locator("#evidence-signedOn");
    await expect(signedDate.getByText("Inferred", { exact: true }).isVisible()).resolves.toBe(true);
    await expect(signedDate.textContent()).resolves.toContain("the year is not");
    // The signed date in the key facts carries the "inferred" mark that leads to that evidence.
    await expect(page.getByRole("link", { name: "inferred" }).first().getAttribute("href")).resolves.toMatch(/^#evidence-/);
    await screenshot(page, "agreement-guangxi-renewal");
    await expectNoSeriousAccessibilityViolations(page);

    await chain.getByRole("link", { name: "Cooperation Framework Agreement" }).click();
    await page.waitForURL(`${baseURL}/agreements/AG-2010-0001`);
    await expect(page.locator("#renewals").textContent()).resolves.toContain("AG-2020-0001");
    await expect(page.getByText("2010", { exact: true }).first().isVisible()).resolves.toBe(true);
    await screenshot(page, "agreement-original-2010");

    await page.setViewportSize(VIEWPORTS.phone);
    await page.goto(`${baseURL}/agreements/AG-2020-0004`);
    await expect(page.getByText("one agreement with both", { exact: false }).isVisible()).resolves.toBe(true);
    await screenshot(page, "agreement-automobile-institute-phone");
  });

  it("lands on the dashboard, whose figures lead to the filtered list", async () => {
    await page.goto(`${baseURL}/`);
    await page.getByRole("heading", { name: "Dashboard" }).waitFor();
    await expect(page.getByRole("list", { name: "Agreements signed per year" }).textContent()).resolves.toContain("2010");
    await expect(page.getByRole("list", { name: "Active agreements by partner kind" }).textContent()).resolves.toContain("Government");
    await screenshot(page, "dashboard");
    await expectNoSeriousAccessibilityViolations(page);
    await page.getByRole("link", { name: /Renewed/ }).first().click();
    await page.waitForURL(`${baseURL}/agreements?status=RENEWED`);
    await expect(page.locator("table tbody tr td:first-child").allTextContents()).resolves.toContain("AG-2010-0001");
    await page.setViewportSize(VIEWPORTS.phone);
    await page.goto(`${baseURL}/`);
    await screenshot(page, "dashboard-phone");
  });

  it("says so when an agreement does not exist", async () => {
    const response = await page.goto(`${baseURL}/agreements/AG-1999-0001`);
    expect(response?.status()).toBe(404);
    // Next.js sends notFound() as an error shell and the browser renders the page after hydration
    // (vercel/next.js#62228), so the heading arrives a moment after the load event: wait for it.
    await page.getByRole("heading", { name: "Not found" }).waitFor();
  });
});
