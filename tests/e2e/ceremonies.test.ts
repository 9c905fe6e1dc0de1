// Entering a signing ceremony in a real browser: record one, add someone present, attach an
// agreement by its reference, and see the ceremony on that agreement's page (decision 023).
import { describe, expect, inject, it } from "vitest";
import { browserForFile, expectNoSeriousAccessibilityViolations, screenshot, VIEWPORTS } from "../support/browser";

const baseURL = inject("baseURL");
const password = inject("demoPassword");

const { signedInPage } = browserForFile(baseURL, password);

describe("an editor", () => {
  it("records a ceremony, adds someone present, attaches an agreement and sees it on the agreement's page", async () => {
    const page = await signedInPage("editor@pacta.local");
    await page.goto(`${baseURL}/`);
    await page.getByRole("link", { name: "Ceremonies" }).first().click();
    await page.waitForURL(`${baseURL}/ceremonies`);
    await page.getByRole("link", { name: "Record a ceremony" }).click();
    await page.waitForURL(`${baseURL}/ceremonies/new`);

    // A wrong date is refused beside its field, and what was typed stays.
    await page.getByLabel("Name").fill("Signing ceremony in Wuhan");
    await page.getByLabel("Held on").fill("2021-02-30");
    await page.getByRole("button", { name: "Record the ceremony" }).click();
    await page.getByText("There is no 30 February 2021.").waitFor();
    await page.getByLabel("Held on").fill("2010");
    // A place typed as one long word (a pasted address, say) must wrap, not push the page sideways.
    await page.getByLabel("Place").fill(`Wuhan${"jiangxiadistrict".repeat(15)}`);
    await page.getByRole("button", { name: "Record the ceremony" }).click();
    await page.waitForURL((url) => /^\/ceremonies\/[^/]+$/.test(url.pathname) && !url.pathname.endsWith("/new"));
    const ceremonyUrl = page.url();
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Signing ceremony in Wuhan");

    // Someone present, found by part of their name, with their position then.
    await page.getByText("Add someone present").click();
    await page.getByRole("combobox", { name: "Person" }).fill("Zhang Qing");
    await page.getByRole("listbox").getByRole("option", { name: /Zhang Qingjie/ }).click();
    await page.getByLabel("Role").selectOption({ label: "Presided" });
    await page.getByLabel("Position then").fill("Vice-President");
    await page.getByRole("button", { name: "Add", exact: true }).click();
    await page.getByText("Added to the people present.").waitFor();
    const present = page.locator("#present");
    await present.getByRole("link", { name: "Zhang Qingjie" }).waitFor();
    await expect(present.getByText("then Vice-President").isVisible()).resolves.toBe(true);

    // An agreement by its reference, typed in lower case.
    await page.getByText("Attach an agreement").click();
    await page.getByLabel("Agreement's reference").fill("ag-2010-0001");
    await page.getByRole("button", { name: "Attach" }).click();
    const agreements = page.locator("#agreements");
    await agreements.getByText("AG-2010-0001", { exact: true }).waitFor();
    await expectNoSeriousAccessibilityViolations(page);
    await screenshot(page, "ceremony-page");
    await page.setViewportSize(VIEWPORTS.phone);
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(390);
    await screenshot(page, "ceremony-page-phone");
    await page.goto(`${baseURL}/ceremonies`);
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(390);
    await page.goto(ceremonyUrl);
    await page.setViewportSize(VIEWPORTS.desktop);

    // The agreement's page shows the ceremony, linked back to it; its history says it was attached.
    await page.goto(`${baseURL}/agreements/AG-2010-0001`);
    const link = page.locator("#ceremony").getByRole("link", { name: "Signing ceremony in Wuhan" });
    await link.waitFor();
    await expect(page.getByText("Signing ceremony recorded").first().isVisible()).resolves.toBe(true);
    await link.click();
    await page.waitForURL(ceremonyUrl);

    // Attaching an agreement of another ceremony says where it is and changes nothing until confirmed.
    await page.getByText("Attach an agreement").click();
    await page.getByLabel("Agreement's reference").fill("AG-2020-0001");
    await page.getByRole("button", { name: "Attach" }).click();
    await page.getByText(/AG-2020-0001 is recorded as signed at/).waitFor();
    await expect(agreements.getByText("AG-2020-0001", { exact: true }).count()).resolves.toBe(0);

    // Leave the demo data as it was: detach (asks first), and the ceremony can then be deleted.
    await agreements.getByText("Detach…").click();
    await page.getByRole("button", { name: "Detach", exact: true }).click();
    await page.getByText("No agreement is recorded as signed there yet.").waitFor();
    await page.getByText("Delete…").click();
    await page.getByRole("button", { name: "Delete for good" }).click();
    await page.waitForURL(`${baseURL}/ceremonies`);
  });
});

describe("a reader on a phone, in Chinese", () => {
  it("finds the Nanning ceremony from the menu and reads who was present and what was signed", async () => {
    const page = await signedInPage("editor@pacta.local", { viewport: VIEWPORTS.phone, locale: "zh-CN" });
    await page.goto(`${baseURL}/`);
    await page.getByText("菜单").click();
    await page.getByRole("link", { name: "签约仪式" }).click();
    await page.waitForURL(`${baseURL}/ceremonies`);
    await screenshot(page, "ceremonies-list-phone-zh");
    await page.getByRole("link", { name: "Signing ceremony in Nanning" }).click();
    await page.locator("#agreements").getByText("AG-2020-0008", { exact: true }).waitFor();
    await expect(page.locator("#present").getByText("签约", { exact: true }).first().isVisible()).resolves.toBe(true);
    // Nothing is wider than the phone's screen.
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(390);
    await screenshot(page, "ceremony-page-phone-zh");
    await page.getByText("添加出席人员").click();
    await screenshot(page, "ceremony-add-attendee-phone-zh");
    await page.setViewportSize(VIEWPORTS.desktop);
    await screenshot(page, "ceremony-page-zh");
  });
});
