// "Today" is the calendar day in the institution's zone (PACTA_TIME_ZONE), on both sides of UTC.
import { describe, expect, it } from "vitest";
import { institutionDayStart, institutionTimeZone, institutionToday, isTimeZone } from "@/lib/dates/institution-time";
import { effectiveStatus } from "@/lib/agreements/status";
import { windowOfDays } from "@/lib/agreements/term";

const iso = (d: Date) => d.toISOString().slice(0, 10);

describe("the institution's time zone", () => {
  it("takes an IANA name from PACTA_TIME_ZONE, the server's zone by default, and refuses anything else by name", () => {
    expect(institutionTimeZone({ PACTA_TIME_ZONE: "Asia/Shanghai" })).toBe("Asia/Shanghai");
    expect(institutionTimeZone({})).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
    expect(() => institutionTimeZone({ PACTA_TIME_ZONE: "Europe/Berlinn" })).toThrow(/PACTA_TIME_ZONE="Europe\/Berlinn" is not a time zone/);
    expect(isTimeZone("UTC")).toBe(true);
    expect(isTimeZone("+08:00 China")).toBe(false);
  });

  it("gives today as the day in that zone, on both sides of UTC", () => {
    const instant = new Date("2026-11-30T17:00:00Z");
    expect(iso(institutionToday(instant, "Asia/Shanghai"))).toBe("2026-12-01");
    expect(iso(institutionToday(instant, "America/Los_Angeles"))).toBe("2026-11-30");
    expect(iso(institutionToday(new Date("2026-12-01T07:30:00Z"), "America/Los_Angeles"))).toBe("2026-11-30");
    expect(iso(institutionToday(new Date("2026-12-01T08:00:00Z"), "America/Los_Angeles"))).toBe("2026-12-01");
    expect(institutionDayStart(instant, "Asia/Shanghai").toISOString()).toBe("2026-11-30T16:00:00.000Z");
  });

  it("expires an agreement at midnight after its last day in the institution's zone, not in UTC", () => {
    const lastDay = new Date("2026-11-30T00:00:00Z");
    const status = (instant: string, zone: string) => {
      process.env.PACTA_TIME_ZONE = zone;
      try {
        return effectiveStatus("ACTIVE", lastDay, "DAY", new Date(instant));
      } finally {
        process.env.PACTA_TIME_ZONE = "UTC";
      }
    };
    // Beijing: the last day ends at 16:00 UTC.
    expect(status("2026-11-30T15:59:00Z", "Asia/Shanghai")).toBe("ACTIVE");
    expect(status("2026-11-30T16:00:00Z", "Asia/Shanghai")).toBe("EXPIRED");
    // Los Angeles: still the last day at 16:00 UTC, and until 08:00 UTC the next day.
    expect(status("2026-11-30T16:00:00Z", "America/Los_Angeles")).toBe("ACTIVE");
    expect(status("2026-12-01T07:59:00Z", "America/Los_Angeles")).toBe("ACTIVE");
    expect(status("2026-12-01T08:00:00Z", "America/Los_Angeles")).toBe("EXPIRED");
  });

  it("counts the list's windows from today in that zone", () => {
    process.env.PACTA_TIME_ZONE = "Asia/Shanghai";
    try {
      const { from, to } = windowOfDays(30, new Date("2026-11-30T17:00:00Z"));
      expect([iso(from), iso(to)]).toEqual(["2026-12-01", "2026-12-31"]);
    } finally {
      process.env.PACTA_TIME_ZONE = "UTC";
    }
  });
});

describe("recorded instants as people read them", () => {
  it("shows the day and time in the institution's zone, in the reader's language", async () => {
    const { formatInstant } = await import("@/lib/dates/institution-time");
    const at = new Date("2026-11-30T17:05:00Z");
    expect(formatInstant(at, "en-GB", "date", "Asia/Shanghai")).toBe("1 December 2026");
    expect(formatInstant(at, "en-GB", "time", "Asia/Shanghai")).toBe("01:05");
    expect(formatInstant(at, "zh-CN", "date", "America/Los_Angeles")).toBe("2026年11月30日");
    expect(formatInstant(at, "en-GB", "time", "America/Los_Angeles")).toBe("09:05");
  });
});

describe("the clock end-to-end tests control", () => {
  it("reads the instant from PACTA_CLOCK_FILE outside production, and a production server keeps real time unless told", async () => {
    const fs = await import("node:fs");
    const os = await import("node:os");
    const path = await import("node:path");
    const { now } = await import("@/lib/dates/institution-time");
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pacta-clock-"));
    try {
      const file = path.join(dir, "now");
      fs.writeFileSync(file, "2027-08-31T23:59:00Z");
      expect(now({ NODE_ENV: "test", PACTA_CLOCK_FILE: file }).toISOString()).toBe("2027-08-31T23:59:00.000Z");
      expect(Math.abs(now({ NODE_ENV: "production", PACTA_CLOCK_FILE: file }).getTime() - Date.now())).toBeLessThan(5_000);
      expect(now({ NODE_ENV: "production", PACTA_CLOCK_FILE: file, PACTA_ALLOW_TEST_CLOCK: "1" }).toISOString()).toBe("2027-08-31T23:59:00.000Z");
      fs.writeFileSync(file, "tomorrow");
      expect(() => now({ NODE_ENV: "test", PACTA_CLOCK_FILE: file })).toThrow(/PACTA_CLOCK_FILE holds no instant/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
