// The one rule of known, unknown, none (lib/agreements/knowledge.ts), as the schema applies it.
import { describe, expect, it } from "vitest";
import { knowledgeProblems, type AgreementKnowledge } from "@/lib/agreements/knowledge";
import { CreateAgreementSchema } from "@/lib/agreements/schema";

const known: AgreementKnowledge = {
  titleKnowledge: "KNOWN",
  signatoriesKnowledge: "KNOWN",
  focusAreasKnowledge: "KNOWN",
  termKnowledge: "KNOWN",
  title: "Joint Laboratory Agreement",
  signatoryCount: 1,
  focusAreaCount: 2,
  term: { expiresOn: true, termMonths: true, termText: true, automaticRenewal: true },
};
const fields = (state: Partial<AgreementKnowledge>) => knowledgeProblems({ ...known, ...state }).map((p) => `${p.field}:${p.message}`);

describe("known, unknown, none", () => {
  it("accepts a record that holds what it says it knows", () => {
    expect(fields({})).toEqual([]);
  });

  it("needs a title when the title is known, and none when it is not known or there is none", () => {
    expect(fields({ title: "  " })).toEqual(["title:agreementTitle"]);
    expect(fields({ title: null })).toEqual(["title:agreementTitle"]);
    expect(fields({ titleKnowledge: "UNKNOWN" })).toEqual(["title:titleNotKnownButGiven"]);
    expect(fields({ titleKnowledge: "NONE" })).toEqual(["title:titleNotKnownButGiven"]);
    expect(fields({ titleKnowledge: "UNKNOWN", title: null })).toEqual([]);
  });

  it("lists signatories and focus areas only when they are known; known with none listed is what older records hold", () => {
    expect(fields({ signatoriesKnowledge: "UNKNOWN" })).toEqual(["signatories:signatoriesNotKnownButListed"]);
    expect(fields({ signatoriesKnowledge: "NONE", signatoryCount: 0 })).toEqual([]);
    expect(fields({ focusAreasKnowledge: "NONE" })).toEqual(["focusAreaIds:focusAreasNotKnownButListed"]);
    expect(fields({ focusAreasKnowledge: "UNKNOWN", focusAreaCount: 0 })).toEqual([]);
    expect(fields({ signatoryCount: 0, focusAreaCount: 0 })).toEqual([]);
  });

  it("gives no end, length, wording or automatic renewal to a term that is not known or open-ended, each on its field", () => {
    expect(fields({ termKnowledge: "NONE" })).toEqual([
      "expiresOn:termNoneButGiven",
      "termMonths:termNoneButGiven",
      "termText:termNoneButGiven",
      "automaticRenewal:termNoneButGiven",
    ]);
    expect(fields({ termKnowledge: "UNKNOWN", term: { expiresOn: false, termMonths: true, automaticRenewal: false } })).toEqual(["termMonths:termUnknownButGiven"]);
    expect(fields({ termKnowledge: "NONE", term: { expiresOn: false, termMonths: false, automaticRenewal: false } })).toEqual([]);
  });

  it("is what the schema checks: the title is optional only when not known, and a parsed input carries the knowledge", () => {
    const base = { parties: [{ organizationId: "partner" }] };
    const refused = CreateAgreementSchema.safeParse({ ...base, title: "" });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["title", "agreementTitle"]]);
    const parsed = CreateAgreementSchema.parse({ ...base, title: "", titleKnowledge: "NONE", termKnowledge: "NONE", noticePeriodDays: "30" });
    expect(parsed).toMatchObject({ title: null, titleKnowledge: "NONE", signatoriesKnowledge: "KNOWN", termKnowledge: "NONE", noticePeriodDays: 30, otherNames: [] });
    expect(CreateAgreementSchema.safeParse({ ...base, title: "T", termKnowledge: "MAYBE" }).success).toBe(false);
  });

  it("reports a missing title beside another field's mistake, and judges no title whose knowledge is not a state", () => {
    const issues = (input: Record<string, unknown>) =>
      (CreateAgreementSchema.safeParse({ parties: [{ organizationId: "partner" }], ...input }).error?.issues ?? []).map((i) => `${i.path.join(".")}:${i.message}`).sort();
    expect(issues({ title: "", signedOn: "15 March" })).toEqual(["signedOn:partialDate", "title:agreementTitle"]);
    expect(issues({ title: "", titleKnowledge: "MAYBE" })).toEqual(["titleKnowledge:chooseFromList"]);
    expect(CreateAgreementSchema.safeParse(null).success).toBe(false);
  });
});
