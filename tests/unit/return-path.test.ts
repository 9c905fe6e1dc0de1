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

  it("keeps the return path next-auth's /api/auth/signin hands over as an address on the public URL, and only there", () => {
    const origin = "https://pacta.example.edu";
    expect(safeReturnPath("https://pacta.example.edu/agreements?page=2", "/", origin)).toBe("/agreements?page=2");
    expect(safeReturnPath("https://pacta.example.edu//evil.example", "/", origin)).toBe("/");
    expect(safeReturnPath("https://pacta.example.edu.evil.example/x", "/", origin)).toBe("/");
    expect(safeReturnPath("http://pacta.example.edu/x", "/", origin)).toBe("/");
    expect(safeReturnPath("https://evil.example/x", "/", origin)).toBe("/");
  });
});
