import { describe, expect, it } from "vitest";
import { endsOn, expiryFromTerm, noticeDeadline, windowOfDays } from "@/lib/agreements/term";
import { partialDate, toIsoPartial } from "@/lib/dates/partial-date";

const iso = (d: Date | null) => d?.toISOString().slice(0, 10) ?? null;
const expiry = (start: ReturnType<typeof partialDate>, months: number) => {
  const result = expiryFromTerm(start, months);
  return result && `${toIsoPartial(result.date, result.precision)} ${result.precision}`;
};

describe("end dates from a term", () => {
  it("runs a day-precision term to the day before the anniversary", () => {
    expect(expiry(partialDate(2020, 1, 3), 60)).toBe("2025-01-02 DAY");
    expect(expiry(partialDate(2020, 3, 1), 12)).toBe("2021-02-28 DAY");
    expect(expiry(partialDate(2020, 1, 31), 1)).toBe("2020-02-29 DAY");
  });

  it("keeps the start's precision and never invents a day", () => {
    expect(expiry(partialDate(2020, 1), 60)).toBe("2024-12 MONTH");
    expect(expiry(partialDate(2020), 60)).toBe("2024 YEAR");
    expect(expiry(partialDate(2020), 18)).toBeNull();
    expect(expiry(partialDate(2020), 0)).toBeNull();
  });
});

describe("last day and notice deadline", () => {
  it("runs a partial expiry to the end of its period", () => {
    expect(iso(endsOn(partialDate(2027).date, "YEAR"))).toBe("2027-12-31");
    expect(iso(endsOn(partialDate(2027, 2).date, "MONTH"))).toBe("2027-02-28");
    expect(iso(endsOn(partialDate(2027, 2, 14).date, "DAY"))).toBe("2027-02-14");
    expect(endsOn(null, null)).toBeNull();
  });

  it("puts the notice deadline the notice period before the last day", () => {
    const end = endsOn(partialDate(2027).date, "YEAR");
    expect(iso(noticeDeadline(end, 90))).toBe("2027-10-02");
    expect(iso(noticeDeadline(end, 0))).toBe("2027-12-31");
    expect(noticeDeadline(end, null)).toBeNull();
    expect(noticeDeadline(null, 90)).toBeNull();
  });

  it("counts windows in whole days from today", () => {
    const { from, to } = windowOfDays(30, new Date("2026-11-26T18:30:00Z"));
    expect(iso(from)).toBe("2026-11-26");
    expect(iso(to)).toBe("2026-12-26");
  });
});
