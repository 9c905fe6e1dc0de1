// "Not known", "none" and other names in a real browser: the import page says which words it
// reads, the template's second row uses them in the reader's language, and the list shows the
// "Other names" column when chosen. In both languages, on a desktop and a phone.
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { parse } from "csv-parse/sync";
import { browserForFile, screenshot, VIEWPORTS } from "../support/browser";

const baseURL = inject("baseURL");
const { signedInPage } = browserForFile(baseURL, inject("demoPassword"));

async function editorPage(locale: "en" | "zh-CN", viewport: { width: number; height: number }): Promise<Page> {
  // Signed in in English; a Chinese reader's choice is the language cookie the switcher sets.
  const page = await signedInPage("editor@pacta.local", { viewport, locale: "en" });
  if (locale === "zh-CN") await page.context().addCookies([{ name: "pacta-locale", value: "zh-CN", url: baseURL }]);
  return page;
}

const WORDS = {
  en: { help: "“not known”", notKnown: "not known", none: "none", column: "Other names" },
  "zh-CN": { help: "只填“不详”", notKnown: "不详", none: "无", column: "其他名称" },
} as const;

describe("not known, none and other names", () => {
  for (const locale of ["en", "zh-CN"] as const) {
    for (const [name, viewport] of Object.entries(VIEWPORTS)) {
      it(`the import page and its template name the words, and the list shows other names (${locale}, ${name})`, async () => {
        const page = await editorPage(locale, viewport);
        await page.goto(`${baseURL}/agreements/import`);
        await expect.poll(() => page.getByText(WORDS[locale].help).count()).toBe(1);
        await screenshot(page, `import-knowledge-${locale}-${name}`);

        const template = await page.request.get(`${baseURL}/agreements/import/template`);
        const rows = parse((await template.text()).replace(/^\uFEFF/, ""), { columns: true }) as Record<string, string>[];
        const untitled = Object.values(rows[1]);
        expect(untitled.filter((cell) => cell === WORDS[locale].notKnown)).toHaveLength(3);
        expect(untitled.filter((cell) => cell === WORDS[locale].none)).toHaveLength(1);

        await page.goto(`${baseURL}/agreements?columns=reference,title,otherNames&sort=reference&dir=desc`);
        await screenshot(page, `list-other-names-${locale}-${name}`);
        // The phone shows rows as cards, without the table's header row.
        if (name === "desktop") await expect.poll(() => page.getByRole("columnheader", { name: WORDS[locale].column }).count()).toBe(1);
        // The renewed framework's other name (its title, "Strategic Cooperation Framework Agreement", does not contain it).
        await expect.poll(() => page.locator("tr", { hasText: "AG-2020-0001" }).first().textContent()).toContain("Strategic Cooperation Agreement");
      });
    }
  }
});
