// Keeping the directories and accounts, in a real browser against the production build.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { expectNoSeriousAccessibilityViolations, launchBrowser, screenshot, signIn, VIEWPORTS } from "../support/browser";

const baseURL = inject("baseURL");
const password = inject("demoPassword");

let browser: Browser;
let context: BrowserContext;

async function signedInPage(email: string): Promise<Page> {
  context = await browser.newContext({ viewport: VIEWPORTS.desktop });
  const page = await context.newPage();
  await signIn(page, baseURL, email, password);
  return page;
}

beforeAll(async () => {
  browser = await launchBrowser();
});
afterEach(async () => context?.close());
afterAll(async () => browser?.close());

describe("directories", () => {
  it("lets an editor add an organisation, refuses to delete one in use, and merges a duplicate", async () => {
    const page = await signedInPage("editor@pacta.local");
    await page.goto(`${baseURL}/organizations?q=${encodeURIComponent("广西")}`);
    await expect(page.getByRole("link", { name: "People's Government of Guangxi Zhuang Autonomous Region" }).isVisible()).resolves.toBe(true);
    await screenshot(page, "organizations-search");
    await expectNoSeriousAccessibilityViolations(page);

    await page.getByRole("link", { name: "People's Government of Guangxi Zhuang Autonomous Region" }).click();
    // Deleting says first what it would do: here, why it cannot, and no button to try.
    await page.getByText("Delete this organisation").click();
    await page.getByText(/cannot be deleted: it is used by \d+ agreements as a party/).waitFor();
    await expect(page.getByRole("button", { name: "Delete for good" }).count()).resolves.toBe(0);
    await screenshot(page, "organization-delete-refused");

    await page.goto(`${baseURL}/organizations/new`);
    await page.getByLabel("Name (English)").fill("Guangxi Govt");
    await page.getByLabel("Kind").selectOption({ label: "Government" });
    await page.getByRole("button", { name: "Add the organisation" }).click();
    await page.waitForURL(/\/organizations\/(?!new)[^/]+$/);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toContain("Guangxi Govt");

    await page.getByText("Merge this organisation into another").click();
    await page.getByLabel("The organisation to keep").selectOption({ label: "People's Government of Guangxi Zhuang Autonomous Region · 广西壮族自治区人民政府" });
    await page.getByRole("button", { name: "Merge", exact: true }).click();
    await page.waitForURL((url) => !url.pathname.endsWith("/new"));
    await page.getByRole("heading", { name: "People's Government of Guangxi Zhuang Autonomous Region" }).waitFor();
    await expect(page.getByText("Guangxi Govt").isVisible()).resolves.toBe(true);
    await screenshot(page, "organization-after-merge");
  });

  it("shows each person with the agreements they signed and the ceremonies they attended", async () => {
    const page = await signedInPage("viewer@pacta.local");
    await page.goto(`${baseURL}/people?q=Fei`);
    await page.getByRole("link", { name: "Fei Zhirong" }).click();
    await page.waitForURL(/\/people\/[^/?]+$/);
    // The release says he went to sign the series, not which agreement he signed (decision 022): he is the ceremony's.
    await expect(page.getByText("Not on any agreement yet.").isVisible()).resolves.toBe(true);
    await expect(page.locator("#ceremonies").getByRole("link", { name: "Signing ceremony in Nanning" }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole("button", { name: "Delete this person" }).count()).resolves.toBe(0);
    await screenshot(page, "person");
  });
});

describe("the calendar feed", () => {
  it("gives a user a secret address that a calendar program reads without signing in", async () => {
    const page = await signedInPage("viewer@pacta.local");
    await page.getByRole("link", { name: "Demo Viewer" }).click();
    await page.waitForURL(`${baseURL}/profile`);
    await page.getByRole("button", { name: "Create my calendar address" }).click();
    const address = (await page.getByTestId("calendar-address").textContent())!.trim();
    expect(address).toMatch(/\/calendar\/[\w-]{30,}\.ics$/);
    await screenshot(page, "profile-calendar");

    const feed = await fetch(address);
    expect(feed.status).toBe(200);
    expect(feed.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(await feed.text()).toContain("BEGIN:VCALENDAR");
    expect((await fetch(address.replace(/\/calendar\/.+$/, "/calendar/not-a-real-address-at-all-0000.ics"))).status).toBe(404);

    await page.getByRole("button", { name: "Give the calendar a new address" }).click();
    // The success message is already there from the first click: wait for the new address itself.
    await expect.poll(async () => (await page.getByTestId("calendar-address").textContent())!.trim()).not.toBe(address);
    expect((await fetch(address)).status).toBe(404);
  });
});

describe("administration", () => {
  it("creates an account and refuses to demote the last administrator", async () => {
    const page = await signedInPage("admin@pacta.local");
    await page.goto(`${baseURL}/admin/users`);
    await page.getByLabel("Name", { exact: true }).fill("Li Na");
    await page.getByLabel("E-mail").fill("li.na@pacta.local");
    await page.getByLabel("Role", { exact: true }).selectOption({ label: "Editor" });
    await page.getByLabel("First password").fill("a long first password");
    await page.getByRole("button", { name: "Create the account" }).click();
    await page.getByText("li.na@pacta.local").waitFor();

    // An administrator sets a new password for her: too short is refused next to the field, a good one works.
    const liNa = page.locator("li", { hasText: "li.na@pacta.local" });
    await liNa.getByLabel("New password for Li Na").fill("short");
    await liNa.getByRole("button", { name: "Set password" }).click();
    await liNa.getByText("Use at least 12 characters.").waitFor();
    await liNa.getByLabel("New password for Li Na").fill("a password the admin set");
    await liNa.getByRole("button", { name: "Set password" }).click();
    await liNa.getByText("New password set; the account's sessions have ended.").waitFor();
    const hers = await browser.newContext({ viewport: VIEWPORTS.desktop });
    try {
      const herPage = await hers.newPage();
      await signIn(herPage, baseURL, "li.na@pacta.local", "a password the admin set");
      // Signed in: the header names her (its one line shows the name and role; the e-mail is on her profile).
      await expect(herPage.locator("header").getByRole("link", { name: "Li Na" }).filter({ visible: true }).isVisible()).resolves.toBe(true);
    } finally {
      await hers.close();
    }

    await page.getByLabel("Role of Demo Administrator").selectOption({ label: "Viewer" });
    await page.locator("li", { hasText: "admin@pacta.local" }).getByRole("button", { name: "Save" }).click();
    await page.getByText("This is the last active administrator").waitFor();
    await screenshot(page, "users-last-admin");
    await expectNoSeriousAccessibilityViolations(page);

    await page.goto(`${baseURL}/admin/audit?entityType=User`);
    // Newest first, in words: the new password, then the account.
    await expect(page.locator("tbody tr").first().textContent()).resolves.toContain("Set a new password for an account");
    await expect(page.locator("tbody tr").nth(1).textContent()).resolves.toContain("Created an account");
    await screenshot(page, "audit-log");
  });

  it("keeps administration away from editors", async () => {
    const page = await signedInPage("editor@pacta.local");
    await expect(page.getByRole("link", { name: "Users" }).count()).resolves.toBe(0);
    await page.goto(`${baseURL}/admin/users`);
    expect(new URL(page.url()).pathname).toBe("/forbidden");
    await page.goto(`${baseURL}/admin/audit`);
    expect(new URL(page.url()).pathname).toBe("/forbidden");
  });
});
