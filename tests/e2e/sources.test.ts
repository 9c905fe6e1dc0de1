// An editor records where an agreement's facts came from: a new source with the first fact it
// supports, then a fact from outside the source; both show on the page with their marks.
import { describe, expect, inject, it } from "vitest";
import { browserForFile, expectNoSeriousAccessibilityViolations, screenshot, VIEWPORTS } from "../support/browser";

const baseURL = inject("baseURL");
const password = inject("demoPassword");

const { signedInPage } = browserForFile(baseURL, password);

describe("sources and evidence", () => {
  it("an editor adds a source with a quote, is refused a misquote, adds a fact from outside the source, and sees both marked", async () => {
    const page = await signedInPage("editor@pacta.local");
    await page.goto(`${baseURL}/agreements/AG-2020-0003`);
    const section = page.locator("#evidence");
    const evidence = section.locator("details").filter({ has: page.locator("summary", { hasText: "Add a source" }) });
    await evidence.locator("summary").click();
    await evidence.getByLabel("Title").fill("Letter of intent on port logistics");
    await evidence.getByLabel("Web address").fill("ftp://files.example.edu/letter.pdf");
    await evidence.getByLabel("Publication date").fill("2020-06");
    await evidence.getByLabel("Its text", { exact: true }).fill("Both sides intend to train port logistics engineers together from 2021.");
    await evidence.getByLabel("Fact", { exact: true }).selectOption({ label: "Summary" });
    await evidence.getByLabel("Quote").fill("train port engineers");
    await evidence.getByRole("button", { name: "Record" }).last().click();
    // Each problem next to its field, one after another; nothing recorded meanwhile.
    await evidence.getByText("An address beginning with http:// or https://.").waitFor();
    await evidence.getByLabel("Web address").fill("https://news.example.edu/2020/06/letter");
    await evidence.getByRole("button", { name: "Record" }).last().click();
    await evidence.getByText("Say how the publication date is known.").waitFor();
    await evidence.getByLabel("How the date is known").selectOption({ label: "Taken from its address, not its text" });
    await evidence.getByRole("button", { name: "Record" }).last().click();
    await evidence.getByText("These words are not in the source's text.", { exact: false }).waitFor();
    await expect(section.getByRole("heading", { name: /^From “Letter of intent/ }).count()).resolves.toBe(0);

    await evidence.getByLabel("Quote").fill("train port logistics engineers together");
    await evidence.getByRole("button", { name: "Record" }).last().click();
    const heading = section.getByRole("heading", { name: "From “Letter of intent on port logistics”" });
    await heading.waitFor();
    await expect(section.getByText("“train port logistics engineers together”").first().isVisible()).resolves.toBe(true);

    // A second fact from the same source, from outside it.
    const group = heading.locator("xpath=../..");
    const more = group.locator("details").filter({ has: page.locator("summary", { hasText: "Add evidence from this source" }) });
    await more.locator("summary").click();
    await more.getByLabel("Fact", { exact: true }).selectOption({ label: "Place of signing" });
    await more.getByLabel("Basis", { exact: true }).selectOption({ label: "Outside the source: it came from elsewhere" });
    await more.getByLabel("Where it came from").fill("The partner's annual report");
    await more.getByRole("button", { name: "Record" }).click();
    await section.getByText("Not in the source. From: The partner's annual report").waitFor();
    await expect(section.getByText("Outside the source", { exact: true }).first().isVisible()).resolves.toBe(true);
    await expect(page.locator("#history").getByText("Evidence recorded").first().isVisible()).resolves.toBe(true);
    await expectNoSeriousAccessibilityViolations(page);
    await screenshot(page, "agreement-sources-editor");
    // A reader sees each source's facts under that source, not under the last one listed.
    const letter = section.getByRole("group", { name: "Letter of intent on port logistics" });
    await expect(letter.locator("blockquote").allTextContents()).resolves.toEqual(["“train port logistics engineers together”"]);
    await expect(letter.getByText("Not in the source. From: The partner's annual report").isVisible()).resolves.toBe(true);
    const release = section.getByRole("group", { name: /Strategic Cooperation Agreement was Signed/ });
    await expect(release.getByText("Not in the source. From: The partner's annual report").count()).resolves.toBe(0);
    await expect(release.locator("blockquote").count()).resolves.toBeGreaterThan(0);

    // The source's own page lists what it supports.
    await group.getByRole("link", { name: "The source's page" }).click();
    await page.getByRole("heading", { level: 1, name: "Letter of intent on port logistics" }).waitFor();
    await expect(page.locator("#supports").getByRole("link", { name: /AG-2020-0003/ }).isVisible()).resolves.toBe(true);
    await screenshot(page, "source-page");
  });

  it("reads in Chinese on a phone: the editor's controls and the sources list", async () => {
    const page = await signedInPage("editor@pacta.local", { viewport: VIEWPORTS.phone });
    await page.context().addCookies([{ name: "pacta-locale", value: "zh-CN", url: baseURL }]);
    await page.goto(`${baseURL}/agreements/AG-2020-0001`);
    await page.locator("#evidence").getByRole("heading", { name: "记录来源和证据" }).waitFor();
    await page.locator("#evidence").locator("summary", { hasText: "添加来源" }).click();
    await expect(page.getByLabel("发布日期", { exact: true }).isVisible()).resolves.toBe(true);
    await screenshot(page, "agreement-sources-editor-zh-phone");
    await page.goto(`${baseURL}/sources`);
    await page.getByRole("heading", { level: 1, name: "来源" }).waitFor();
    await screenshot(page, "sources-list-zh-phone");
  });

});
