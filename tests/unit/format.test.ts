import { describe, expect, it } from "vitest";
import { countOf } from "@/lib/format";

describe("counts in sentences", () => {
  it("uses the singular for one and the plural otherwise", () => {
    expect(countOf(1, "agreement")).toBe("1 agreement");
    expect(countOf(0, "agreement")).toBe("0 agreements");
    expect(countOf(2, "person", "people")).toBe("2 people");
  });

  it("groups thousands, as a register of tens of thousands needs", () => {
    expect(countOf(4471, "agreement")).toBe("4,471 agreements");
    expect(countOf(50009, "agreement")).toBe("50,009 agreements");
  });
});
