import { describe, expect, it } from "vitest";
import { toIsoPartial } from "@/lib/dates/partial-date";
import { parseTypedDate } from "@/lib/dates/typed-date";

/** "2019-05 MONTH", or the reason it was refused. */
const read = (text: string) => {
  const parsed = parseTypedDate(text);
  return parsed.ok ? `${toIsoPartial(parsed.date.date, parsed.date.precision)} ${parsed.date.precision}` : parsed.reason;
};

describe("dates typed in spreadsheets", () => {
  it("keeps the precision of every common way of writing a date", () => {
    expect(read("2019")).toBe("2019 YEAR");
    expect(read("2019-05")).toBe("2019-05 MONTH");
    expect(read("May 2019")).toBe("2019-05 MONTH");
    expect(read("Sept. 2019")).toBe("2019-09 MONTH");
    expect(read("3 May 2019")).toBe("2019-05-03 DAY");
    expect(read("03-May-2019")).toBe("2019-05-03 DAY");
    expect(read("May 3, 2019")).toBe("2019-05-03 DAY");
    expect(read("2019/05/03")).toBe("2019-05-03 DAY");
    expect(read("2019/05")).toBe("2019-05 MONTH");
    expect(read("2019年")).toBe("2019 YEAR");
    expect(read("2019年5月")).toBe("2019-05 MONTH");
    expect(read("2020年1月3日")).toBe("2020-01-03 DAY");
    expect(read("  3   May 2019 ")).toBe("2019-05-03 DAY");
  });

  it("reads full-width digits and punctuation as typed with a Chinese or Japanese input method", () => {
    expect(read("２０１９年５月３日")).toBe("2019-05-03 DAY");
    expect(read("２０２４年５月２日")).toBe("2024-05-02 DAY");
    expect(read("２０１９－０５")).toBe("2019-05 MONTH");
    expect(read("２０１９／５／３")).toBe("2019-05-03 DAY");
  });

  it("reads day and month in figures only when one of them cannot be a month", () => {
    expect(read("13/3/2019")).toBe("2019-03-13 DAY");
    expect(read("3/13/2019")).toBe("2019-03-13 DAY");
    expect(read("25.12.19")).toBe("2019-12-25 DAY");
    expect(read("4/4/2020")).toBe("2020-04-04 DAY");
    // Two-digit years as Excel reads them: 00-29 this century, 30-99 the last.
    expect(read("13/3/45")).toBe("1945-03-13 DAY");
  });

  it("refuses a day and month that could be read either way, giving both readings", () => {
    expect(parseTypedDate("5/3/19")).toEqual({ ok: false, reason: "ambiguous", dayFirst: "2019-03-05", monthFirst: "2019-05-03" });
    expect(read("5/2/24")).toBe("ambiguous");
    expect(read("05.03.2019")).toBe("ambiguous");
    expect(read("1-2-2020")).toBe("ambiguous");
  });

  it("refuses an academic year rather than reading it as a month", () => {
    expect(parseTypedDate("2009/10")).toEqual({ ok: false, reason: "academicYear", firstYear: 2009 });
    expect(read("2014/15")).toBe("academicYear");
    expect(read("2009-2010")).toBe("academicYear");
    expect(read("2099/00")).toBe("academicYear");
    // ISO year-month stays a month: "2009-10" is October 2009 in every reading of ISO 8601.
    expect(read("2009-10")).toBe("2009-10 MONTH");
  });

  it("refuses days that are not in the calendar", () => {
    for (const text of ["2019-02-29", "31/04/2024", "31 February 2019", "2023年2月29日", "30.02.2020"]) expect(read(text), text).toBe("noSuchDay");
    expect(read("2020-02-29")).toBe("2020-02-29 DAY");
  });

  it("refuses what is not a date", () => {
    for (const text of ["", "soon", "Mays 2019", "2019/13", "3 Ma 2019", "January 3rd", "2019-13", "0/5/2019", "13/13/2019", "999", "32 May 2024", "2019-05-32"]) expect(read(text), text).toBe("notADate");
  });
});

describe("more ways people type dates", () => {
  it("reads ISO dates without leading zeros, with a time of day, or without separators", () => {
    expect(read("2019-5-3")).toBe("2019-05-03 DAY");
    expect(read("2019-05-3")).toBe("2019-05-03 DAY");
    expect(read("2019-5")).toBe("2019-05 MONTH");
    expect(read("2019-05-03T00:00:00")).toBe("2019-05-03 DAY");
    expect(read("2019-05-03 14:30")).toBe("2019-05-03 DAY");
    expect(read("20190503")).toBe("2019-05-03 DAY");
    expect(read("20190230")).toBe("noSuchDay");
  });

  it("reads English ordinals and 'of'", () => {
    for (const text of ["May 3rd, 2019", "May 3rd 2019", "3rd of May 2019", "3rd May 2019", "the 3rd of May, 2019", "3 May 19", "3-May-19"]) {
      expect(read(text), text).toBe("2019-05-03 DAY");
    }
    expect(read("1st June 2020")).toBe("2020-06-01 DAY");
    expect(read("22nd Feb 2021")).toBe("2021-02-22 DAY");
  });

  it("reads a month with its year as Excel shows 'mmm-yy' and as people write it", () => {
    for (const text of ["Mar-19", "Mar '19", "March-2019", "March, 2019", "3/2019", "03/2019", "03.2019"]) expect(read(text), text).toBe("2019-03 MONTH");
    expect(read("13/2019")).toBe("notADate");
    // "Mar 19" is as likely the 19th of March, without a year.
    expect(read("Mar 19")).toBe("notADate");
  });

  it("reads Chinese numerals and spaced full-width forms", () => {
    expect(read("二〇一九年五月三日")).toBe("2019-05-03 DAY");
    expect(read("二〇一九年十二月")).toBe("2019-12 MONTH");
    expect(read("2019年十月二十三日")).toBe("2019-10-23 DAY");
    expect(read("２０１９年　５月　３日")).toBe("2019-05-03 DAY");
    expect(read("２０１９ / ５ / ３")).toBe("2019-05-03 DAY");
  });

  it("takes every dash between two years as a range (academic year), and keeps ISO months", () => {
    for (const text of ["2009—2010", "2009 – 10", "2009‒10"]) expect(read(text), text).toBe("academicYear");
    expect(read("2009‐10")).toBe("2009-10 MONTH");
  });
});
