import { describe, expect, it } from "vitest";
import { THROTTLE_POLICY, delayAfter, throttleKeys } from "@/lib/auth/throttle";
import { clientAddress } from "@/lib/auth/client-address";

describe("sign-in throttling policy", () => {
  it("lets the first failures pass, then doubles the wait each time up to the cap", () => {
    const free = THROTTLE_POLICY.account.freeFailures;
    expect(Array.from({ length: free }, (_, i) => delayAfter("account", i))).toEqual(Array(free).fill(0));
    expect([free, free + 1, free + 2, free + 3].map((n) => delayAfter("account", n))).toEqual([2, 4, 8, 16]);
    expect(delayAfter("account", free + 40)).toBe(THROTTLE_POLICY.maxDelaySeconds);
    expect(delayAfter("address", free)).toBe(0);
  });

  it("keys by account and, when known, by address", () => {
    expect(throttleKeys("a@example.edu", null)).toEqual([{ scope: "account", key: "account:a@example.edu" }]);
    expect(throttleKeys("a@example.edu", "192.0.2.1").map((k) => k.key)).toEqual(["account:a@example.edu", "address:192.0.2.1"]);
  });

  it("reads the client address from the first X-Forwarded-For entry", () => {
    expect(clientAddress({ "x-forwarded-for": "192.0.2.1, 10.0.0.1" })).toBe("192.0.2.1");
    expect(clientAddress(new Headers({ "x-forwarded-for": "::1" }))).toBe("::1");
    expect(clientAddress({})).toBeNull();
  });
});
