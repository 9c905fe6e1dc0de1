import { describe, expect, it } from "vitest";
import { effectiveStatus } from "@/lib/agreements/status";
import { partialDate } from "@/lib/dates/partial-date";

const today = new Date("2026-11-26T10:00:00Z");

describe("the status an agreement shows", () => {
  it("shows an active agreement past its end date as expired", () => {
    expect(effectiveStatus("ACTIVE", new Date("2026-11-25T00:00:00Z"), "DAY", today)).toBe("EXPIRED");
  });

  it("keeps it active through its last day", () => {
    expect(effectiveStatus("ACTIVE", new Date("2026-11-26T00:00:00Z"), "DAY", today)).toBe("ACTIVE");
  });

  it("runs a partial end date to the end of its period", () => {
    expect(effectiveStatus("ACTIVE", partialDate(2026).date, "YEAR", today)).toBe("ACTIVE");
    expect(effectiveStatus("ACTIVE", partialDate(2026, 11).date, "MONTH", today)).toBe("ACTIVE");
    expect(effectiveStatus("ACTIVE", partialDate(2026, 10).date, "MONTH", today)).toBe("EXPIRED");
    expect(effectiveStatus("ACTIVE", partialDate(2025).date, "YEAR", today)).toBe("EXPIRED");
  });

  it("leaves agreements without an end date, and other statuses, as recorded", () => {
    expect(effectiveStatus("ACTIVE", null, null, today)).toBe("ACTIVE");
    expect(effectiveStatus("RENEWED", new Date("2000-01-01T00:00:00Z"), "DAY", today)).toBe("RENEWED");
    expect(effectiveStatus("DRAFT", new Date("2000-01-01T00:00:00Z"), "DAY", today)).toBe("DRAFT");
  });
});
