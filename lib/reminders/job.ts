// The daily reminder job (started with the server; also `npm run reminders` for cron):
//  1. finds, for every active user who wants reminders, the end dates and notice deadlines
//     of running agreements that crossed one of the user's thresholds, and records each
//     reminder once (a unique key: the same reminder is never found twice);
//  2. sends each user one digest of the reminders not yet delivered, at most one a day:
//     by e-mail when a mail server is configured, otherwise to the server log. The app
//     lists the reminders either way, so none is silently lost.
// Several server processes may run it at once: a digest's reminders are claimed in one
// update before sending, so only one process sends them.
import { randomBytes } from "node:crypto";
import { refreshRunningPeriods } from "../agreements/running-period-refresh";
import { addDays } from "../dates/calendar-day";
import { institutionDayStart, institutionToday, now as currentInstant } from "../dates/institution-time";
import type { Database } from "../prisma-client";
import type { ReminderKind } from "../enumerations";
import { digestFor, type DigestReminder } from "./digest";
import { mailerFromEnvironment, type Mailer } from "./mailer";
import { DEFAULT_REMINDER_DAYS } from "./schema";
import { parseReminderDays, reminderThreshold } from "./windows";
import { oneLine } from "../text/controls";
import { agreementNameSelect } from "../agreements/label";
import { chooseLocale } from "../i18n/locales";
import { agreementNameIn } from "../agreements/label-text";


export interface ReminderJobOptions {
  now?: Date;
  mailer?: Mailer | null;
  /** The address people reach Pacta at, for the links in the digest. */
  baseUrl?: string;
  log?: (line: string) => void;
}

export interface ReminderJobResult {
  found: number;
  digests: { to: string; reminders: number; by: "email" | "log" }[];
}

export async function runReminderJob(db: Database, options: ReminderJobOptions = {}): Promise<ReminderJobResult> {
  const now = options.now ?? currentInstant();
  const mailer = options.mailer === undefined ? mailerFromEnvironment() : options.mailer;
  const baseUrl = (options.baseUrl ?? process.env.NEXTAUTH_URL ?? process.env.PACTA_PUBLIC_URL ?? "http://localhost:3000").replace(/\/$/, "");
  const log = options.log ?? ((line: string) => console.log(line));
  // Running periods that rolled over since the last run: their next end and deadline are what reminders are about.
  await refreshRunningPeriods(db, now);
  const found = await recordDueReminders(db, now);
  const digests = await deliverDigests(db, now, mailer, baseUrl, log);
  return { found, digests };
}

async function recordDueReminders(db: Database, now: Date): Promise<number> {
  const today = institutionToday(now);
  const users = await db.user.findMany({
    where: { active: true, reminderScope: { not: "NONE" } },
    select: { id: true, reminderScope: true, reminderDays: true },
  });
  if (users.length === 0) return 0;
  const thresholdsOf = new Map(users.map((user) => [user.id, parseReminderDays(user.reminderDays) ?? DEFAULT_REMINDER_DAYS]));
  // Only what some user wants to hear of: up to the largest number of days anyone chose.
  const horizonDays = Math.max(...[...thresholdsOf.values()].map((days) => Math.max(...days)));
  const horizon = addDays(today, horizonDays);
  const agreements = await db.agreement.findMany({
    where: {
      archived: false,
      status: "ACTIVE",
      OR: [{ endsOn: { gte: today, lte: horizon } }, { noticeDeadline: { gte: today, lte: horizon } }],
    },
    select: { id: true, ownerId: true, endsOn: true, noticeDeadline: true },
  });

  let created = 0;
  for (const user of users) {
    const thresholds = thresholdsOf.get(user.id)!;
    const due: { userId: string; agreementId: string; kind: ReminderKind; dueOn: Date; daysBefore: number }[] = [];
    for (const agreement of agreements) {
      if (user.reminderScope === "OWNED" && agreement.ownerId !== user.id) continue;
      for (const [kind, date] of [["END", agreement.endsOn], ["NOTICE", agreement.noticeDeadline]] as const) {
        const daysBefore = date && date >= today ? reminderThreshold(date, now, thresholds) : null;
        if (daysBefore !== null) due.push({ userId: user.id, agreementId: agreement.id, kind, dueOn: date!, daysBefore });
      }
    }
    if (due.length === 0) continue;
    // The user's reminders still ahead: any due one found before is among them (no list of ids, which a
    // large register would make longer than a query may be).
    const known = await db.reminder.findMany({
      where: { userId: user.id, dueOn: { gte: today } },
      select: { agreementId: true, kind: true, dueOn: true, daysBefore: true },
    });
    const key = (r: { agreementId: string; kind: string; dueOn: Date; daysBefore: number }) => `${r.agreementId}|${r.kind}|${r.dueOn.getTime()}|${r.daysBefore}`;
    const seen = new Set(known.map(key));
    const fresh = due.filter((r) => !seen.has(key(r)));
    if (fresh.length === 0) continue;
    try {
      created += (await db.reminder.createMany({ data: fresh })).count;
    } catch (error) {
      // Another process recorded them a moment ago (the unique key): they are recorded.
      if ((error as { code?: string }).code !== "P2002") throw error;
    }
  }
  return created;
}

async function deliverDigests(db: Database, now: Date, mailer: Mailer | null, baseUrl: string, log: (line: string) => void) {
  // Recorded instants compare with the instant the institution's day began.
  const today = institutionDayStart(now);
  const pending = await db.reminder.groupBy({ by: ["userId"], where: { deliveredAt: null, user: { active: true, reminderScope: { not: "NONE" } } } });
  const delivered: ReminderJobResult["digests"] = [];
  for (const { userId } of pending) {
    // One digest a day: what is found after today's went out waits for tomorrow's.
    if (await db.reminder.findFirst({ where: { userId, deliveredAt: { gte: today } }, select: { id: true } })) continue;
    const claim = `claim:${randomBytes(8).toString("hex")}`;
    await db.reminder.updateMany({ where: { userId, deliveredAt: null }, data: { deliveredAt: now, deliveredBy: claim } });
    const claimed = await db.reminder.findMany({
      where: { deliveredBy: claim },
      orderBy: [{ dueOn: "asc" }, { kind: "asc" }],
      select: { kind: true, dueOn: true, daysBefore: true, agreement: { select: agreementNameSelect }, user: { select: { email: true, name: true, reminderScope: true, reminderDays: true, locale: true } } },
    });
    if (claimed.length === 0) continue;
    const { user } = claimed[0];
    // An untitled agreement is named by its label (type and partners) in the person's language.
    const locale = chooseLocale({ user: user.locale });
    const reminders: DigestReminder[] = claimed.map((r) => ({ reference: r.agreement.reference, title: agreementNameIn(r.agreement, locale).text, kind: r.kind, dueOn: r.dueOn }));
    const mail = digestFor(user, reminders, now, baseUrl);
    const by = mailer ? "email" : "log";
    try {
      if (mailer) await mailer.send(mail);
      else log(`[pacta] reminder digest (no mail server configured, SMTP_URL is not set) to ${mail.to}: ${mail.subject}\n${mail.text}`);
    } catch (error) {
      // Not sent: release them for the next run.
      await db.reminder.updateMany({ where: { deliveredBy: claim }, data: { deliveredAt: null, deliveredBy: null } });
      log(`[pacta] the reminder digest to ${mail.to} could not be sent; it is tried again at the next run: ${oneLine(error instanceof Error ? error.message : String(error))}`);
      continue;
    }
    await db.reminder.updateMany({ where: { deliveredBy: claim }, data: { deliveredBy: by } });
    delivered.push({ to: user.email, reminders: claimed.length, by });
  }
  return delivered;
}
