import { describe, expect, it } from "vitest";
import { THROTTLE_POLICY, delayAfter, throttleKeys } from "@/lib/auth/throttle";
import { translatorFor } from "@/lib/i18n/translator";

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

  // Which address counts is tests/unit/client-address.test.ts: never the client's own X-Forwarded-For claim.

  it("tells how long to wait with the catalogues' plural rules", () => {
    const en = translatorFor("en");
    expect(en("signIn.throttledSeconds", { seconds: 1 })).toBe("Too many failed attempts. Wait 1 second, then try again.");
    expect(en("signIn.throttledSeconds", { seconds: 8 })).toBe("Too many failed attempts. Wait 8 seconds, then try again.");
    expect(en("signIn.throttledMinutes", { minutes: 1 })).toBe("Too many failed attempts. Wait 1 minute, then try again.");
    expect(en("errors.currentPasswordThrottled", { seconds: 1 })).toBe("Too many wrong passwords. Wait 1 second, then try again.");
    expect(translatorFor("zh-CN")("signIn.throttledSeconds", { seconds: 1 })).toBe("失败次数过多。请等待 1 秒后再试。");
  });
});
