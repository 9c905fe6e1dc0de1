import { describe, expect, it } from "vitest";
import { formatReference, parseReference } from "@/lib/agreements/reference";

describe("agreement reference numbers", () => {
  it("formats AG-<year>-<nnnn> and reads it back", () => {
    expect(formatReference(2020, 7)).toBe("AG-2020-0007");
    expect(formatReference(2020, 12345)).toBe("AG-2020-12345");
    expect(parseReference("AG-2020-0007")).toEqual({ year: 2020, sequence: 7 });
  });

  it("refuses what is not a reference", () => {
    expect(() => formatReference(2020, 0)).toThrow();
    expect(parseReference("AG-20-1")).toBeNull();
    expect(parseReference("ag-2020-0007")).toBeNull();
  });
});
