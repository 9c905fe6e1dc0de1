import { describe, expect, it } from "vitest";
import { foldWhitespace, quotesMissingFromSource, readSourceText } from "@/prisma/seed/article-seed";
import { AGREEMENTS } from "@/prisma/seed/wut-guangxi-2020";

describe("the seed's evidence", () => {
  it("quotes only what the release says", () => {
    expect(quotesMissingFromSource(readSourceText())).toEqual([]);
  });

  it("would catch a misquote", () => {
    expect(quotesMissingFromSource("nothing of the release")).not.toEqual([]);
  });

  it("gives every agreement evidence for its parties and its signed date", () => {
    for (const agreement of AGREEMENTS) {
      const fields = agreement.evidence.map((e) => e.field);
      expect(fields, agreement.reference).toContain("parties");
      expect(fields, agreement.reference).toContain("signedOn");
    }
  });

  it("explains every inferred fact", () => {
    for (const e of AGREEMENTS.flatMap((a) => a.evidence)) {
      if (e.basis === "INFERRED") expect(e.note, e.quote).toBeTruthy();
    }
  });

  it("folds the release's non-breaking spaces", () => {
    expect(foldWhitespace("to\u00a0 build\n an")).toBe("to build an");
  });
});
