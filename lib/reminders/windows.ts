// When a reminder is due: each user names how many days ahead they want to hear of an end
// date or a notice deadline ("180,90,30"). A date 50 days away has crossed 180 and 90: one
// reminder, for the nearest (90), so a user who joins late is not sent a pile of stale ones.
import { daysBetween } from "../dates/calendar-day";
import { institutionToday } from "../dates/institution-time";

export const REMINDER_DAYS_LIMITS = { count: 6, max: 730 };

/** "180, 90,30" → [180, 90, 30] (largest first, no repeats); null when it is not such a list. */
export function parseReminderDays(text: string): number[] | null {
  const parts = text.split(/[\s,;]+/).filter(Boolean);
  if (parts.length === 0 || parts.length > REMINDER_DAYS_LIMITS.count) return null;
  const days = parts.map(Number);
  if (days.some((d) => !Number.isInteger(d) || d < 1 || d > REMINDER_DAYS_LIMITS.max)) return null;
  return [...new Set(days)].sort((a, b) => b - a);
}

export const formatReminderDays = (days: number[]) => days.join(", ");

/** Whole days from today (the day `now` falls on in the institution's zone) to the stored day `due`: 0 on the day itself. */
export function daysUntil(due: Date, now: Date): number {
  return daysBetween(institutionToday(now), due);
}

/** The reminder due for a date `due`, today: the nearest of the user's thresholds it has crossed, if any. */
export function reminderThreshold(due: Date, now: Date, thresholds: number[]): number | null {
  const left = daysUntil(due, now);
  if (left < 0) return null;
  const crossed = thresholds.filter((t) => left <= t);
  return crossed.length > 0 ? Math.min(...crossed) : null;
}
