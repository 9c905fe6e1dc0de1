import { describe, expect, it } from "vitest";
import { firstUnstorableText } from "@/lib/actions/storable-text";

describe("storable text", () => {
  it("accepts any real text, surrogate pairs (𠜎, emoji) included", () => {
    expect(firstUnstorableText({ name: "武汉理工大学 𠜎 👩🏽‍🔬 İ ﬃ", parties: [{ name: "Ok" }], version: 1 })).toBeNull();
  });

  it("names the first field with an unpaired surrogate or a NUL", () => {
    expect(firstUnstorableText({ title: "fine", parties: [{ name: "ok" }, { name: "bad \uD800" }] })).toBe("parties.1.name");
    expect(firstUnstorableText({ note: "trailing \uDC00" })).toBe("note");
    expect(firstUnstorableText({ note: "nul \u0000 inside" })).toBe("note");
    expect(firstUnstorableText("\uD83D")).toBe("_form");
    expect(firstUnstorableText({ ["bad key \uD800"]: "x" })).toBe("_form");
  });
});
