// The agreement lifecycle's rules, as pure functions:
//   DRAFT → NEGOTIATING → AWAITING_SIGNATURE → ACTIVE → EXPIRED | TERMINATED | RENEWED
// plus WITHDRAWN from any state before ACTIVE, and steps back from NEGOTIATING and
// AWAITING_SIGNATURE. RENEWED is never chosen by hand: it follows when a renewal becomes ACTIVE.
import type { AgreementStatus } from "./status";

const TRANSITIONS: Record<AgreementStatus, readonly AgreementStatus[]> = {
  DRAFT: ["NEGOTIATING", "AWAITING_SIGNATURE", "ACTIVE", "WITHDRAWN"],
  NEGOTIATING: ["AWAITING_SIGNATURE", "DRAFT", "WITHDRAWN"],
  AWAITING_SIGNATURE: ["ACTIVE", "NEGOTIATING", "WITHDRAWN"],
  ACTIVE: ["EXPIRED", "TERMINATED"],
  EXPIRED: [],
  TERMINATED: [],
  RENEWED: [],
  WITHDRAWN: [],
};

/** The statuses a person may move an agreement to from `from`. */
export function allowedTransitions(from: AgreementStatus): readonly AgreementStatus[] {
  return TRANSITIONS[from];
}

export function canTransition(from: AgreementStatus, to: AgreementStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** Statuses a new agreement may start in: logged while being prepared, or after it was signed. */
export const INITIAL_STATUSES = ["DRAFT", "NEGOTIATING", "AWAITING_SIGNATURE", "ACTIVE"] as const satisfies readonly AgreementStatus[];

/** An agreement can be renewed once it has run: while active or after it expired, and only once. */
export function canRenew(status: AgreementStatus): boolean {
  return status === "ACTIVE" || status === "EXPIRED";
}

/** When a renewal becomes ACTIVE, its predecessor in one of these statuses becomes RENEWED. */
export function predecessorBecomesRenewed(predecessorStatus: AgreementStatus): boolean {
  return predecessorStatus === "ACTIVE" || predecessorStatus === "EXPIRED";
}
