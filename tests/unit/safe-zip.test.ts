// Archives are measured by what they unpack to, not by what their directory claims.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { ArchiveRefusedError, inspectZip, WORKBOOK_LIMITS, type ArchiveLimits } from "@/lib/files/safe-zip";
import { ImportFileError, readImportFile } from "@/lib/import/read-file";
import { lyingZipBomb } from "../support/zip-bomb";

const MB = 1024 * 1024;

/** The highest resident memory seen (sampled every millisecond) while `work` runs, above what it was before. */
async function peakMemoryGrowth<T>(work: () => Promise<T>): Promise<{ growth: number; outcome: PromiseSettledResult<T> }> {
  const before = process.memoryUsage().rss;
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 1);
  const [outcome] = await Promise.allSettled([work()]);
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  return { growth: peak - before, outcome };
}

async function workbook(rows = 3): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Agreements");
  sheet.addRow(["Title", "Partner"]);
  for (let i = 1; i <= rows; i++) sheet.addRow([`Agreement ${i}`, `Partner ${i}`]);
  return Buffer.from(await book.xlsx.writeBuffer());
}

const refusal = async (promise: Promise<unknown>) => {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(ArchiveRefusedError);
  return (error as ArchiveRefusedError).problem;
};

describe("the safe archive reader", () => {
  it("refuses a workbook whose directory claims 1 KB but which unpacks to 120 MB, within a small memory bound", async () => {
    const bomb = lyingZipBomb(120 * MB, 1024);
    expect(bomb.length).toBeLessThan(200 * 1024);
    const { growth, outcome } = await peakMemoryGrowth(() => readImportFile("register.xlsx", bomb));
    expect(outcome.status).toBe("rejected");
    const error = (outcome as PromiseRejectedResult).reason;
    expect(error).toBeInstanceOf(ImportFileError);
    expect((error as ImportFileError).key).toBe("importZipBomb");
    // Before: the whole 120 MB (and more, 1.27 GB for a 1 MB file) was unpacked into memory.
    expect(growth).toBeLessThan(48 * MB);
  });

  it("counts every inflated byte and stops at the total, whatever the ratio allows", async () => {
    const limits: ArchiveLimits = { ...WORKBOOK_LIMITS, ratio: Number.POSITIVE_INFINITY };
    const { growth, outcome } = await peakMemoryGrowth(() => inspectZip(lyingZipBomb(120 * MB, 1024), limits));
    expect((outcome as PromiseRejectedResult).reason).toMatchObject({ problem: "too-large" });
    expect(growth).toBeLessThan(48 * MB);
  });

  it("refuses by the expansion ratio long before the total", async () => {
    expect(await refusal(inspectZip(lyingZipBomb(8 * MB, 1024), WORKBOOK_LIMITS))).toBe("ratio");
  });

  it("lets a real workbook through, counting what it unpacks to", async () => {
    const file = await workbook(200);
    const summary = await inspectZip(file, WORKBOOK_LIMITS);
    expect(summary.entries).toBeGreaterThan(5);
    expect(summary.inflatedBytes).toBeGreaterThan(file.length);
    await expect(readImportFile("register.xlsx", file)).resolves.toMatchObject({ headers: ["Title", "Partner"] });
  });

  it("refuses too many entries, and anything that is not a sound zip", async () => {
    expect(await refusal(inspectZip(await workbook(), { ...WORKBOOK_LIMITS, entries: 3 }))).toBe("too-many-entries");
    expect(await refusal(inspectZip(Buffer.from("PK\u0003\u0004 not really a zip"), WORKBOOK_LIMITS))).toBe("unreadable");
    const truncated = lyingZipBomb(2 * MB, 2 * MB);
    truncated.writeUInt32LE(0, truncated.length - 22 + 16); // the directory points at the wrong place
    expect(await refusal(inspectZip(truncated, WORKBOOK_LIMITS))).toBe("unreadable");
  });
});
