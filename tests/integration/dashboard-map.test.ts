// The dashboard's maps and notice pipeline on a generated register, on real SQLite and
// PostgreSQL databases: each figure equals what the register holds, counted here from the
// generated facts, and equals the count of the filtered list that the figure links to.
import fs from "node:fs";
import { PDFParse } from "pdf-parse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseListParams } from "@/lib/agreements/list-params";
import { agreementListWhere } from "@/lib/agreements/list-where";
import { Temporal } from "@/lib/dates/calendar-day";
import { dashboardMapFigures } from "@/lib/reports/dashboard-map";
import { dashboardPdf } from "@/lib/reports/dashboard-pdf";
import type { Pdf } from "@/lib/reports/pdf-document";
import { noticePipeline, pipelineQuarters } from "@/lib/reports/notice-pipeline";
import { PROVIDERS, createTestDatabase, type TestDatabase } from "../support/databases";
import { createTestAgreement, createUser } from "../support/factories";

// Institution time zone is the test default (UTC); 30 November 2026 is in the fourth quarter.
const now = new Date("2026-11-30T09:00:00Z");

// Partner organisations: a country as a code (or not: "China", null), a region in any spelling.
const ORGANIZATIONS = [
  { country: "CN", region: "Guangxi", province: "GX" },
  { country: "CN", region: "广西壮族自治区", province: "GX" },
  { country: "CN", region: "Hubei Province", province: "HB" },
  { country: "CN", region: "北京", province: "BJ" },
  { country: "CN", region: "Hong Kong", province: "HK" },
  { country: "CN", region: "Somewhere", province: null },
  { country: "CN", region: null, province: null },
  { country: "DE", region: "Bavaria", province: null },
  { country: "GB", region: null, province: null },
  { country: "JP", region: "Tokyo", province: null },
  { country: "China", region: "Guangxi", province: null },
  { country: null, region: null, province: null },
] as const;

/** A small deterministic generator, so that every run builds the same register. */
function generator(seed: number) {
  let state = seed;
  return (n: number) => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state % n;
  };
}

/** The PDF's text, read back (pdf-parse, on PDF.js), with its number of pages; the file is kept to be looked at. */
async function readPdf(doc: Pdf, name: string) {
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise((resolve) => doc.on("end", resolve));
  doc.end();
  await done;
  const bytes = Buffer.concat(chunks);
  fs.mkdirSync("test-results/reports", { recursive: true });
  fs.writeFileSync(`test-results/reports/${name}.pdf`, bytes);
  const parser = new PDFParse({ data: new Uint8Array(bytes) });
  try {
    const text = await parser.getText();
    const info = await parser.getInfo();
    return { text: text.text.replace(/\s+/g, " "), pages: text.total, info: info.info as Record<string, unknown> };
  } finally {
    await parser.destroy();
  }
}

interface Generated {
  reference: string;
  active: boolean;
  organizations: number[];
  ownerIndex: number | null;
  endsOn: string | null;
  noticeDeadline: string | null;
}

describe.each(PROVIDERS)("the dashboard's maps and notice pipeline on %s", (provider) => {
  let t: TestDatabase;
  const generated: Generated[] = [];
  const owners: { id: string; name: string }[] = [];
  beforeAll(async () => {
    t = await createTestDatabase(provider);
    const editor = await createUser(t.db, "EDITOR");
    for (let i = 0; i < 3; i++) owners.push(await createUser(t.db, "EDITOR"));
    // Our institution (party 0 of every agreement) is never a partner on the map.
    await t.db.organization.create({ data: { name: "Our University", kind: "UNIVERSITY", country: "CN", region: "Hubei", isOwnInstitution: true } });
    const organizationIds: string[] = [];
    for (const [i, o] of ORGANIZATIONS.entries()) {
      const created = await t.db.organization.create({ data: { name: `Partner ${i}`, kind: "UNIVERSITY", country: o.country, region: o.region }, select: { id: true } });
      organizationIds.push(created.id);
    }
    const random = generator(22);
    const today = Temporal.PlainDate.from("2026-11-30");
    for (let i = 0; i < 48; i++) {
      const first = random(ORGANIZATIONS.length);
      const organizations = random(3) === 0 ? [first, (first + 1 + random(ORGANIZATIONS.length - 1)) % ORGANIZATIONS.length] : [first];
      const ownerIndex = random(4) === 3 ? null : random(3);
      // Ends from a month ago to fifteen months ahead; a few without an end.
      const end = random(6) === 0 ? null : today.add({ days: random(480) - 30 });
      const noticePeriodDays = end && random(2) === 0 ? 30 + random(60) : undefined;
      const status = random(5) === 0 ? "DRAFT" : "ACTIVE";
      const agreement = await createTestAgreement(t.db, editor, {
        status,
        signedOn: "2024-01-10",
        expiresOn: end?.toString(),
        noticePeriodDays,
        ownerId: ownerIndex === null ? undefined : owners[ownerIndex].id,
        parties: organizations.map((index) => ({ organizationId: organizationIds[index] })),
        signatories: [],
      });
      const notice = end && noticePeriodDays ? end.subtract({ days: noticePeriodDays }).toString() : null;
      generated.push({
        reference: agreement.reference,
        active: status === "ACTIVE" && (end === null || Temporal.PlainDate.compare(end, today) >= 0),
        organizations,
        ownerIndex,
        endsOn: status === "ACTIVE" ? (end?.toString() ?? null) : null,
        noticeDeadline: status === "ACTIVE" ? notice : null,
      });
    }
    // One archived agreement with a Chinese partner: never counted.
    const archived = await createTestAgreement(t.db, editor, { status: "ACTIVE", parties: [{ organizationId: organizationIds[0] }], signatories: [] });
    await t.db.agreement.update({ where: { reference: archived.reference }, data: { archived: true } });
  }, 120_000);
  afterAll(async () => t?.drop());

  const listCount = (params: Record<string, string>) => t.db.agreement.count({ where: agreementListWhere(parseListParams(params), now) });
  const activeWith = (test: (o: (typeof ORGANIZATIONS)[number]) => boolean) =>
    generated.filter((g) => g.active && g.organizations.some((i) => test(ORGANIZATIONS[i]))).length;

  it("counts active agreements by partner country code, and those whose country is not a code as not known", async () => {
    const figures = await dashboardMapFigures({ now, database: t.db });
    const expected = ["CN", "DE", "GB", "JP"].map((code) => ({ code, count: activeWith((o) => o.country === code) })).filter((c) => c.count > 0);
    expect(figures.countries).toEqual(expected.sort((a, b) => b.count - a.count || a.code.localeCompare(b.code)));
    expect(figures.countries.length).toBeGreaterThan(2);
    const notKnown = activeWith((o) => o.country === null || o.country === "China");
    expect(notKnown).toBeGreaterThan(0);
    expect(figures.countryNotKnown).toBe(notKnown);
    for (const { code, count } of figures.countries) expect(await listCount({ status: "ACTIVE", country: code })).toBe(count);
  });

  it("counts Chinese partners' active agreements by province, whatever the spelling of the region", async () => {
    const figures = await dashboardMapFigures({ now, database: t.db });
    const expected = ["GX", "HB", "BJ", "HK"].map((code) => ({ code, count: activeWith((o) => o.country === "CN" && o.province === code) })).filter((p) => p.count > 0);
    expect(figures.provinces).toEqual(expected.sort((a, b) => b.count - a.count || a.code.localeCompare(b.code)));
    expect(figures.provinces.find((p) => p.code === "GX")?.count).toBeGreaterThan(0);
    expect(figures.provinceNotKnown).toBe(activeWith((o) => o.country === "CN" && o.province === null));
    // The province link: country CN and any spelling of the province.
    for (const { code, count } of figures.provinces) expect(await listCount({ status: "ACTIVE", country: "CN", province: code })).toBe(count);
  });

  it("counts ends and notice deadlines by owner and quarter, from today to the end of the fourth quarter", async () => {
    const pipeline = await noticePipeline({ now, database: t.db });
    expect(pipeline.quarters.map((q) => [q.year, q.quarter, q.from, q.to])).toEqual([
      [2026, 4, "2026-11-30", "2026-12-31"],
      [2027, 1, "2027-01-01", "2027-03-31"],
      [2027, 2, "2027-04-01", "2027-06-30"],
      [2027, 3, "2027-07-01", "2027-09-30"],
    ]);
    const inQuarter = (day: string | null, i: number) => day !== null && day >= pipeline.quarters[i].from && day <= pipeline.quarters[i].to;
    for (const row of pipeline.rows) {
      const index = row.ownerId === null ? null : owners.findIndex((o) => o.id === row.ownerId);
      expect(row.ownerName).toBe(index === null ? null : owners[index].name);
      const mine = generated.filter((g) => g.ownerIndex === index);
      expect(row.ending).toEqual(pipeline.quarters.map((_, i) => mine.filter((g) => inQuarter(g.endsOn, i)).length));
      expect(row.notice).toEqual(pipeline.quarters.map((_, i) => mine.filter((g) => inQuarter(g.noticeDeadline, i)).length));
    }
    const total = (key: "endsOn" | "noticeDeadline") => pipeline.quarters.map((_, i) => generated.filter((g) => inQuarter(g[key], i)).length);
    expect(pipeline.totals.ending).toEqual(total("endsOn"));
    expect(pipeline.totals.notice).toEqual(total("noticeDeadline"));
    expect(pipeline.totals.ending.reduce((a, b) => a + b)).toBeGreaterThan(5);
    expect(pipeline.totals.notice.reduce((a, b) => a + b)).toBeGreaterThan(2);
    // Each cell's link: the list with the owner and the quarter's days.
    for (const row of pipeline.rows.filter((r) => r.ownerId)) {
      for (const [i, q] of pipeline.quarters.entries()) {
        expect(await listCount({ status: "ACTIVE", owner: row.ownerId!, expiresFrom: q.from, expiresTo: q.to })).toBe(row.ending[i]);
        expect(await listCount({ status: "ACTIVE", owner: row.ownerId!, noticeFrom: q.from, noticeTo: q.to })).toBe(row.notice[i]);
      }
    }
  });

  it("reads partial dates in the quarter parameters: a month or a year covers all its days", async () => {
    const inMonth = generated.filter((g) => g.endsOn?.startsWith("2027-02")).length;
    expect(inMonth).toBeGreaterThan(0);
    expect(await listCount({ status: "ACTIVE", expiresFrom: "2027-02", expiresTo: "2027-02" })).toBe(inMonth);
    const inYear = generated.filter((g) => g.noticeDeadline?.startsWith("2027")).length;
    expect(await listCount({ status: "ACTIVE", noticeFrom: "2027", noticeTo: "2027" })).toBe(inYear);
  });

  it("prints the same figures in the dashboard's PDF, in each language", async () => {
    const figures = await dashboardMapFigures({ now, database: t.db });
    const pipeline = await noticePipeline({ now, database: t.db });
    const en = await readPdf(await dashboardPdf({ locale: "en", now, database: t.db }), `dashboard-${provider}-en`);
    expect(en.info.Title).toBe("Pacta dashboard");
    expect(en.text).toContain("Prepared on 30 November 2026");
    expect(en.text).toContain("Active agreements by partner country");
    expect(en.text).toContain(`China ${figures.countries.find((c) => c.code === "CN")!.count}`);
    expect(en.text).toContain(`Germany ${figures.countries.find((c) => c.code === "DE")!.count}`);
    expect(en.text).toContain(`Guangxi ${figures.provinces.find((p) => p.code === "GX")!.count}`);
    expect(en.text).toMatch(new RegExp(`${figures.countryNotKnown} active agreements? (has|have) a partner whose country is not known`));
    expect(en.text).toContain("Q4 2026");
    expect(en.text).toContain(`All owners ${pipeline.quarters.flatMap((_, i) => [pipeline.totals.ending[i], pipeline.totals.notice[i]]).join(" ")}`);
    const zh = await readPdf(await dashboardPdf({ locale: "zh-CN", now, database: t.db }), `dashboard-${provider}-zh`);
    expect(zh.text).toContain(`中国 ${figures.countries.find((c) => c.code === "CN")!.count}`);
    expect(zh.text).toContain(`广西 ${figures.provinces.find((p) => p.code === "GX")!.count}`);
    expect(zh.text).toContain("2027年第1季度");
    expect(zh.text).toContain("全部负责人");
  });

  it("counts the quarters of a year-end today correctly", () => {
    expect(pipelineQuarters(Temporal.PlainDate.from("2026-12-31"), 2).map((q) => q.from)).toEqual(["2026-12-31", "2027-01-01"]);
  });
});
