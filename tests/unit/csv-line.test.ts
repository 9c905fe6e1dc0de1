// The CSV export writes its records itself (decision 030): byte for byte what csv-stringify wrote
// before with its default options, which the files were made with and the import reads.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stringify } from "csv-stringify/sync";
import { csvLine } from "@/lib/reports/agreement-export";

describe("a CSV record as the export writes it", () => {
  it("quotes a field with a comma, a quote or a line break, and nothing else", () => {
    expect(csvLine(["a", "", "b c"])).toBe("a,,b c\n");
    expect(csvLine(["a,b", 'say "hi"', "one\ntwo", "cr\r", "'=1", " padded "])).toBe('"a,b","say ""hi""","one\ntwo","cr\r",\'=1, padded \n');
    expect(csvLine([])).toBe("\n");
  });

  it("is what csv-stringify writes with its defaults, for any text (property)", () => {
    const text = fc.oneof(fc.string(), fc.string({ unit: "grapheme" }), fc.stringMatching(/^[",\r\n;' a\u001f]*$/));
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 6 }), (fields) => {
        expect(csvLine(fields)).toBe(stringify([fields]));
      }),
      { numRuns: 5000 },
    );
  });
});
