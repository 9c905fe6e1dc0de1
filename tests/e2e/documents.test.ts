// The signed PDF kept with its agreement, in a real browser: an editor uploads it, sees the
// first page drawn, adds a version and finds the first one in the history; a viewer
// downloads it; nobody signed out gets it; a renamed program is refused where the editor looks.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { expectNoSeriousAccessibilityViolations, launchBrowser, screenshot, signIn, VIEWPORTS } from "../support/browser";
import { WINDOWS_PROGRAM, samplePdf } from "../support/document-files";

const baseURL = inject("baseURL");
const password = inject("demoPassword");
// An agreement of the seed that no other browser test attaches documents to.
const REFERENCE = "AG-2020-0006";

let browser: Browser;
let folder: string;
const contexts: BrowserContext[] = [];

async function signedInPage(email: string): Promise<Page> {
  const context = await browser.newContext({ viewport: VIEWPORTS.desktop, acceptDownloads: true });
  contexts.push(context);
  const page = await context.newPage();
  await signIn(page, baseURL, email, password);
  return page;
}

/** The preview's pixels, counted: a drawn page is mostly white paper with text and a filled box on it. */
const previewPixels = (page: Page) =>
  page.locator("#documents canvas").first().evaluate((canvas: HTMLCanvasElement) => {
    const { data } = canvas.getContext("2d")!.getImageData(0, 0, canvas.width, canvas.height);
    let paper = 0;
    let ink = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (data[i + 3] < 255) continue; // not drawn
      if (data[i] > 240 && data[i + 1] > 240 && data[i + 2] > 240) paper++;
      else ink++;
    }
    return { paper, ink, all: data.length / 4 };
  });

async function expectDrawnPage(page: Page) {
  const { paper, ink, all } = await previewPixels(page);
  expect(paper / all).toBeGreaterThan(0.5);
  expect(ink / all).toBeGreaterThan(0.05);
}

beforeAll(async () => {
  browser = await launchBrowser();
  folder = fs.mkdtempSync(path.join(os.tmpdir(), "pacta-upload-"));
  fs.writeFileSync(path.join(folder, "signed-agreement.pdf"), await samplePdf("Signed agreement"));
  fs.writeFileSync(path.join(folder, "signed-agreement-v2.pdf"), await samplePdf("Countersigned agreement"));
  fs.writeFileSync(path.join(folder, "invoice.pdf"), WINDOWS_PROGRAM);
});
afterEach(async () => {
  for (const context of contexts.splice(0)) await context.close();
});
afterAll(async () => {
  await browser?.close();
  fs.rmSync(folder, { recursive: true, force: true });
});

describe("documents of an agreement", () => {
  it("an editor uploads the signed PDF, sees its first page, adds a version and finds the first in the history", async () => {
    const page = await signedInPage("editor@pacta.local");
    await page.goto(`${baseURL}/agreements/${REFERENCE}`);
    const documents = page.locator("#documents");
    await documents.getByText("No documents attached yet.").waitFor();
    await documents.getByText("Attach a document").click();

    // A program renamed .pdf is refused next to the file field, and nothing is attached.
    await documents.getByLabel("File").setInputFiles(path.join(folder, "invoice.pdf"));
    await documents.getByRole("button", { name: "Attach" }).click();
    await documents.getByText("“invoice.pdf” is named .pdf but its content is of another type (EXE).").waitFor();
    await expect(documents.getByText("No documents attached yet.").isVisible()).resolves.toBe(true);

    await documents.getByLabel("File").setInputFiles(path.join(folder, "signed-agreement.pdf"));
    await documents.getByLabel("Kind").selectOption({ label: "Signed copy" });
    await documents.getByLabel("Language").selectOption({ label: "English" });
    await documents.getByLabel("Note (optional)").fill("Scan of the signed original");
    await documents.getByRole("button", { name: "Attach" }).click();
    await documents.getByText("Document attached.").waitFor();
    await documents.getByRole("link", { name: "signed-agreement.pdf" }).waitFor();
    await documents.locator("[data-preview-state=ready]").waitFor();
    await expect(documents.getByRole("img", { name: "First page of signed-agreement.pdf" }).isVisible()).resolves.toBe(true);
    await expectDrawnPage(page);
    await screenshot(page, "agreement-documents");
    await expectNoSeriousAccessibilityViolations(page);

    await documents.getByText("Upload a new version or delete").click();
    await documents.getByLabel("New version").setInputFiles(path.join(folder, "signed-agreement-v2.pdf"));
    await documents.getByLabel("What changed (optional)").fill("Countersigned by the partner");
    await documents.getByRole("button", { name: "Upload the new version" }).click();
    await documents.getByText("New version uploaded; the earlier ones are kept.").waitFor();
    await documents.getByRole("link", { name: "signed-agreement-v2.pdf" }).waitFor();
    await documents.getByRole("img", { name: "First page of signed-agreement-v2.pdf" }).waitFor();
    await documents.locator("[data-preview-state=ready]").waitFor();
    await expectDrawnPage(page);
    await documents.getByText("Version history (1 earlier version)").click();
    const earlier = documents.getByRole("list", { name: "Earlier versions" });
    await expect(earlier.textContent()).resolves.toMatch(/signed-agreement\.pdf.*version 1.*Scan of the signed original/);
    await screenshot(page, "agreement-documents-history");
    // The agreement's history tells who attached what.
    await expect(page.locator("#history").textContent()).resolves.toMatch(/New version of a document.*File: signed-agreement-v2\.pdf.*Document attached.*Kind: Signed copy.*Language: English.*File: signed-agreement\.pdf/);
  });

  it("a viewer downloads the current and the earlier version, and sees no upload form", async () => {
    const page = await signedInPage("viewer@pacta.local");
    await page.goto(`${baseURL}/agreements/${REFERENCE}`);
    const documents = page.locator("#documents");
    await expect(documents.getByText("Attach a document").count()).resolves.toBe(0);

    const [download] = await Promise.all([page.waitForEvent("download"), documents.getByRole("link", { name: "signed-agreement-v2.pdf" }).click()]);
    expect(download.suggestedFilename()).toBe("signed-agreement-v2.pdf");
    expect(fs.readFileSync(await download.path())).toEqual(fs.readFileSync(path.join(folder, "signed-agreement-v2.pdf")));

    await documents.getByText("Version history (1 earlier version)").click();
    const [first] = await Promise.all([page.waitForEvent("download"), documents.getByRole("link", { name: "signed-agreement.pdf" }).click()]);
    expect(fs.readFileSync(await first.path())).toEqual(fs.readFileSync(path.join(folder, "signed-agreement.pdf")));

    // Served as an attachment of its checked type, never sniffed.
    const href = await documents.getByRole("link", { name: "signed-agreement-v2.pdf" }).getAttribute("href");
    const response = await page.request.get(`${baseURL}${href}`);
    expect(response.headers()["content-type"]).toBe("application/pdf");
    expect(response.headers()["content-disposition"]).toBe('attachment; filename="signed-agreement-v2.pdf"');
    expect(response.headers()["x-content-type-options"]).toBe("nosniff");

    // Signed out, the same address gives nothing of the file.
    const anonymous = await fetch(`${baseURL}${href}`);
    expect(anonymous.status).toBe(401);
    expect(Buffer.from(await anonymous.arrayBuffer()).includes(Buffer.from("%PDF"))).toBe(false);
  });
});
