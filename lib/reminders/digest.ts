// The text of a user's reminder digest.
import { daysUntil, formatReminderDays, parseReminderDays } from "./windows";
import { DEFAULT_REMINDER_DAYS } from "./schema";
import type { Mail } from "./mailer";
import type { ReminderKind } from "../enumerations";
import { formatPartialDate } from "../dates/partial-date";
import { chooseLocale } from "../i18n/locales";
import { translatorFor, type Translator } from "../i18n/translator";
import { oneLine } from "../text/controls";

export interface DigestReminder {
  reference: string;
  title: string;
  kind: ReminderKind;
  dueOn: Date;
}

/** A digest lists this many reminders; the Reminders page has the rest. */
export const DIGEST_MAX_LINES = 100;

/** "ends on 2 January 2025 (in 30 days)", "notice must be given by 3 October 2024 (today)", in the translator's language. */
export function reminderSentence(reminder: { kind: ReminderKind; dueOn: Date }, now: Date, t: Translator = translatorFor()): string {
  const date = formatPartialDate(reminder.dueOn, "DAY", t("meta.intlLocale"));
  const when = t("reminders.when", { days: daysUntil(reminder.dueOn, now) });
  return t(reminder.kind === "END" ? "reminders.ends" : "reminders.notice", { date, when });
}

export function digestFor(
  user: { email: string; name: string; reminderScope: string; reminderDays: string; locale?: string | null },
  reminders: DigestReminder[],
  now: Date,
  baseUrl: string,
): Mail {
  // The e-mail goes out in the language the person chose on their account (no browser to ask).
  const t = translatorFor(chooseLocale({ user: user.locale }));
  const agreements = new Set(reminders.map((r) => r.reference)).size;
  const lines = reminders
    .slice(0, DIGEST_MAX_LINES)
    // A title is one line of plain text here: a line break in it must not start a line of its own.
    .map((r) => `- ${oneLine(r.reference)} ${oneLine(r.title)}: ${reminderSentence(r, now, t)}\n  ${baseUrl}/agreements/${encodeURIComponent(r.reference)}`);
  if (reminders.length > DIGEST_MAX_LINES) lines.push(t("reminders.digest.more", { count: reminders.length - DIGEST_MAX_LINES, url: `${baseUrl}/reminders` }));
  const days = formatReminderDays(parseReminderDays(user.reminderDays) ?? DEFAULT_REMINDER_DAYS);
  return {
    to: user.email,
    subject: t("reminders.digest.subject", { count: agreements }),
    text: [
      t("reminders.digest.hello", { name: oneLine(user.name) }),
      "",
      t("reminders.digest.intro"),
      "",
      ...lines,
      "",
      t("reminders.digest.settings", { scope: user.reminderScope, days, url: `${baseUrl}/profile` }),
      t("reminders.digest.all", { url: `${baseUrl}/reminders` }),
      "",
    ].join("\n"),
  };
}
