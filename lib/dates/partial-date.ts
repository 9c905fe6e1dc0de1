// Dates that people enter are often partial: "2010", "January 2020", "3 January 2020".
// A partial date is stored as the first instant (UTC) of its period plus a precision;
// it is never shown, compared or exported with more detail than it has.

import { DATE_PRECISIONS, type DatePrecision } from "../enumerations";

export { DATE_PRECISIONS, type DatePrecision };

export interface PartialDate {
  date: Date;
  precision: DatePrecision;
}

const ISO_PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Builds a partial date from its known parts; a day without a month is refused. */
export function partialDate(year: number, month?: number, day?: number): PartialDate {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new RangeError(`year out of range: ${year}`);
  if (day !== undefined && month === undefined) throw new RangeError("a day needs a month");
  if (month !== undefined && (!Number.isInteger(month) || month < 1 || month > 12)) {
    throw new RangeError(`month out of range: ${month}`);
  }
  const date = new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1));
  if (day !== undefined && date.getUTCDate() !== day) throw new RangeError(`no such day: ${year}-${month}-${day}`);
  return { date, precision: day !== undefined ? "DAY" : month !== undefined ? "MONTH" : "YEAR" };
}

/** Parses "2019", "2019-05" or "2019-05-03"; returns null for anything else. */
export function parsePartialDate(text: string): PartialDate | null {
  const match = ISO_PARTIAL.exec(text.trim());
  if (!match) return null;
  const [, year, month, day] = match;
  try {
    return partialDate(Number(year), month ? Number(month) : undefined, day ? Number(day) : undefined);
  } catch {
    return null;
  }
}

/** Drops whatever the precision does not know (a YEAR date is 1 January of that year). */
export function truncateToPrecision(date: Date, precision: DatePrecision): Date {
  const year = date.getUTCFullYear();
  if (precision === "YEAR") return new Date(Date.UTC(year, 0, 1));
  if (precision === "MONTH") return new Date(Date.UTC(year, date.getUTCMonth(), 1));
  return new Date(Date.UTC(year, date.getUTCMonth(), date.getUTCDate()));
}

/** "2020-01-03", "2020-01" or "2020". */
export function toIsoPartial(date: Date, precision: DatePrecision): string {
  const iso = truncateToPrecision(date, precision).toISOString();
  return precision === "YEAR" ? iso.slice(0, 4) : precision === "MONTH" ? iso.slice(0, 7) : iso.slice(0, 10);
}

const FORMATS: Record<DatePrecision, Intl.DateTimeFormatOptions> = {
  DAY: { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" },
  MONTH: { month: "long", year: "numeric", timeZone: "UTC" },
  YEAR: { year: "numeric", timeZone: "UTC" },
};

// Building an Intl.DateTimeFormat costs far more than formatting with one (a list page
// of 25 rows spent 11 ms on it), so each locale and precision gets one, kept.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(locale: string, precision: DatePrecision) {
  const key = `${locale}|${precision}`;
  let formatter = formatters.get(key);
  if (!formatter) formatters.set(key, (formatter = new Intl.DateTimeFormat(locale, FORMATS[precision])));
  return formatter;
}

/** "3 January 2020", "January 2020" or "2020"; an empty string when there is no date. */
export function formatPartialDate(
  date: Date | null | undefined,
  precision: DatePrecision | null | undefined,
  locale = "en-GB",
): string {
  if (!date) return "";
  return formatterFor(locale, precision ?? "DAY").format(date);
}

/**
 * The last day of the period a partial date names: "valid until 2027" runs to
 * 31 December 2027, "until May 2027" to 31 May 2027.
 */
export function lastDayOf(date: Date, precision: DatePrecision): Date {
  const start = truncateToPrecision(date, precision);
  if (precision === "DAY") return start;
  if (precision === "MONTH") return new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 0));
  return new Date(Date.UTC(start.getUTCFullYear(), 11, 31));
}
