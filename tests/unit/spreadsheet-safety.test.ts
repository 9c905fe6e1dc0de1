import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cellText } from "@/lib/reports/agreement-export";
import { FORMULA_TRIGGERS, neutralizeCell, restoreCell } from "@/lib/reports/spreadsheet-safety";

describe("cells safe to open in a spreadsheet", () => {
  it("neutralises every formula trigger and leaves other text alone", () => {
    expect(neutralizeCell("=HYPERLINK(\"http://evil\")")).toBe("'=HYPERLINK(\"http://evil\")");
    expect(neutralizeCell("+1")).toBe("'+1");
    expect(neutralizeCell("-2")).toBe("'-2");
    expect(neutralizeCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(neutralizeCell("\tcmd")).toBe("'\tcmd");
    expect(neutralizeCell("\rcmd")).toBe("'\rcmd");
    expect(neutralizeCell("Wuhan University of Technology")).toBe("Wuhan University of Technology");
    expect(neutralizeCell("'quoted")).toBe("'quoted");
    // A value that really starts with an apostrophe and a trigger keeps both through the round trip
    // (fast-check found "'=" coming back as "=").
    expect(neutralizeCell("'=")).toBe("''=");
    expect(restoreCell(neutralizeCell("'=1+1"))).toBe("'=1+1");
    expect(restoreCell(neutralizeCell("''@x"))).toBe("''@x");
    expect(neutralizeCell("")).toBe("");
  });

  it("never lets an exported cell start with a trigger, and any string round-trips (property)", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: "grapheme" }),
          fc.constantFrom(...FORMULA_TRIGGERS).chain((t) => fc.string().map((s) => t + s)),
          fc.constantFrom(...FORMULA_TRIGGERS).chain((t) => fc.string().map((s) => `'${t}${s}`)),
        ),
        (value) => {
        const exported = neutralizeCell(value);
        expect((FORMULA_TRIGGERS as readonly string[]).includes(exported[0] ?? "")).toBe(false);
        expect(restoreCell(exported)).toBe(value);
        },
      ),
      { numRuns: 5000 },
    );
  });

  it("writes partial dates at their precision and booleans as words", () => {
    expect(cellText({ iso: "2010", precision: "YEAR", date: new Date("2010-01-01T00:00:00Z") })).toBe("2010");
    expect(cellText(true)).toBe("yes");
    expect(cellText(null)).toBe("");
    expect(cellText(36)).toBe("36");
  });
});

describe("a value through a CSV export and back through the import's reader (property)", () => {
  it("comes back unchanged, whatever the text", async () => {
    const { stringify } = await import("csv-stringify/sync");
    const { readImportFile } = await import("@/lib/import/read-file");
    await fc.assert(
      fc.asyncProperty(
        fc
          .oneof(
            fc.string({ unit: "grapheme", minLength: 1 }),
            fc.constantFrom(...FORMULA_TRIGGERS).chain((t) => fc.string().map((s) => t + s)),
            fc.constantFrom(...FORMULA_TRIGGERS).chain((t) => fc.string().map((s) => `'${t}${s}`)),
          )
          .map((s) => s.trim())
          .filter((s) => s.length > 0),
        async (title) => {
          const csv = "\uFEFF" + stringify([["Title", "Partners"], [cellText(title), "Partner"]]);
          const table = await readImportFile("register.csv", new TextEncoder().encode(csv));
          const exported = table.rows[0][0];
          expect((FORMULA_TRIGGERS as readonly string[]).includes(exported[0])).toBe(false);
          expect(restoreCell(exported.trim())).toBe(title);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
