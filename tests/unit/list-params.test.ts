// The list's page parameter, as people type it into the address bar.
import { describe, expect, it } from "vitest";
import { givenValue, parseListParams, readListParams } from "@/lib/agreements/list-params";

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

describe("the list's parameters a URL gives that cannot be read", () => {
  it("names each one whose value is malformed, and applies the rest", () => {
    const { filters, unread } = readListParams({
      q: "Guangxi",
      status: "FOO",
      signedFrom: "2019-02-30",
      signedTo: "2020",
      expiringWithin: "-5",
      expiresTo: "2020-02-31",
      sort: "sideways",
      columns: "title,nonsense",
      page: "abc",
    });
    expect(unread).toEqual(["status", "signedFrom", "expiringWithin", "expiresTo", "sort", "page", "columns"]);
    expect(filters).toMatchObject({ q: "Guangxi", signedTo: "2020", columns: ["title"] });
    expect(filters.status).toBeUndefined();
    expect(filters.signedFrom).toBeUndefined();
  });

  it("names a search too long to apply instead of quietly listing everything", () => {
    const long = "协".repeat(201);
    expect(readListParams({ q: long }).unread).toEqual(["q"]);
    expect(readListParams({ q: "协".repeat(200) }).unread).toEqual([]);
  });

  it("names nothing for a URL it reads whole, for empty values, or for parameters that are not the list's", () => {
    expect(readListParams({ q: "", status: "ACTIVE", format: "csv", page: "2", archived: "include", columns: "owner,title" }).unread).toEqual([]);
  });
});

describe("a parameter's value as the address gave it", () => {
  it("is given whole up to 40 characters, and cut with an ellipsis after, whole characters only", () => {
    expect(givenValue({ status: "FOO" }, "status")).toBe("FOO");
    expect(givenValue({ q: ["first", "second"] }, "q")).toBe("first");
    expect(givenValue({}, "q")).toBe("");
    expect(givenValue({ q: "😀".repeat(41) }, "q")).toBe(`${"😀".repeat(40)}…`);
  });
});
