// Term arithmetic by the corresponding-date rule, checked against an oracle written
// differently on the same library: it finds the month N months on from the 1st of the
// start's month, then looks for the start's day number in it.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Temporal } from "@js-temporal/polyfill";
import { expiryFromTerm, lastDayOfTerm } from "@/lib/agreements/term";
import { partialDate, toIsoPartial } from "@/lib/dates/partial-date";

function oracle(start: Temporal.PlainDate, months: number): Temporal.PlainDate {
  const month = start.with({ day: 1 }).add({ months });
  if (start.day > month.daysInMonth) return month.with({ day: month.daysInMonth });
  return month.with({ day: start.day }).subtract({ days: 1 });
}

const FIRST = Temporal.PlainDate.from("1950-01-01");
const DAYS = FIRST.until(Temporal.PlainDate.from("2100-12-31")).days;
const startDay = fc.integer({ min: 0, max: DAYS }).map((offset) => FIRST.add({ days: offset }));

describe("the last day of a term (corresponding-date rule)", () => {
  it("fixes the month-end cases people reported", () => {
    const end = (start: string, months: number) => lastDayOfTerm(Temporal.PlainDate.from(start), months).toString();
    expect(end("2021-01-31", 1)).toBe("2021-02-28");
    expect(end("2021-01-28", 1)).toBe("2021-02-27");
    expect(end("2020-01-31", 1)).toBe("2020-02-29");
    expect(end("2020-02-29", 12)).toBe("2021-02-28");
    expect(end("2020-02-29", 48)).toBe("2024-02-28");
    expect(end("2021-08-31", 6)).toBe("2022-02-28");
    expect(end("2021-03-31", 1)).toBe("2021-04-30");
    expect(end("2021-03-30", 1)).toBe("2021-04-29");
    expect(end("2021-05-31", 1)).toBe("2021-06-30");
    expect(end("2023-09-01", 12)).toBe("2024-08-31");
    expect(end("2020-01-03", 60)).toBe("2025-01-02");
  });

  it("agrees with the oracle for every start day 1950–2100 and every term of 1–240 months (sampled)", () => {
    fc.assert(
      fc.property(startDay, fc.integer({ min: 1, max: 240 }), (start, months) => {
        expect(lastDayOfTerm(start, months).toString()).toBe(oracle(start, months).toString());
      }),
      { numRuns: 10_000 },
    );
  });

  it("agrees with the oracle on the last 4 days of every month, for every term of 1–240 months", () => {
    // Where the rule matters most, exhaustively: a common year, a leap year, a leap century
    // (2000) and a century that is not leap (2100).
    for (const year of [2000, 2019, 2020, 2100]) {
      for (let month = 1; month <= 12; month++) {
        const last = Temporal.PlainYearMonth.from({ year, month }).daysInMonth;
        for (let day = last - 3; day <= last; day++) {
          const start = Temporal.PlainDate.from({ year, month, day });
          for (let months = 1; months <= 240; months += 1) {
            if (!lastDayOfTerm(start, months).equals(oracle(start, months))) {
              throw new Error(`${start} + ${months} months: ${lastDayOfTerm(start, months)} ≠ ${oracle(start, months)}`);
            }
          }
        }
      }
    }
  });

  it("keeps a partial start's precision", () => {
    const expiry = (start: ReturnType<typeof partialDate>, months: number) => {
      const result = expiryFromTerm(start, months);
      return result && `${toIsoPartial(result.date, result.precision)} ${result.precision}`;
    };
    expect(expiry(partialDate(2021, 1, 31), 1)).toBe("2021-02-28 DAY");
    expect(expiry(partialDate(2020, 1), 60)).toBe("2024-12 MONTH");
    expect(expiry(partialDate(2020), 60)).toBe("2024 YEAR");
    expect(expiry(partialDate(2020), 18)).toBeNull();
  });
});
