import { describe, expect, it } from "vitest";
import {
  formatPartialDate,
  lastDayOf,
  parsePartialDate,
  partialDate,
  toIsoPartial,
  truncateToPrecision,
} from "@/lib/dates/partial-date";

describe("partial dates", () => {
  it("parses year, month and day precision and never invents the missing parts", () => {
    expect(parsePartialDate("2010")).toEqual({ date: new Date("2010-01-01T00:00:00Z"), precision: "YEAR" });
    expect(parsePartialDate("2019-05")).toEqual({ date: new Date("2019-05-01T00:00:00Z"), precision: "MONTH" });
    expect(parsePartialDate(" 2020-01-03 ")).toEqual({ date: new Date("2020-01-03T00:00:00Z"), precision: "DAY" });
  });

  it("refuses what is not a date", () => {
    for (const text of ["", "20", "2019-13", "2019-02-30", "2019-5", "May 2019", "2019/05/03", "12019"]) {
      expect(parsePartialDate(text), text).toBeNull();
    }
  });

  it("refuses a day without a month and impossible days", () => {
    expect(() => partialDate(2020, undefined, 3)).toThrow(/needs a month/);
    expect(() => partialDate(2021, 2, 29)).toThrow(/no such day/);
    expect(partialDate(2024, 2, 29).precision).toBe("DAY");
  });

  it("formats each precision without showing more than it knows", () => {
    const day = partialDate(2020, 1, 3);
    expect(formatPartialDate(day.date, day.precision)).toBe("3 January 2020");
    expect(formatPartialDate(partialDate(2020, 1).date, "MONTH")).toBe("January 2020");
    expect(formatPartialDate(partialDate(2010).date, "YEAR")).toBe("2010");
    expect(formatPartialDate(null, "DAY")).toBe("");
  });

  it("formats in UTC, whatever the server's time zone", () => {
    // 31 December 23:30 in UTC-1 is still 2019 in the stored value.
    expect(formatPartialDate(new Date("2019-12-31T00:00:00Z"), "YEAR")).toBe("2019");
  });

  it("writes ISO partial dates at their precision", () => {
    const date = new Date("2020-01-03T00:00:00Z");
    expect(toIsoPartial(date, "DAY")).toBe("2020-01-03");
    expect(toIsoPartial(date, "MONTH")).toBe("2020-01");
    expect(toIsoPartial(date, "YEAR")).toBe("2020");
  });

  it("truncates to the start of the known period", () => {
    const date = new Date("2020-07-19T15:00:00Z");
    expect(truncateToPrecision(date, "YEAR").toISOString()).toBe("2020-01-01T00:00:00.000Z");
    expect(truncateToPrecision(date, "MONTH").toISOString()).toBe("2020-07-01T00:00:00.000Z");
    expect(truncateToPrecision(date, "DAY").toISOString()).toBe("2020-07-19T00:00:00.000Z");
  });

  it("runs a partial end date to the last day of its period", () => {
    expect(lastDayOf(partialDate(2027).date, "YEAR").toISOString().slice(0, 10)).toBe("2027-12-31");
    expect(lastDayOf(partialDate(2024, 2).date, "MONTH").toISOString().slice(0, 10)).toBe("2024-02-29");
    expect(lastDayOf(partialDate(2023, 2).date, "MONTH").toISOString().slice(0, 10)).toBe("2023-02-28");
    expect(lastDayOf(partialDate(2027, 5, 14).date, "DAY").toISOString().slice(0, 10)).toBe("2027-05-14");
  });
});
