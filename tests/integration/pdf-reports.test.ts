// The PDF register and dossier, generated from a real database and read back.
import fs from "node:fs";
import { PDFParse } from "pdf-parse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Pdf } from "@/lib/reports/pdf-document";
import { getAgreementDetail } from "@/lib/agreements/queries";
import { parseListParams } from "@/lib/agreements/list-params";
import { dossierPdf } from "@/lib/reports/dossier-pdf";
import { registerPdf } from "@/lib/reports/register-pdf";
import { seedArticle } from "@/prisma/seed/article-seed";
import { createTestDatabase, type TestDatabase } from "../support/databases";
import { createTestAgreement, createUser, signSeededRenewal } from "../support/factories";

async function bytesOf(doc: Pdf): Promise<Buffer> {
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise((resolve) => doc.on("end", resolve));
  doc.end();
  await done;
  return Buffer.concat(chunks);
}

/** Keeps the PDF as a test artifact, to be rendered and looked at. */
function keep(name: string, bytes: Buffer) {
  fs.mkdirSync("test-results/reports", { recursive: true });
  fs.writeFileSync(`test-results/reports/${name}.pdf`, bytes);
  return bytes;
}

async function read(bytes: Buffer) {
  const parser = new PDFParse({ data: new Uint8Array(bytes) });
  try {
    const result = await parser.getText();
    return { text: result.text.replace(/\s+/g, " "), lines: result.text.split("\n"), pages: result.total };
  } finally {
    await parser.destroy();
  }
}

describe("PDF reports", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase("sqlite");
    await seedArticle(t.db);
    await signSeededRenewal(t.db);
  });
  afterAll(async () => t?.drop());

  it("prints the register with its title, date, filters and the Chinese names of the partners", async () => {
    const bytes = keep("register-guangxi", await bytesOf(await registerPdf(t.db, parseListParams({ q: "Guangxi" }), new Date("2026-11-26T10:00:00Z"))));
    expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
    const { text, pages } = await read(bytes);
    expect(pages).toBe(1);
    expect(text).toContain("Agreements register");
    expect(text).toContain("Printed 2026-11-26");
    expect(text).toContain("Filters: search “Guangxi”; archived left out.");
    expect(text).toContain("广西壮族自治区人民政府");
    expect(text).toContain("AG-2010-0001");
    expect(text).not.toContain("AG-2020-0002");
    expect(text).toContain("page 1 of 1");
  });

  it("keeps a reference and a date whole on their line however many columns share the page", async () => {
    const columns = "reference,title,partners,partnerLocalNames,partnerCountries,type,status,signedOn,effectiveFrom,expiresOn,endsOn,noticeDeadline,owner,leadUnit,focusAreas,signatories";
    const { lines } = await read(await bytesOf(await registerPdf(t.db, parseListParams({ columns }), new Date("2026-11-26T10:00:00Z"))));
    // Never "AG-2020-" / "0001" or "2020-01-" / "03".
    expect(lines.filter((line) => /AG-\d{4}-$|\b\d{4}-\d{2}-$/.test(line.trim()))).toEqual([]);
    expect(lines.some((line) => line.includes("AG-2020-0001"))).toBe(true);
  });

  it("runs onto more pages when the register is long, repeating the header", async () => {
    const editor = await createUser(t.db, "EDITOR");
    for (let i = 0; i < 40; i++) await createTestAgreement(t.db, editor, { title: `Long register entry ${i}`, signedOn: "2025" });
    const { text, pages } = await read(keep("register-long", await bytesOf(await registerPdf(t.db, parseListParams({})))));
    expect(pages).toBeGreaterThan(1);
    expect(text.match(/Reference Title Partners/g)?.length).toBe(pages);
    expect(text).toContain(`page ${pages} of ${pages}`);
    expect(text).toContain("49 agreements.");
  });

  it("prints one agreement's dossier: fields, parties, signatories, timeline, chain and evidence", async () => {
    const detail = await getAgreementDetail("AG-2020-0001", t.db);
    const { text, pages } = await read(keep("dossier-AG-2020-0001", await bytesOf(dossierPdf(detail!, new Date("2026-11-26T10:00:00Z")))));
    expect(pages).toBeGreaterThanOrEqual(2);
    for (const expected of [
      "Strategic Cooperation Framework Agreement",
      "Signed: 3 January 2020 (inferred)",
      "武汉理工大学",
      "Signatory: Zhang Qingjie, 张清杰, President — Wuhan University of Technology",
      "AG-2010-0001 Cooperation Framework Agreement · Renewed · signed 2010",
      "“on January 3rd”",
      "Belt and Road Initiative",
    ]) {
      expect(text).toContain(expected);
    }
  });

  it("says in a dossier why nobody is listed: the source names nobody, or nobody is recorded yet for one logged by hand", async () => {
    const fromSource = await getAgreementDetail("AG-2020-0005", t.db);
    expect((await read(await bytesOf(dossierPdf(fromSource!, new Date("2026-11-26T10:00:00Z"))))).text).toContain("The source does not say who signed");
    const editor = await createUser(t.db, "EDITOR");
    const byHand = await createTestAgreement(t.db, editor, { signatories: [] });
    const detail = await getAgreementDetail(byHand.reference, t.db);
    const { text } = await read(await bytesOf(dossierPdf(detail!, new Date("2026-11-26T10:00:00Z"))));
    expect(text).toContain("No one is recorded yet as having signed or attended for a party.");
    expect(text).not.toContain("The source does not say who signed");
  });

  it("prints the chosen columns, the institution, the filters, the day and the totals; long Chinese names whole on a line; emoji in their font, a rare character as a mark", async () => {
    const editor = await createUser(t.db, "EDITOR");
    const names = ["柳州市人民政府", "上海交通大学医学院", "西安电子科技大学", "中国科学院武汉植物园"];
    await createTestAgreement(t.db, editor, {
      title: "Cooperation on plant science 🌱 with the 𠀋 archive",
      signedOn: "2025-06-01",
      parties: names.map((localName, i) => ({ newOrganization: { name: `Long Name Partner ${i}`, localName, kind: "GOVERNMENT", country: "China" } })),
    });
    const filters = parseListParams({ q: "plant science", columns: "reference,partnerLocalNames,title,summary,focusAreas" });
    const bytes = keep("register-columns", await bytesOf(await registerPdf(t.db, filters, new Date("2026-11-26T10:00:00Z"))));
    const { text, lines } = await read(bytes);
    expect(text).toContain("Wuhan University of Technology (武汉理工大学)");
    expect(text).toContain("Printed 2026-11-26 from Pacta. Filters: search “plant science”; archived left out.");
    expect(text).toContain("Reference Partner local names Title Summary Focus areas");
    expect(text).not.toContain("Signed");
    expect(text).toContain("1 agreement.");
    expect(text).toContain("Draft: 1");
    // The column is too narrow for two of these names side by side: each must still sit whole on one line.
    for (const name of names) expect(lines.some((line) => line.includes(name)), name).toBe(true);
    expect(text).toContain("🌱");
    expect(text).toContain("〓");
    expect(text).not.toContain("𠀋");
  });
});
