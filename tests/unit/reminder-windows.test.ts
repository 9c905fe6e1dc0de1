import { describe, expect, it } from "vitest";
import { endsOn, noticeDeadline } from "@/lib/agreements/term";
import { partialDate } from "@/lib/dates/partial-date";
import { daysUntil, parseReminderDays, reminderThreshold } from "@/lib/reminders/windows";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("reminder thresholds", () => {
  it("reads the days a user writes, largest first, and refuses what is not such a list", () => {
    expect(parseReminderDays("30, 180,90")).toEqual([180, 90, 30]);
    expect(parseReminderDays("90 90 7")).toEqual([90, 7]);
    for (const bad of ["", "soon", "0", "-5", "1.5", "731", "1,2,3,4,5,6,7"]) expect(parseReminderDays(bad), bad).toBeNull();
  });

  it("gives the nearest threshold crossed, none before the first or after the date", () => {
    const due = day("2030-04-19");
    expect(reminderThreshold(due, day("2029-10-01"), [180, 90, 30])).toBeNull(); // 200 days
    expect(reminderThreshold(due, day("2029-10-21"), [180, 90, 30])).toBe(180); // exactly 180
    expect(reminderThreshold(due, day("2030-03-10"), [180, 90, 30])).toBe(90); // 40 days: 180 and 90 crossed
    expect(reminderThreshold(due, day("2030-04-19"), [180, 90, 30])).toBe(30); // the day itself
    expect(reminderThreshold(due, day("2030-04-20"), [180, 90, 30])).toBeNull(); // past
  });

  it("counts whole days whatever the hour, in UTC", () => {
    expect(daysUntil(day("2030-04-19"), new Date("2030-04-18T23:59:00Z"))).toBe(1);
    expect(daysUntil(day("2030-04-19"), new Date("2030-04-19T00:01:00Z"))).toBe(0);
  });

  it("reminds of a partial end date at the end of its month or year, and of the notice deadline before it", () => {
    const monthOnly = endsOn(partialDate(2030, 5).date, "MONTH")!;
    expect(monthOnly.toISOString().slice(0, 10)).toBe("2030-05-31");
    expect(reminderThreshold(monthOnly, day("2030-04-01"), [60])).toBe(60);
    expect(reminderThreshold(monthOnly, day("2030-03-31"), [60])).toBeNull();

    const yearOnly = endsOn(partialDate(2031).date, "YEAR")!;
    expect(yearOnly.toISOString().slice(0, 10)).toBe("2031-12-31");
    const notice = noticeDeadline(yearOnly, 90)!;
    expect(notice.toISOString().slice(0, 10)).toBe("2031-10-02");
    expect(reminderThreshold(notice, day("2031-09-02"), [30])).toBe(30);
  });
});
