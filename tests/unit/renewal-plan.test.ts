import { describe, expect, it } from "vitest";
import { renewalPlan } from "@/lib/agreements/service";
import { partialDate } from "@/lib/dates/partial-date";

const source = {
  title: "Joint Laboratory Agreement",
  titleKnowledge: "KNOWN" as const,
  signatoriesKnowledge: "KNOWN" as const,
  focusAreasKnowledge: "UNKNOWN" as const,
  termKnowledge: "UNKNOWN" as const,
  typeId: "type-framework",
  summary: "A joint laboratory for materials research.",
  termMonths: 36,
  automaticRenewal: true,
  noticePeriodDays: 90,
  ownerId: "user-1",
  leadUnitId: "unit-materials",
  parties: [
    { organizationId: "wut", role: "OUR_INSTITUTION" as const, order: 0 },
    { organizationId: "partner", role: "PARTNER" as const, order: 1 },
  ],
  participants: [
    { personId: "rector", onBehalfOfId: "partner", role: "SIGNATORY" as const, order: 0 },
    { personId: "guest", onBehalfOfId: "partner", role: "ATTENDEE" as const, order: 1 },
  ],
  focusAreas: [{ focusAreaId: "materials" }],
};

describe("what a renewal copies", () => {
  it("copies the terms, parties, signatories and focus areas, but not who attended", () => {
    const plan = renewalPlan(source, { signedOn: null, effectiveFrom: null, expiresOn: null, termMonths: null });
    expect(plan.columns).toMatchObject({
      title: source.title,
      typeId: source.typeId,
      summary: source.summary,
      termMonths: 36,
      automaticRenewal: true,
      noticePeriodDays: 90,
      ownerId: "user-1",
      leadUnitId: "unit-materials",
    });
    // Our institution is not copied as a party: the write primitive adds it as party 0 of every agreement.
    expect(plan.parties).toEqual([{ organizationId: "partner", role: "PARTNER" }]);
    expect(plan.signatories).toEqual([{ personId: "rector", onBehalfOfId: "partner" }]);
    expect(plan.focusAreaIds).toEqual(["materials"]);
  });

  it("takes its dates from the renewal, deriving the end from the term", () => {
    const plan = renewalPlan(source, { signedOn: partialDate(2026, 4, 20), effectiveFrom: null, expiresOn: null, termMonths: null });
    expect(plan.columns.signedOn?.toISOString().slice(0, 10)).toBe("2026-04-20");
    expect(plan.columns.expiresOn?.toISOString().slice(0, 10)).toBe("2029-04-19");
    expect(plan.columns.noticeDeadline?.toISOString().slice(0, 10)).toBe("2029-01-19");
  });

  it("copies what the record knows of the title, signatories and focus areas; a term given for the renewal is known", () => {
    const untitled = { ...source, title: null, titleKnowledge: "UNKNOWN" as const, termMonths: null };
    const kept = renewalPlan(untitled, { signedOn: null, effectiveFrom: null, expiresOn: null, termMonths: null });
    expect(kept.columns).toMatchObject({ title: null, titleKnowledge: "UNKNOWN", signatoriesKnowledge: "KNOWN", focusAreasKnowledge: "UNKNOWN", termKnowledge: "UNKNOWN" });
    const termed = renewalPlan(untitled, { signedOn: null, effectiveFrom: null, expiresOn: null, termMonths: 24 });
    expect(termed.columns.termKnowledge).toBe("KNOWN");
  });

  it("starts with no dates when none are given, instead of copying the old ones", () => {
    const plan = renewalPlan(source, { signedOn: null, effectiveFrom: null, expiresOn: null, termMonths: 12 });
    expect(plan.columns).toMatchObject({ signedOn: null, effectiveFrom: null, expiresOn: null, endsOn: null, termMonths: 12 });
  });
});
