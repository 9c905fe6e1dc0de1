import { describe, expect, it } from "vitest";
import { foldWhitespace, quotesMissingFromSource, readSourceText } from "@/prisma/seed/article-seed";
import { AGREEMENTS } from "@/prisma/seed/wut-guangxi-2020";
import { knowledgeProblems } from "@/lib/agreements/knowledge";

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

  it("says what each agreement's record knows consistently, by the one rule, with no placeholder for a title", () => {
    for (const a of AGREEMENTS) {
      const problems = knowledgeProblems({
        titleKnowledge: a.titleKnowledge ?? "KNOWN",
        signatoriesKnowledge: a.signatoriesKnowledge ?? "KNOWN",
        focusAreasKnowledge: a.focusAreasKnowledge ?? "KNOWN",
        termKnowledge: a.termKnowledge ?? "KNOWN",
        title: a.title,
        signatoryCount: (a.participants ?? []).filter((p) => p.role === "SIGNATORY").length,
        focusAreaCount: a.focusAreas?.length ?? 0,
        term: { expiresOn: false, termMonths: false, automaticRenewal: false },
      });
      expect(problems, a.reference).toEqual([]);
      expect(a.title ?? "", a.reference).not.toMatch(/not given|\(/);
    }
  });

  it("folds the release's non-breaking spaces", () => {
    expect(foldWhitespace("to\u00a0 build\n an")).toBe("to build an");
  });
});
