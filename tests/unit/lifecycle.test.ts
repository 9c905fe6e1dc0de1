import { describe, expect, it } from "vitest";
import { allowedTransitions, canRenew, canTransition, INITIAL_STATUSES, predecessorBecomesRenewed } from "@/lib/agreements/lifecycle";
import { AGREEMENT_STATUSES, type AgreementStatus } from "@/lib/agreements/status";

// The whole table, written out: every pair not listed here must be refused.
const ALLOWED: [AgreementStatus, AgreementStatus][] = [
  ["DRAFT", "NEGOTIATING"],
  ["DRAFT", "AWAITING_SIGNATURE"],
  ["DRAFT", "ACTIVE"],
  ["DRAFT", "WITHDRAWN"],
  ["NEGOTIATING", "AWAITING_SIGNATURE"],
  ["NEGOTIATING", "DRAFT"],
  ["NEGOTIATING", "WITHDRAWN"],
  ["AWAITING_SIGNATURE", "ACTIVE"],
  ["AWAITING_SIGNATURE", "NEGOTIATING"],
  ["AWAITING_SIGNATURE", "WITHDRAWN"],
  ["ACTIVE", "EXPIRED"],
  ["ACTIVE", "TERMINATED"],
];

describe("lifecycle transitions", () => {
  for (const from of AGREEMENT_STATUSES) {
    for (const to of AGREEMENT_STATUSES) {
      const allowed = ALLOWED.some(([f, t]) => f === from && t === to);
      it(`${allowed ? "allows" : "refuses"} ${from} → ${to}`, () => {
        expect(canTransition(from, to)).toBe(allowed);
        expect(allowedTransitions(from).includes(to)).toBe(allowed);
      });
    }
  }

  it("never lets a person choose RENEWED: it follows from a renewal becoming active", () => {
    for (const from of AGREEMENT_STATUSES) expect(canTransition(from, "RENEWED")).toBe(false);
    expect(predecessorBecomesRenewed("ACTIVE")).toBe(true);
    expect(predecessorBecomesRenewed("EXPIRED")).toBe(true);
    expect(predecessorBecomesRenewed("TERMINATED")).toBe(false);
    expect(predecessorBecomesRenewed("DRAFT")).toBe(false);
  });

  it("allows withdrawal only before an agreement is active", () => {
    const withdrawable = AGREEMENT_STATUSES.filter((s) => canTransition(s, "WITHDRAWN"));
    expect(withdrawable).toEqual(["DRAFT", "NEGOTIATING", "AWAITING_SIGNATURE"]);
  });

  it("renews only agreements that have run", () => {
    expect(AGREEMENT_STATUSES.filter(canRenew)).toEqual(["ACTIVE", "EXPIRED"]);
  });

  it("starts new agreements before or at signature, never in an end state", () => {
    expect(INITIAL_STATUSES).toEqual(["DRAFT", "NEGOTIATING", "AWAITING_SIGNATURE", "ACTIVE"]);
  });
});
