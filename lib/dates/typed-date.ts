// Dates that people type into spreadsheet cells, read with their precision, or refused with
// the reason a person can act on: a date that could be read two ways, a day that does not
// exist, an academic year, or something that is not a date at all.
import { partialDate, type PartialDate } from "./partial-date";

export type TypedDateRefusal =
  /** "5/3/19": 5 March or 3 May; both readings are given. */
  | { reason: "ambiguous"; dayFirst: string; monthFirst: string }
  /** "2019-02-29", "31/04/2024": the parts are a date's, but that day is not in the calendar. */
  | { reason: "noSuchDay" }
  /** "2009/10", "2009-2010": an academic (or financial) year, which is not a calendar date. */
  | { reason: "academicYear"; firstYear: number }
  | { reason: "notADate" };

export type TypedDate = { ok: true; date: PartialDate } | ({ ok: false } & TypedDateRefusal);

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const monthNumber = (name: string) => {
  const word = name.toLowerCase().replace(/\.$/, "");
  if (word.length < 3) return undefined;
  const index = MONTHS.findIndex((m) => m.startsWith(word));
  return index >= 0 ? index + 1 : undefined;
};

/**
 * Two-digit years as Excel reads them when they are typed: 00–29 are 2000–2029, 30–99 are
 * 1930–1999 (Microsoft, "How Excel works with two-digit year numbers").
 */
const fullYear = (digits: string) => (digits.length === 4 ? Number(digits) : Number(digits) + (Number(digits) < 30 ? 2000 : 1900));

function build(year: number, month?: number, day?: number): TypedDate {
  if (year < 1000 || year > 9999 || (month !== undefined && (month < 1 || month > 12)) || (day !== undefined && (day < 1 || day > 31))) {
    return { ok: false, reason: "notADate" };
  }
  try {
    return { ok: true, date: partialDate(year, month, day) };
  } catch {
    return { ok: false, reason: "noSuchDay" };
  }
}

const iso = (year: number, month: number, day: number) =>
  `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;

const CHINESE_DIGITS = "〇一二三四五六七八九";
/**
 * A number in Chinese numerals as dates write them: years digit by digit (二〇一九), months and
 * days with 十 for ten (十二, 二十三).
 */
function chineseNumber(numerals: string): string {
  const digit = (c: string) => (c === "零" ? 0 : CHINESE_DIGITS.indexOf(c));
  const ten = numerals.indexOf("十");
  if (ten < 0) return [...numerals].map(digit).join("");
  const tens = ten === 0 ? 1 : digit(numerals[ten - 1]);
  const units = ten === numerals.length - 1 ? 0 : digit(numerals[ten + 1]);
  return String(tens * 10 + units);
}

/**
 * The text in the one form the patterns below read: Unicode NFKC (full-width digits and
 * punctuation become ASCII, the ideographic space a space), spaces collapsed (and dropped around
 * "/" and "." between figures: "２０１９ / ５ / ３"), hyphens (not the en and em dashes of a range) a "-", Chinese numerals before 年月日
 * in figures, English ordinals ("3rd") and the words "the" and "of" ("the 3rd of May") gone.
 */
function normalized(text: string): string {
  let value = text.normalize("NFKC").trim().replace(/\s+/g, " ");
  value = value.replace(/(?<=\d) ?([/.]) ?(?=\d)/g, "$1").replace(/[\u2010\u2011\u2212\uFE63]/g, "-");
  if (/年|月|日/.test(value)) value = value.replace(/[〇零一二三四五六七八九十]+(?=[年月日])/g, chineseNumber);
  if (/[A-Za-z]/.test(value)) {
    value = value.replace(/(\d{1,2})(?:st|nd|rd|th)\b/gi, "$1").replace(/^the /i, "").replace(/ of /gi, " ");
  }
  return value;
}

/**
 * Reads a date typed as text, keeping its precision.
 *
 * Accepted: ISO ("2019", "2019-05", "2019-05-03", also "2019-5-3", "20190503" and with a time of
 * day, which is ignored), "2019/05/03" and "2019.05.03", month names in English ("May 2019",
 * "3 May 2019", "May 3, 2019", "Sept. 2019", "3rd of May 2019", "May 3rd, 2019", "Mar-19" as
 * Excel's "mmm-yy" shows March 2019), Chinese ("2019年", "2019年5月", "2019年5月3日", also in
 * Chinese numerals: "二〇一九年五月三日"), a month and year in figures ("3/2019"), and day and
 * month in figures ("13/3/2019", "3.13.19") when only one reading exists. Full-width digits and
 * punctuation (typed with a Chinese or Japanese input method) read as their ASCII forms (Unicode
 * NFKC). Month names in other languages are not read (they are refused as not a date).
 *
 * Refused, with the reason: "5/3/19" where both parts could be the month (`ambiguous`, with both
 * readings as ISO dates); "2019-02-29" or "31/04/2024" (`noSuchDay`); "2009/10" or "2009-2010",
 * "2009–10" (any dash between two years), an academic year, which names no calendar date and is not October 2009 (`academicYear`: the
 * person writes the year or the day it was signed); anything else (`notADate`).
 *
 * @param text the cell's text; surrounding and repeated spaces are ignored.
 */
export function parseTypedDate(text: string): TypedDate {
  const value = normalized(text);
  let m: RegExpExecArray | null;
  // ISO, leading zeros optional ("2019-5-3"), a time of day after it ignored (exports of databases).
  const isoDate = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)?)?$/;
  if ((m = isoDate.exec(value))) return build(Number(m[1]), m[2] ? Number(m[2]) : undefined, m[3] ? Number(m[3]) : undefined);
  // ISO's basic form: "20190503".
  if ((m = /^(\d{4})(\d{2})(\d{2})$/.exec(value))) return build(Number(m[1]), Number(m[2]), Number(m[3]));
  // An academic year: the second year follows the first ("2009/10", "2009/2010", "2009-2010",
  // any dash: "2009–10", "2009—2010").
  if ((m = /^(\d{4}) ?[/\p{Pd}] ?(\d{2}|\d{4})$/u.exec(value))) {
    const first = Number(m[1]);
    const second = Number(m[2]);
    if ((m[2].length === 2 && second === (first + 1) % 100) || (m[2].length === 4 && second === first + 1)) {
      return { ok: false, reason: "academicYear", firstYear: first };
    }
  }
  if ((m = /^(\d{4})[/.](\d{1,2})(?:[/.](\d{1,2}))?$/.exec(value))) return build(Number(m[1]), Number(m[2]), m[3] ? Number(m[3]) : undefined);
  if ((m = /^(\d{4}) ?年(?: ?(\d{1,2}) ?月(?: ?(\d{1,2}) ?日)?)?$/.exec(value))) {
    return build(Number(m[1]), m[2] ? Number(m[2]) : undefined, m[3] ? Number(m[3]) : undefined);
  }
  // A month and its year: "May 2019", "March, 2019", "March-2019"; two digits after a month's name
  // and a hyphen or an apostrophe are its year ("Mar-19", what Excel's "mmm-yy" shows; "Mar '19").
  // "Mar 19" is not read: in English it is as likely the 19th of March, with no year.
  if ((m = /^([A-Za-z]+\.?)(?:,? (\d{4})|-(\d{4}|\d{2})|,? ?'(\d{2}))$/.exec(value))) {
    return monthNumber(m[1]) ? build(fullYear(m[2] ?? m[3] ?? m[4]), monthNumber(m[1])) : { ok: false, reason: "notADate" };
  }
  if ((m = /^(\d{1,2})[ -]([A-Za-z]+\.?),?[ -](\d{4}|\d{2})$/.exec(value))) {
    return monthNumber(m[2]) ? build(fullYear(m[3]), monthNumber(m[2]), Number(m[1])) : { ok: false, reason: "notADate" };
  }
  // A month and year in figures: "3/2019", "03.2019" (the four-digit year leaves one reading).
  if ((m = /^(\d{1,2})[/.\-](\d{4})$/.exec(value))) return build(Number(m[2]), Number(m[1]));
  if ((m = /^([A-Za-z]+\.?) (\d{1,2}),? (\d{4})$/.exec(value))) {
    return monthNumber(m[1]) ? build(Number(m[3]), monthNumber(m[1]), Number(m[2])) : { ok: false, reason: "notADate" };
  }
  // Day and month in figures: the order differs between countries, so it is read only when one
  // of the two cannot be a month.
  if ((m = /^(\d{1,2})([/.\-])(\d{1,2})\2(\d{2}|\d{4})$/.exec(value))) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    const year = fullYear(m[4]);
    if (a === 0 || b === 0) return { ok: false, reason: "notADate" };
    if (a > 12 && b > 12) return { ok: false, reason: "notADate" };
    if (a > 12) return build(year, b, a);
    if (b > 12) return build(year, a, b);
    if (a === b) return build(year, a, b);
    return { ok: false, reason: "ambiguous", dayFirst: iso(year, b, a), monthFirst: iso(year, a, b) };
  }
  return { ok: false, reason: "notADate" };
}
