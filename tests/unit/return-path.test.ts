import { describe, expect, it } from "vitest";
import { safeReturnPath } from "@/lib/auth/return-path";

describe("the return path after sign-in", () => {
  it("keeps paths on this site", () => {
    expect(safeReturnPath("/agreements/AG-2020-0001")).toBe("/agreements/AG-2020-0001");
    expect(safeReturnPath(["/agreements?page=2", "/x"])).toBe("/agreements?page=2");
  });

  it("never leads to another site", () => {
    for (const value of ["https://evil.example/", "//evil.example", "/\\evil.example", "javascript:alert(1)", "evil", "/\nx"]) {
      expect(safeReturnPath(value), value).toBe("/");
    }
    expect(safeReturnPath(undefined)).toBe("/");
    expect(safeReturnPath("", "/elsewhere")).toBe("/elsewhere");
  });
});
