// Rolling automatic renewal: the running period on a day, its end and its notice deadline.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, daysBetween } from "@/lib/dates/calendar-day";
import { derivedEndColumns, runningPeriod, type RenewalColumns } from "@/lib/agreements/running-period";
import { effectiveStatus } from "@/lib/agreements/status";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const iso = (d: Date | null) => d?.toISOString().slice(0, 10) ?? null;

const tacit: RenewalColumns = {
  automaticRenewal: true,
  effectiveFrom: day("2023-09-01"),
  effectiveFromPrecision: "DAY",
  signedOn: null,
  signedOnPrecision: null,
  expiresOn: day("2024-08-31"),
  expiresOnPrecision: "DAY",
  termMonths: 12,
  noticePeriodDays: 60,
  renewalTermMonths: null,
  renewalFinalDate: null,
  renewalLimit: null,
  noticeGivenOn: null,
};
const terms = { firstEnd: day("2024-08-31"), firstStart: day("2023-09-01"), renewalTermMonths: 12, noticePeriodDays: 60 };

describe("the running period of an agreement that renews automatically", () => {
  it("runs on after its first term: on 30 November 2026 it runs 2026-09-01..2027-08-31, notice by 2027-07-02", () => {
    const period = runningPeriod(terms, day("2026-11-30"));
    expect({ from: iso(period.from), to: iso(period.to), noticeBy: iso(period.noticeBy), renewal: period.renewal }).toEqual({
      from: "2026-09-01",
      to: "2027-08-31",
      noticeBy: "2027-07-02",
      renewal: 3,
    });
    expect(effectiveStatus("ACTIVE", tacit.expiresOn, "DAY", new Date("2026-11-30T12:00:00Z"), terms)).toBe("ACTIVE");
    expect(effectiveStatus("ACTIVE", tacit.expiresOn, "DAY", new Date("2026-11-30T12:00:00Z"))).toBe("EXPIRED");
    expect(derivedEndColumns(tacit, day("2026-11-30"))).toEqual({ endsOn: day("2027-08-31"), noticeDeadline: day("2027-07-02"), rollsOver: true });
  });

  it("is the first term up to its last day, and the next from the day after", () => {
    expect(iso(runningPeriod(terms, day("2024-08-31")).to)).toBe("2024-08-31");
    expect(iso(runningPeriod(terms, day("2024-09-01")).from)).toBe("2024-09-01");
    expect(iso(runningPeriod(terms, day("2024-09-01")).to)).toBe("2025-08-31");
  });

  it("does not drift at month ends: renewals of one month from 31 January end on each month's last day", () => {
    const monthly = { firstEnd: day("2021-01-30"), firstStart: day("2020-12-31"), renewalTermMonths: 1, noticePeriodDays: null };
    expect(iso(runningPeriod(monthly, day("2021-02-15")).to)).toBe("2021-02-28");
    expect(iso(runningPeriod(monthly, day("2021-03-15")).to)).toBe("2021-03-30");
    expect(iso(runningPeriod(monthly, day("2021-03-31")).to)).toBe("2021-04-30");
    expect(iso(runningPeriod(monthly, day("2021-05-01")).to)).toBe("2021-05-30");
  });

  it("ends at the end of the running period of the day notice was given", () => {
    const noticed = { ...terms, noticeGivenOn: day("2026-10-15") };
    const period = runningPeriod(noticed, day("2028-01-01"));
    expect({ to: iso(period.to), renews: period.renews, noticeBy: period.noticeBy }).toEqual({ to: "2027-08-31", renews: false, noticeBy: null });
    expect(effectiveStatus("ACTIVE", tacit.expiresOn, "DAY", new Date("2027-08-31T12:00:00Z"), noticed)).toBe("ACTIVE");
    expect(effectiveStatus("ACTIVE", tacit.expiresOn, "DAY", new Date("2027-09-01T00:00:00Z"), noticed)).toBe("EXPIRED");
  });

  it("stops at a number of renewals or a final date", () => {
    expect(iso(runningPeriod({ ...terms, maxRenewals: 1 }, day("2030-01-01")).to)).toBe("2025-08-31");
    expect(iso(runningPeriod({ ...terms, maxRenewals: 0 }, day("2030-01-01")).to)).toBe("2024-08-31");
    const capped = runningPeriod({ ...terms, finalDate: day("2026-03-31") }, day("2030-01-01"));
    expect({ to: iso(capped.to), renews: capped.renews }).toEqual({ to: "2026-03-31", renews: false });
  });

  it("properties: the running period contains the day, and its notice deadline is its end minus the notice period", () => {
    const date = (min: string, max: string) =>
      fc.integer({ min: 0, max: daysBetween(day(min), day(max)) }).map((offset) => addDays(day(min), offset));
    fc.assert(
      fc.property(
        date("1950-01-01", "2090-12-31"),
        fc.integer({ min: 1, max: 120 }),
        fc.integer({ min: 0, max: 365 }),
        fc.integer({ min: 0, max: 20_000 }),
        (firstEnd, months, notice, later) => {
          const today = addDays(firstEnd, later - 1000);
          const period = runningPeriod({ firstEnd, firstStart: null, renewalTermMonths: months, noticePeriodDays: notice }, today);
          expect(period.renews).toBe(true);
          expect(period.to.getTime()).toBeGreaterThanOrEqual(today.getTime());
          if (period.renewal > 0) {
            expect(period.from!.getTime()).toBeLessThanOrEqual(today.getTime());
            // The period before it ended the day before this one began.
            expect(iso(runningPeriod({ firstEnd, firstStart: null, renewalTermMonths: months, noticePeriodDays: notice }, addDays(period.from!, -1)).to)).toBe(
              iso(addDays(period.from!, -1)),
            );
          } else {
            expect(period.to).toEqual(firstEnd);
          }
          expect(daysBetween(period.noticeBy!, period.to)).toBe(notice);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
