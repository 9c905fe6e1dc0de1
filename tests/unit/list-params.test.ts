// The list's page parameter, as people type it into the address bar.
import { describe, expect, it } from "vitest";
import { parseListParams } from "@/lib/agreements/list-params";

describe("the list's page parameter", () => {
  it("takes a page number as given", () => {
    expect(parseListParams({ page: "7" }).page).toBe(7);
    expect(parseListParams({ page: "100000" }).page).toBe(100_000);
  });

  it("takes a page past the largest it reads as that largest page (a page past the end, not the first)", () => {
    expect(parseListParams({ page: "100001" }).page).toBe(100_000);
    expect(parseListParams({ page: "99999999999" }).page).toBe(100_000);
  });

  it("shows the first page for what is not a page number", () => {
    for (const page of ["0", "-3", "2.5", "abc", ""]) expect(parseListParams({ page }).page, page).toBeUndefined();
  });
});
