// Time on real databases: month-end terms and a rolling renewal imported from a register,
// the running period kept in the stored columns the list filters on, the calendar feed's
// revisions, and the clock the tests control (PACTA_CLOCK_FILE, honoured outside production).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { executeCommand, type ActionResult, type Command } from "@/lib/actions/command";
import type { CurrentUser } from "@/lib/auth/current-user-type";
import { toIsoPartial } from "@/lib/dates/partial-date";
import { importCommands } from "@/lib/import/commands";
import { listAgreements } from "@/lib/agreements/queries";
import { parseListParams } from "@/lib/agreements/list-params";
import { keepRunningPeriodsCurrent, refreshRunningPeriods } from "@/lib/agreements/running-period-refresh";
import { createPrismaClient } from "@/lib/prisma-client";
import { calendarFeed } from "@/lib/reports/calendar";
import { exportStream } from "@/lib/reports/agreement-export";
import { dashboardFigures } from "@/lib/reports/dashboard";
import { runReminderJob } from "@/lib/reminders/job";
import { userCommands } from "@/lib/users/commands";
import { PROVIDERS, createTestDatabase, type TestDatabase } from "../support/databases";
import { createTestAgreement, createUser } from "../support/factories";

const fixture = (name: string) => new File([fs.readFileSync(path.join(import.meta.dirname, "../fixtures", name))], name);
const iso = (d: Date | null) => d?.toISOString().slice(0, 10) ?? null;
async function text(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string));
  return Buffer.concat(chunks).toString("utf8");
}

// The clock: a file the code under test reads for "now".
const clockDir = fs.mkdtempSync(path.join(os.tmpdir(), "pacta-clock-"));
const clockFile = path.join(clockDir, "now");
const setClock = (instant: string) => {
  fs.writeFileSync(clockFile, instant);
  process.env.PACTA_CLOCK_FILE = clockFile;
};
afterEach(() => {
  delete process.env.PACTA_CLOCK_FILE;
  process.env.PACTA_TIME_ZONE = "UTC";
});
afterAll(() => fs.rmSync(clockDir, { recursive: true, force: true }));

describe.each(PROVIDERS)("terms and rolling renewals on %s", (provider) => {
  let t: TestDatabase;
  let editor: CurrentUser;
  beforeAll(async () => {
    t = await createTestDatabase(provider);
    await t.db.organization.create({ data: { name: "Our University", kind: "UNIVERSITY", isOwnInstitution: true } });
    editor = await createUser(t.db, "EDITOR");
  });
  afterAll(async () => t?.drop());

  const importFile = async (file: File) => {
    const { result } = await executeCommand(importCommands.importAgreements as unknown as Command<never, { agreements: number }>, editor, { file }, t.db);
    expect(result).toMatchObject({ status: "success" });
    return result as ActionResult<{ agreements: number }>;
  };
  const byTitle = async (title: string) =>
    t.db.agreement.findFirstOrThrow({ where: { title }, select: { reference: true, expiresOn: true, expiresOnPrecision: true, endsOn: true, noticeDeadline: true, rollsOver: true } });

  it("imports month-end terms with the right end dates, and the renewing agreement active with its running period on 30 November 2026", async () => {
    setClock("2026-11-30T12:00:00Z");
    await importFile(fixture("terms-at-month-end.csv"));
    await importFile(fixture("terms-at-month-end-more.csv"));
    const expiry = async (title: string) => {
      const a = await byTitle(title);
      return toIsoPartial(a.expiresOn!, a.expiresOnPrecision!);
    };
    expect(await expiry("Term from 31 January")).toBe("2021-02-28");
    expect(await expiry("Term from 28 January")).toBe("2021-02-27");
    expect(await expiry("Term from 29 February")).toBe("2021-02-28");
    expect(await expiry("Term from 31 August")).toBe("2022-02-28");
    expect(await expiry("Term from 31 March")).toBe("2021-04-30");
    expect(await expiry("Term from 30 January in a leap year")).toBe("2020-02-29");
    expect(await expiry("Term from 31 December")).toBe("2022-02-28");
    expect(await expiry("Term of a month in a leap century")).toBe("2000-02-29");

    const tacit = await byTitle("Tacit renewal, first term over");
    expect({ end: iso(tacit.endsOn), notice: iso(tacit.noticeDeadline), rollsOver: tacit.rollsOver }).toEqual({ end: "2027-08-31", notice: "2027-07-02", rollsOver: true });
    const monthly = await byTitle("Monthly tacit renewal from 31 January");
    expect({ end: iso(monthly.endsOn), notice: iso(monthly.noticeDeadline) }).toEqual({ end: "2026-11-30", notice: "2026-11-20" });

    const list = async (params: Record<string, string>) => (await listAgreements(parseListParams(params), { database: t.db })).rows.map((r) => `${r.title}:${r.status}`);
    expect(await list({ status: "ACTIVE" })).toEqual(expect.arrayContaining(["Tacit renewal, first term over:ACTIVE", "Monthly tacit renewal from 31 January:ACTIVE"]));
    expect(await list({ status: "EXPIRED" })).not.toContain("Tacit renewal, first term over:EXPIRED");
    expect(await list({ noticeWithin: "240" })).toContain("Tacit renewal, first term over:ACTIVE");
    expect(await list({ noticeWithin: "200" })).not.toContain("Tacit renewal, first term over:ACTIVE");
    expect(await list({ expiringWithin: "1" })).toEqual(["Monthly tacit renewal from 31 January:ACTIVE"]);

    // The export says what people act on: the stated first expiry, and the running period's end and notice deadline.
    const exported = JSON.parse(await text(exportStream("json", t.db, parseListParams({ q: "Tacit renewal, first term over" })))) as Record<string, unknown>[];
    expect(exported).toHaveLength(1);
    expect(exported[0]).toMatchObject({ "Expires on": "2024-08-31", "Runs until": "2027-08-31", "Notice deadline": "2027-07-02", Status: "Active" });
  });

  it("moves the stored running period on when it rolls over, and the list's windows follow", async () => {
    // 1 December 2026: the monthly one runs 2026-12-01..2026-12-31, notice by 2026-12-21.
    setClock("2026-12-01T00:30:00Z");
    const list = async (params: Record<string, string>) => (await listAgreements(parseListParams(params), { database: t.db })).rows.map((r) => r.title);
    // Before the refresh it is still active (it rolls over), though its stored end is yesterday's.
    expect(await list({ status: "ACTIVE" })).toContain("Monthly tacit renewal from 31 January");
    expect(await refreshRunningPeriods(t.db)).toBe(1);
    expect(await refreshRunningPeriods(t.db)).toBe(0);
    const monthly = await byTitle("Monthly tacit renewal from 31 January");
    expect({ end: iso(monthly.endsOn), notice: iso(monthly.noticeDeadline) }).toEqual({ end: "2026-12-31", notice: "2026-12-21" });
    expect(await list({ noticeWithin: "20" })).toContain("Monthly tacit renewal from 31 January");
    expect(await list({ expiringWithin: "29" })).not.toContain("Monthly tacit renewal from 31 January");
    expect(await list({ expiringWithin: "30" })).toContain("Monthly tacit renewal from 31 January");
  });

  it("counts today in the institution's zone: an agreement ending on 30 November is active until midnight there", async () => {
    const { reference } = await createTestAgreement(t.db, editor, { title: "Ends on 30 November", status: "ACTIVE", signedOn: "2025-12-01", expiresOn: "2026-11-30" });
    const statusAt = async (instant: string, zone: string) => {
      setClock(instant);
      process.env.PACTA_TIME_ZONE = zone;
      const rows = (await listAgreements(parseListParams({ q: "Ends on 30 November" }), { database: t.db })).rows;
      const active = (await listAgreements(parseListParams({ status: "ACTIVE", q: "Ends on 30 November" }), { database: t.db })).total;
      const expired = (await listAgreements(parseListParams({ status: "EXPIRED", q: "Ends on 30 November" }), { database: t.db })).total;
      return `${rows.find((r) => r.reference === reference)?.status} ${active}/${expired}`;
    };
    expect(await statusAt("2026-11-30T15:59:00Z", "Asia/Shanghai")).toBe("ACTIVE 1/0");
    expect(await statusAt("2026-11-30T16:00:00Z", "Asia/Shanghai")).toBe("EXPIRED 0/1");
    expect(await statusAt("2026-12-01T07:59:00Z", "America/Los_Angeles")).toBe("ACTIVE 1/0");
    expect(await statusAt("2026-12-01T08:00:00Z", "America/Los_Angeles")).toBe("EXPIRED 0/1");
  });

  it("tells subscribed calendars that a date moved (SEQUENCE, LAST-MODIFIED) and drops agreements that stopped running", async () => {
    setClock("2026-11-30T12:00:00Z");
    const viewer = await createUser(t.db, "VIEWER");
    const { result } = await executeCommand(userCommands.regenerateCalendarToken as Command<never, { token: string }>, viewer, {}, t.db);
    if (result.status !== "success") throw new Error(JSON.stringify(result));
    const token = result.data.token;
    const feed = async (instant: string) => {
      setClock(instant);
      return ((await calendarFeed(t.db, token, "https://pacta.example.edu")) ?? "").replace(/\r?\n[ \t]/g, "");
    };
    const eventOf = (text: string, uid: string) => text.split("BEGIN:VEVENT").find((e) => e.includes(`UID:${uid}`)) ?? "";
    const monthly = (await byTitle("Monthly tacit renewal from 31 January")).reference;

    const before = eventOf(await feed("2026-12-15T12:00:00Z"), `${monthly}-ends@pacta`);
    expect(before).toContain("DTSTART;VALUE=DATE:20261231");
    expect(before).toMatch(/SEQUENCE:1\b/);
    const after = eventOf(await feed("2027-01-02T12:00:00Z"), `${monthly}-ends@pacta`);
    expect(after).toContain("DTSTART;VALUE=DATE:20270131");
    expect(after).toMatch(/SEQUENCE:2\b/);
    expect(after).toContain("LAST-MODIFIED:20270102T120000Z");
    // "Ends on 30 November" stopped running: it is no longer in the feed.
    const ended = (await byTitle("Ends on 30 November")).reference;
    expect(await feed("2027-01-02T12:00:00Z")).not.toContain(`UID:${ended}-ends@pacta`);
  });

  it("counts a rolling agreement as running on the dashboard, and reminds of its running period's notice deadline", async () => {
    // 2027-05-10: the tacit renewal's notice deadline (2027-07-02) is 53 days ahead; its stored period is still current.
    setClock("2027-05-10T09:00:00Z");
    const figures = await dashboardFigures({ database: t.db });
    const tacit = await byTitle("Tacit renewal, first term over");
    const within = (days: number) => figures.windows.find((w) => w.days === days)!.notice;
    expect(within(90) - within(30)).toBeGreaterThanOrEqual(1);
    expect(figures.statusCounts.EXPIRED).toBe(await t.db.agreement.count({ where: { status: "ACTIVE", rollsOver: false, endsOn: { lt: new Date("2027-05-10") } } }));

    const reader = await createUser(t.db, "VIEWER");
    await t.db.user.update({ where: { id: reader.id }, data: { reminderScope: "ALL", reminderDays: "90,30" } });
    await runReminderJob(t.db, { mailer: null, log: () => {} });
    const reminders = await t.db.reminder.findMany({ where: { userId: reader.id, agreement: { reference: tacit.reference } }, select: { kind: true, dueOn: true, daysBefore: true } });
    expect(reminders.map((r) => `${r.kind} ${iso(r.dueOn)} ${r.daysBefore}`)).toEqual(["NOTICE 2027-07-02 90"]);
  });

  it("moves periods on at the first page of a new day, and only once that day", async () => {
    // 1 June 2027: the monthly one rolled over overnight (its stored end is 31 May, from the test before).
    const statements: string[] = [];
    const counted = createPrismaClient(t.url, { onQuery: (sql) => statements.push(sql) });
    try {
      expect(iso((await byTitle("Monthly tacit renewal from 31 January")).endsOn)).toBe("2027-05-31");
      await keepRunningPeriodsCurrent(counted, new Date("2027-06-01T00:10:00Z"));
      const monthly = await byTitle("Monthly tacit renewal from 31 January");
      expect({ end: iso(monthly.endsOn), notice: iso(monthly.noticeDeadline) }).toEqual({ end: "2027-06-30", notice: "2027-06-20" });
      statements.length = 0;
      await keepRunningPeriodsCurrent(counted, new Date("2027-06-01T18:00:00Z"));
      expect(statements, "the rest of the day costs nothing").toEqual([]);
      await keepRunningPeriodsCurrent(counted, new Date("2027-07-01T00:10:00Z"));
      expect(iso((await byTitle("Monthly tacit renewal from 31 January")).endsOn)).toBe("2027-07-31");
    } finally {
      await counted.$disconnect();
    }
  });
});
