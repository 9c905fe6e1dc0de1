// The reminder job against a real SMTP server on loopback, on both databases: who gets a
// digest, what it lists, that a second run sends nothing new, that opting out is
// respected, and the thresholds of partial dates and notice periods.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { executeCommand } from "@/lib/actions/command";
import type { CurrentUser } from "@/lib/auth/current-user-type";
import { runReminderJob } from "@/lib/reminders/job";
import { mailerFromEnvironment, type Mailer } from "@/lib/reminders/mailer";
import { reminderCommands } from "@/lib/reminders/commands";
import { seedArticle } from "@/prisma/seed/article-seed";
import { PROVIDERS, createTestDatabase, type TestDatabase } from "../support/databases";
import { createTestAgreement, createUser } from "../support/factories";
import { startSmtpServer, type ReceivedMail } from "../support/smtp";

let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let mailer: Mailer;
let received: ReceivedMail[];

beforeAll(async () => {
  smtp = await startSmtpServer();
  received = smtp.received;
  mailer = mailerFromEnvironment({ SMTP_URL: `smtp://127.0.0.1:${smtp.port}`, PACTA_MAIL_FROM: "Pacta <pacta@example.edu>" })!;
});
afterAll(() => smtp?.close());

const at = (iso: string) => new Date(`${iso}T08:00:00Z`);

describe.each(PROVIDERS)("reminders on %s", (provider) => {
  let t: TestDatabase;
  let editor: CurrentUser;
  let owner: CurrentUser;
  let watcher: CurrentUser;
  let optedOut: CurrentUser;
  let owned: string;
  let monthOnly: string;
  const job = (now: Date, withMailer: Mailer | null = mailer, log?: (line: string) => void) =>
    runReminderJob(t.db, { now, mailer: withMailer, baseUrl: "https://pacta.example.edu", log });
  const BASE_URL = "https://pacta.example.edu";
  const settings = (user: CurrentUser, scope: string, days: string) =>
    executeCommand(reminderCommands.updateReminderSettings, user, { scope, days }, t.db).then((r) => expect(r.result.status).toBe("success"));

  beforeAll(async () => {
    t = await createTestDatabase(provider);
    await seedArticle(t.db);
    editor = await createUser(t.db, "EDITOR");
    owner = await createUser(t.db, "EDITOR");
    watcher = await createUser(t.db, "VIEWER");
    optedOut = await createUser(t.db, "VIEWER");
    await settings(owner, "OWNED", "180, 90, 30");
    await settings(watcher, "ALL", "60");
    await settings(optedOut, "NONE", "30");
    // Ends 19 April 2030; with 30 days' notice, notice must be given by 20 March 2030.
    owned = (await createTestAgreement(t.db, editor, { status: "ACTIVE", title: "Joint Laboratory Agreement", expiresOn: "2030-04-19", noticePeriodDays: 30, ownerId: owner.id })).reference;
    // Known only to the month: it runs to the end of May 2030.
    monthOnly = (await createTestAgreement(t.db, editor, { status: "ACTIVE", title: "Summer School Agreement", expiresOn: "2030-05" })).reference;
  });
  afterAll(async () => t?.drop());
  beforeEach(() => void (received.length = 0));

  it("sends each user one digest of what crossed their thresholds, and nothing to a user who opted out", async () => {
    const result = await job(at("2030-03-10"));
    // Owner: end in 40 days (crossed 90), notice in 10 (crossed 30). Watcher: both within 60.
    expect(result.found).toBe(4);
    expect(received.map((r) => r.to).sort()).toEqual([[owner.email], [watcher.email]].sort());
    const toOwner = received.find((r) => r.to[0] === owner.email)!.mail;
    expect(toOwner.subject).toBe("Pacta: 1 agreement needs attention");
    expect(toOwner.from?.value[0]).toMatchObject({ name: "Pacta", address: "pacta@example.edu" });
    expect(toOwner.text).toContain(`${owned} Joint Laboratory Agreement: notice must be given by 20 March 2030 (in 10 days)`);
    expect(toOwner.text).toContain(`${owned} Joint Laboratory Agreement: ends on 19 April 2030 (in 40 days)`);
    expect(toOwner.text).toContain(`https://pacta.example.edu/agreements/${owned}`);
    expect(toOwner.text).not.toContain(monthOnly);
    const toWatcher = received.find((r) => r.to[0] === watcher.email)!.mail;
    expect(toWatcher.text).toContain("You receive these reminders for all agreements, 60 days ahead.");
    expect(toWatcher.text).not.toContain(monthOnly); // 82 days away
    expect(await t.db.reminder.count({ where: { userId: optedOut.id } })).toBe(0);
    expect(await t.db.reminder.count({ where: { deliveredBy: "email" } })).toBe(4);
  });

  it("sends nothing new when run again, the same day or the next", async () => {
    expect(await job(at("2030-03-10"))).toEqual({ found: 0, digests: [] });
    expect(await job(at("2030-03-11"))).toEqual({ found: 0, digests: [] });
    expect(received).toHaveLength(0);
  });

  it("reminds again as a nearer threshold is reached, and counts a month-precision end to the month's last day", async () => {
    // 29 days before the end: the owner's 30-day reminder; the watcher already had the 60-day one.
    const nearer = await job(at("2030-03-21"));
    expect(nearer.digests).toEqual([{ to: owner.email, reminders: 1, by: "email" }]);
    expect(received[0].mail.text).toContain("ends on 19 April 2030 (in 29 days)");

    // 31 May 2030 is 60 days after 1 April: the watcher's threshold for the month-only agreement.
    received.length = 0;
    const monthEnd = await job(at("2030-04-01"));
    expect(monthEnd.digests).toEqual([{ to: watcher.email, reminders: 1, by: "email" }]);
    expect(received[0].mail.text).toContain(`${monthOnly} Summer School Agreement: ends on 31 May 2030 (in 60 days)`);
    expect(await job(at("2030-03-31"))).toMatchObject({ found: 0 });
  });

  it("without a mail server writes the digest to the log, keeps it for the app, and sends it once", async () => {
    const later = await createTestAgreement(t.db, editor, { status: "ACTIVE", title: "Visiting Scholars Agreement", expiresOn: "2030-06-30", ownerId: owner.id });
    const lines: string[] = [];
    const result = await job(at("2030-06-05"), null, (line) => lines.push(line));
    const byAddress = (a: { to: string }, b: { to: string }) => a.to.localeCompare(b.to);
    expect(result.digests.sort(byAddress)).toEqual(
      [
        { to: owner.email, reminders: 1, by: "log" },
        { to: watcher.email, reminders: 1, by: "log" },
      ].sort(byAddress),
    );
    expect(lines.join("\n")).toContain(`reminder digest (no mail server configured, SMTP_URL is not set) to ${owner.email}`);
    expect(lines.join("\n")).toContain(`${later.reference} Visiting Scholars Agreement: ends on 30 June 2030 (in 25 days)`);
    expect(await t.db.reminder.count({ where: { userId: owner.id, deliveredBy: "log" } })).toBe(1);
    expect(received).toHaveLength(0);
    expect((await job(at("2030-06-05"), null, (line) => lines.push(line))).digests).toEqual([]);
  });

  it("copes with a large register: more due agreements than a query may list, one digest of the first hundred", async () => {
    // Another database, so that these agreements stay out of the other tests.
    const large = await createTestDatabase(provider);
    try {
      const everyone = await createUser(large.db, "VIEWER");
      await executeCommand(reminderCommands.updateReminderSettings, everyone, { scope: "ALL", days: "90" }, large.db);
      const count = 1_200;
      await large.db.agreement.createMany({
        data: Array.from({ length: count }, (_, i) => ({
          reference: `AG-2029-${String(i + 1).padStart(4, "0")}`,
          title: `Bulk Agreement ${i + 1}`,
          status: "ACTIVE" as const,
          endsOn: at(`2030-0${1 + (i % 3)}-15`),
        })),
      });
      const lines: string[] = [];
      const first = await runReminderJob(large.db, { now: at("2029-12-20"), mailer: null, baseUrl: BASE_URL, log: (line) => lines.push(line) });
      expect(first.found).toBe(count);
      expect(first.digests).toEqual([{ to: everyone.email, reminders: count, by: "log" }]);
      expect(lines[0].match(/^- AG-2029-/gm)).toHaveLength(100);
      expect(lines[0]).toContain(`- and ${count - 100} more: https://pacta.example.edu/reminders`);
      expect(await runReminderJob(large.db, { now: at("2029-12-21"), mailer: null, log: (line) => lines.push(line) })).toEqual({ found: 0, digests: [] });
    } finally {
      await large.drop();
    }
  });

  it("sends a second digest the same day no sooner than the next day", async () => {
    const fresh = await createTestAgreement(t.db, editor, { status: "ACTIVE", title: "Library Exchange Agreement", expiresOn: "2030-06-20", ownerId: owner.id });
    // The owner had a digest on 5 June (the previous test): the new reminder waits for the 6th.
    const sameDay = await job(at("2030-06-05"));
    expect(sameDay.found).toBeGreaterThan(0);
    expect(sameDay.digests.map((d) => d.to)).not.toContain(owner.email);
    const nextDay = await job(at("2030-06-06"));
    expect(nextDay.digests.find((d) => d.to === owner.email)).toBeDefined();
    expect(received.find((r) => r.to[0] === owner.email)?.mail.text).toContain(fresh.reference);
  });
});
