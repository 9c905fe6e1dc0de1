// The agreement form's one translation of what a person typed into a command's input,
// judged by the same schemas the server actions use.
import { describe, expect, it } from "vitest";
import { CreateAgreementSchema, UpdateAgreementSchema } from "@/lib/agreements/schema";
import { EMPTY_AGREEMENT, commandInputFrom, withoutParty, type AgreementFormValues } from "@/lib/agreements/form-values";

const typed: AgreementFormValues = {
  ...EMPTY_AGREEMENT,
  title: "Joint Laboratory Agreement",
  status: "ACTIVE",
  signedOn: "2024-03-15",
  termMonths: "60",
  noticePeriodDays: "90",
  automaticRenewal: false,
  renewalTermMonths: "12",
  renewalLimit: "3",
  parties: [
    { mode: "new", name: "Test University", localName: "测试大学", kind: "UNIVERSITY", country: "CN", role: "PARTNER" },
    { mode: "existing", organizationId: "org-2", role: "CO_SIGNING_BODY" },
  ],
  signatories: [
    { mode: "new", name: "", localName: "", position: "Rector", onBehalfOfParty: 0 },
    { mode: "existing", personId: "person-1", onBehalfOfParty: 1 },
    { mode: "existing", personId: "person-2", onBehalfOfParty: -1 },
  ],
};

describe("what the agreement form sends", () => {
  it("is a new agreement the create command accepts, with its first status and typed-in partner and signatory", () => {
    const input = commandInputFrom(typed);
    expect(input).toMatchObject({ status: "ACTIVE", title: "Joint Laboratory Agreement" });
    expect(input).not.toHaveProperty("reference");
    expect(input.parties).toEqual([
      { newOrganization: { name: "Test University", localName: "测试大学", kind: "UNIVERSITY", country: "CN" }, role: "PARTNER" },
      { organizationId: "org-2", role: "CO_SIGNING_BODY" },
    ]);
    expect(input.signatories[0]).toEqual({ newPerson: { name: "", localName: "", position: "Rector" }, onBehalfOfParty: 0 });
    const parsed = CreateAgreementSchema.safeParse(input);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
  });

  it("drops renewal details while automatic renewal is not ticked, and keeps them when it is", () => {
    expect(commandInputFrom(typed)).toMatchObject({ automaticRenewal: false, renewalTermMonths: "", renewalLimit: "" });
    expect(commandInputFrom({ ...typed, automaticRenewal: true })).toMatchObject({ automaticRenewal: true, renewalTermMonths: "12", renewalLimit: "3" });
  });

  it("is an update of the version the person saw when editing, without a status (that has its own control)", () => {
    const input = commandInputFrom({ ...typed, reference: "AG-2024-0001", version: 4 });
    expect(input).toMatchObject({ reference: "AG-2024-0001", version: 4 });
    expect(input).not.toHaveProperty("status");
    const parsed = UpdateAgreementSchema.safeParse(input);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
  });
});

describe("removing a partner from the form", () => {
  it("takes its signatories with it and keeps the others pointing at the same parties", () => {
    const after = withoutParty(typed, 0);
    expect(after.parties).toEqual([typed.parties[1]]);
    expect(after.signatories).toEqual([
      { mode: "existing", personId: "person-1", onBehalfOfParty: 0 },
      { mode: "existing", personId: "person-2", onBehalfOfParty: -1 },
    ]);
  });
});
