// The text of a user's reminder digest.
import { daysUntil, formatReminderDays, parseReminderDays } from "./windows";
import { DEFAULT_REMINDER_DAYS } from "./schema";
import type { Mail } from "./mailer";

export interface DigestReminder {
  reference: string;
  title: string;
  kind: "END" | "NOTICE";
  dueOn: Date;
}

/** A digest lists this many reminders; the Reminders page has the rest. */
export const DIGEST_MAX_LINES = 100;

const day = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** "ends on 2 January 2025 (in 30 days)", "notice must be given by 3 October 2024 (today)". */
export function reminderSentence(reminder: { kind: "END" | "NOTICE"; dueOn: Date }, now: Date): string {
  const left = daysUntil(reminder.dueOn, now);
  const when = left === 0 ? "today" : left === 1 ? "tomorrow" : `in ${left} days`;
  return reminder.kind === "END" ? `ends on ${day.format(reminder.dueOn)} (${when})` : `notice must be given by ${day.format(reminder.dueOn)} (${when})`;
}

export function digestFor(
  user: { email: string; name: string; reminderScope: string; reminderDays: string },
  reminders: DigestReminder[],
  now: Date,
  baseUrl: string,
): Mail {
  const agreements = new Set(reminders.map((r) => r.reference)).size;
  const lines = reminders
    .slice(0, DIGEST_MAX_LINES)
    .map((r) => `- ${r.reference} ${r.title}: ${reminderSentence(r, now)}\n  ${baseUrl}/agreements/${encodeURIComponent(r.reference)}`);
  if (reminders.length > DIGEST_MAX_LINES) lines.push(`- and ${reminders.length - DIGEST_MAX_LINES} more: ${baseUrl}/reminders`);
  const which = user.reminderScope === "ALL" ? "all agreements" : "the agreements you own";
  const days = formatReminderDays(parseReminderDays(user.reminderDays) ?? DEFAULT_REMINDER_DAYS);
  return {
    to: user.email,
    subject: `Pacta: ${agreements === 1 ? "1 agreement needs" : `${agreements} agreements need`} attention`,
    text: [
      `Hello ${user.name},`,
      "",
      "These agreements reach an end date or a notice deadline soon:",
      "",
      ...lines,
      "",
      `You receive these reminders for ${which}, ${days} days ahead. Change this on your profile: ${baseUrl}/profile`,
      `All your reminders: ${baseUrl}/reminders`,
      "",
    ].join("\n"),
  };
}
