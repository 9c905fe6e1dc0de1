// The audit log shows times in the institution's zone, so its From and Until days are that zone's days.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { listAuditEvents } from "@/lib/audit/queries";
import { PROVIDERS, createTestDatabase, type TestDatabase } from "../support/databases";

describe.each(PROVIDERS)("the audit log's days on %s", (provider) => {
  let t: TestDatabase;
  const zone = process.env.PACTA_TIME_ZONE;
  beforeAll(async () => {
    t = await createTestDatabase(provider);
    await t.db.auditEvent.createMany({
      data: [
        // 2026-11-30 23:30 in Shanghai, and 2026-12-01 01:00 there (still 30 November in UTC).
        { at: new Date("2026-11-30T15:30:00Z"), action: "sign-in.succeeded", entityType: "SignIn", entityId: "late@example.edu" },
        { at: new Date("2026-11-30T17:00:00Z"), action: "sign-in.succeeded", entityType: "SignIn", entityId: "early@example.edu" },
      ],
    });
  });
  afterEach(() => {
    if (zone === undefined) delete process.env.PACTA_TIME_ZONE;
    else process.env.PACTA_TIME_ZONE = zone;
  });
  afterAll(async () => t?.drop());

  it("filters by the institution's calendar days, not UTC's", async () => {
    process.env.PACTA_TIME_ZONE = "Asia/Shanghai";
    const day = async (from: string, to: string) => (await listAuditEvents({ from, to }, t.db)).rows.map((r) => r.entityId);
    expect(await day("2026-12-01", "2026-12-01")).toEqual(["early@example.edu"]);
    expect(await day("2026-11-30", "2026-11-30")).toEqual(["late@example.edu"]);
    process.env.PACTA_TIME_ZONE = "UTC";
    expect(await day("2026-11-30", "2026-11-30")).toEqual(["early@example.edu", "late@example.edu"]);
  });
});
