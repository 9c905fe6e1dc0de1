// The institution's time zone and "today" in it. Every "today" in Pacta (effective status,
// the list's and the dashboard's windows, reminders, digests, the calendar, exports) is the
// calendar day in PACTA_TIME_ZONE, not in UTC and not in the server's zone when they differ.
import { Temporal, fromPlainDate } from "./calendar-day";

/** True when `name` is a time zone the IANA database knows ("Europe/Berlin", "UTC"). */
export function isTimeZone(name: string): boolean {
  if (!name || name.trim() !== name) return false;
  try {
    Temporal.Instant.fromEpochMilliseconds(0).toZonedDateTimeISO(name);
    return true;
  } catch {
    return false;
  }
}

// Asked once for each row of an export or an import (every "today"): building an
// Intl.DateTimeFormat or checking a zone costs far more than the answer, so each is
// remembered for the value (TZ, PACTA_TIME_ZONE) it was worked out from.
let serverZone: { tz: string | undefined; zone: string } | null = null;
let checkedZone: string | null = null;

/** The server's own zone, the default when PACTA_TIME_ZONE is not set. */
export function serverTimeZone(): string {
  const tz = process.env.TZ;
  if (!serverZone || serverZone.tz !== tz) serverZone = { tz, zone: Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC" };
  return serverZone.zone;
}

/**
 * The institution's zone: PACTA_TIME_ZONE (an IANA name), else the server's zone.
 * Throws a RangeError naming the value when it is not a known zone (the start script
 * checks it first and stops with that message).
 */
export function institutionTimeZone(env: Record<string, string | undefined> = process.env): string {
  const configured = env.PACTA_TIME_ZONE?.trim();
  if (!configured) return serverTimeZone();
  if (configured === checkedZone) return configured;
  if (!isTimeZone(configured)) {
    throw new RangeError(`PACTA_TIME_ZONE="${configured}" is not a time zone name such as "Europe/Berlin" or "Asia/Shanghai".`);
  }
  checkedZone = configured;
  return configured;
}

/**
 * The present instant. Outside production a test may set PACTA_CLOCK_FILE to a file holding
 * an ISO instant ("2027-08-31T23:59:00Z"), read on every call, so that end-to-end tests move
 * the clock without sleeping or restarting the server. Production ignores it: only the
 * process's environment can set it, never a request, and a production server keeps real time.
 */
export function now(env: Record<string, string | undefined> = process.env): Date {
  const clockFile = env.PACTA_CLOCK_FILE;
  if (clockFile && (env.NODE_ENV !== "production" || env.PACTA_ALLOW_TEST_CLOCK === "1")) {
    // Loaded only here, at run time: modules that import this one (the agreement schema) also reach browser bundles.
    const text = process.getBuiltinModule("node:fs").readFileSync(clockFile, "utf8").trim();
    const instant = new Date(text);
    if (Number.isNaN(instant.getTime())) throw new RangeError(`PACTA_CLOCK_FILE holds no instant: "${text}"`);
    return instant;
  }
  return new Date();
}

/**
 * THE "today" of the register: the calendar day that `at` falls on in the institution's
 * zone, as a stored date (the first instant, UTC, of that day). 2026-11-30T17:00Z is
 * 2026-12-01 in Asia/Shanghai and 2026-11-30 in America/Los_Angeles.
 */
export function institutionToday(at: Date = now(), timeZone: string = institutionTimeZone()): Date {
  // Asked for every row of an export or an import, each time with a new instant: the day last
  // worked out is kept with the instants it spans (Temporal's zone arithmetic costs ~0.1 ms).
  const ms = at.getTime();
  if (!lastToday || lastToday.timeZone !== timeZone || !(ms >= lastToday.from && ms < lastToday.until)) {
    const zoned = Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(timeZone);
    const day = zoned.toPlainDate();
    lastToday = {
      timeZone,
      from: zoned.startOfDay().epochMilliseconds,
      until: day.add({ days: 1 }).toZonedDateTime(timeZone).startOfDay().epochMilliseconds,
      day: fromPlainDate(day),
    };
  }
  return new Date(lastToday.day);
}
/** The last day worked out, and the instants [from, until) in its zone that fall on it (in ms). */
let lastToday: { timeZone: string; from: number; until: number; day: Date } | null = null;

/**
 * The instant today began in the institution's zone (for comparing with recorded instants,
 * such as when a digest went out): 2026-12-01 in Asia/Shanghai began at 2026-11-30T16:00Z.
 */
export function institutionDayStart(at: Date = now(), timeZone: string = institutionTimeZone()): Date {
  const start = Temporal.Instant.fromEpochMilliseconds(at.getTime()).toZonedDateTimeISO(timeZone).startOfDay();
  return new Date(start.epochMilliseconds);
}

const instantFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * A recorded instant (when something was recorded, uploaded, found) as people read it: its day
 * ("3 January 2020" / "2020年1月3日") or its time ("14:05") in the institution's zone, in `locale`.
 */
export function formatInstant(at: Date, locale: string, part: "date" | "time" = "date", timeZone: string = institutionTimeZone()): string {
  const key = `${locale}|${part}|${timeZone}`;
  let format = instantFormats.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions =
      part === "date" ? { day: "numeric", month: "long", year: "numeric", timeZone } : { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone };
    instantFormats.set(key, (format = new Intl.DateTimeFormat(locale, options)));
  }
  return format.format(at);
}
