// The calendar feed on real SQLite and PostgreSQL databases.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { executeCommand, type Command } from "@/lib/actions/command";
import type { CurrentUser } from "@/lib/auth/current-user-type";
import { calendarFeed } from "@/lib/reports/calendar";
import { userCommands } from "@/lib/users/commands";
import { seedArticle } from "@/prisma/seed/article-seed";
import { PROVIDERS, createTestDatabase, type TestDatabase } from "../support/databases";
import { createTestAgreement, createUser } from "../support/factories";

const now = new Date("2026-11-26T09:00:00Z");

describe.each(PROVIDERS)("the calendar feed on %s", (provider) => {
  let t: TestDatabase;
  let viewer: CurrentUser;
  let ending: string;
  const newToken = async (actor: CurrentUser) => {
    const { result } = await executeCommand(userCommands.regenerateCalendarToken as Command<never, { token: string }>, actor, {}, t.db);
    if (result.status !== "success") throw new Error(JSON.stringify(result));
    return result.data.token;
  };

  beforeAll(async () => {
    t = await createTestDatabase(provider);
    await seedArticle(t.db);
    const editor = await createUser(t.db, "EDITOR");
    viewer = await createUser(t.db, "VIEWER");
    ending = (await createTestAgreement(t.db, editor, { title: "Exchange, Year 2; \"Joint\"", status: "ACTIVE", signedOn: "2024-01-10", expiresOn: "2027-01-10", noticePeriodDays: 30 })).reference;
    const archived = await createTestAgreement(t.db, editor, { title: "Archived deadline", status: "ACTIVE", signedOn: "2024", expiresOn: "2027-02-01" });
    await t.db.agreement.update({ where: { reference: archived.reference }, data: { archived: true } });
  });
  afterAll(async () => t?.drop());

  it("lists end dates and notice deadlines of running agreements as all-day events", async () => {
    const feed = await calendarFeed(t.db, await newToken(viewer), "https://pacta.example.edu", now);
    expect(feed).toContain("BEGIN:VCALENDAR");
    const events = feed!.split("BEGIN:VEVENT").slice(1);
    expect(events).toHaveLength(2);
    const unfolded = feed!.replace(/\r\n /g, "");
    expect(unfolded).toContain(`UID:${ending}-ends@pacta`);
    expect(unfolded).toContain("DTSTART;VALUE=DATE:20270110");
    expect(unfolded).toContain(`UID:${ending}-notice@pacta`);
    expect(unfolded).toContain("DTSTART;VALUE=DATE:20261211");
    expect(unfolded).toContain("SUMMARY:Ends: Exchange\\, Year 2\\; \"Joint\"");
    expect(unfolded).toContain(`https://pacta.example.edu/agreements/${ending}`);
    expect(unfolded).not.toContain("Archived deadline");
  });

  it("answers only to the current address of an active user", async () => {
    const old = await newToken(viewer);
    const current = await newToken(viewer);
    expect(await calendarFeed(t.db, old, "https://pacta.example.edu", now)).toBeNull();
    expect(await calendarFeed(t.db, current, "https://pacta.example.edu", now)).not.toBeNull();
    expect(await calendarFeed(t.db, "short", "https://pacta.example.edu", now)).toBeNull();
    await t.db.user.update({ where: { id: viewer.id }, data: { active: false } });
    expect(await calendarFeed(t.db, current, "https://pacta.example.edu", now)).toBeNull();
    const audit = await t.db.auditEvent.findMany({ where: { action: "user.calendar-address-renewed", entityId: viewer.id }, select: { changes: true } });
    expect(audit.length).toBeGreaterThanOrEqual(2);
    expect(audit.map((a) => a.changes).join()).not.toContain(current);
  });
});
