import { describe, expect, it } from "vitest";
import { partialDate, toIsoPartial } from "@/lib/dates/partial-date";
import { approximateDateText, parseApproximateDate } from "@/lib/dates/approximate-date";

/** "2010 YEAR about", "2010 YEAR", or the reason it was refused. */
const read = (text: string) => {
  const parsed = parseApproximateDate(text);
  if (!parsed.ok) return parsed.reason;
  return `${toIsoPartial(parsed.date.date, parsed.date.precision)} ${parsed.date.precision}${parsed.approximate ? " about" : ""}`;
};

describe("approximate dates typed in spreadsheets", () => {
  it("reads the English ways of saying about a year", () => {
    for (const text of ["about 2010", "About 2010", "ABOUT 2010", "around 2010", "approx. 2010", "approx 2010", "approximately 2010", "circa 2010", "ca. 2010", "ca 2010", "c. 2010", "c.2010", "~2010", "~ 2010", "  about   2010 "]) {
      expect(read(text), text).toBe("2010 YEAR about");
    }
  });

  it("reads the Chinese ways, full-width figures and the full-width tilde too", () => {
    for (const text of ["约2010年", "约 2010 年", "大约2010年", "大概2010年", "约莫2010年", "2010年左右", "2010左右", "2010年前后", "约２０１０年", "～2010", "约二〇一〇年"]) {
      expect(read(text), text).toBe("2010 YEAR about");
    }
  });

  it("keeps the precision of an approximate month or day", () => {
    expect(read("about May 2010")).toBe("2010-05 MONTH about");
    expect(read("about 2010-05")).toBe("2010-05 MONTH about");
    expect(read("约2010年5月")).toBe("2010-05 MONTH about");
    expect(read("约2010年5月3日")).toBe("2010-05-03 DAY about");
    expect(read("ca. 3 May 2010")).toBe("2010-05-03 DAY about");
  });

  it("reads a plain date as exact", () => {
    expect(read("2010")).toBe("2010 YEAR");
    expect(read("2010年")).toBe("2010 YEAR");
    expect(read("2010-05-03")).toBe("2010-05-03 DAY");
    expect(read("3 May 2010")).toBe("2010-05-03 DAY");
  });

  it("does not read bounds, questions, decades or other words as approximate", () => {
    for (const text of ["before 2010", "after 2010", "by 2010", "since 2010", "early 2010", "2010?", "2010s", "about", "~", "约", "左右", "约定2010年", "2010年以前", "早于2010年", "c 2010", "cab 2010", "2010 about"]) {
      expect(read(text), text).toBe("notADate");
    }
  });

  it("passes on the typed-date reader's refusals of what follows the words", () => {
    expect(read("about 5/3/19")).toBe("ambiguous");
    expect(read("about 2009/10")).toBe("academicYear");
    expect(read("约2019年2月30日")).toBe("noSuchDay");
  });

  it("writes an approximate date that reads back in both languages", () => {
    for (const date of [partialDate(2010), partialDate(2010, 5), partialDate(2010, 5, 3)]) {
      for (const language of ["en", "zh-CN"] as const) {
        const text = approximateDateText(date, language);
        const back = parseApproximateDate(text);
        expect(back.ok && back.approximate && toIsoPartial(back.date.date, back.date.precision), text).toBe(toIsoPartial(date.date, date.precision));
      }
    }
    expect(approximateDateText(partialDate(2010), "en")).toBe("about 2010");
    expect(approximateDateText(partialDate(2010), "zh-CN")).toBe("约2010年");
    expect(approximateDateText(partialDate(2010, 5, 3), "zh-CN")).toBe("约2010年5月3日");
  });
});
