// The type-ahead's match rule: every word typed, in any script or spelling, found in one of the names.
import { describe, expect, it } from "vitest";
import { lookupRank } from "../../lib/organizations/lookup-rank";

describe("lookupRank", () => {
  const liuzhou = ["People's Government of Liuzhou", "柳州市人民政府", null];

  it("finds a record by part of its Chinese name, without spaces between words", () => {
    expect(lookupRank("人民政府", liuzhou)).toBe(2);
    expect(lookupRank("柳州市", liuzhou)).toBe(1);
  });

  it("finds every word typed, in any order, case, width and accent", () => {
    expect(lookupRank("liuzhou government", liuzhou)).toBe(2);
    expect(lookupRank("ＰＥＯＰＬＥ’S gov", liuzhou)).toBe(1);
    expect(lookupRank("lodz", ["Uniwersytet Łódzki"])).toBe(2);
  });

  it("refuses a word found in none of the names, and a word found only across two of them", () => {
    expect(lookupRank("liuzhou nanning", liuzhou)).toBe(0);
    expect(lookupRank("liuzhou柳州", liuzhou)).toBe(0);
  });

  it("offers nothing for blank text", () => {
    expect(lookupRank("  ", liuzhou)).toBe(0);
    expect(lookupRank("", liuzhou)).toBe(0);
  });
});
