// Dates a register gives as approximate: "about 2010", "ca. 2010", "~2010", "约2010年",
// "2010年左右". The date itself is read by the one typed-date reader (typed-date.ts); this file
// only recognises the words that say it is approximate, and writes an approximate date back in
// a form that both languages' readers take (an export imports as it is).
import { toIsoPartial, type PartialDate } from "./partial-date";
import { parseTypedDate, type TypedDate } from "./typed-date";

// Whole words before the date. "c." needs its dot ("c 2010" could be a column letter); "before",
// "after", "by", "since" and "early" are bounds or parts of a period, not approximations, and are
// not read. Chinese: 约, 大约, 大概, 约莫 before; 左右, 前后 after.
const BEFORE = /^(?:about|around|approximately|approx\.?|circa|ca\.?|c\.|~|大约|大概|约莫|约)\s*/i;
const AFTER = /\s*(?:左右|前后)$/;

export type ApproximateTypedDate = TypedDate & { approximate: boolean };

/**
 * Reads a date typed in a cell, approximate or not: "about 2010" is the year 2010, approximate;
 * "2010" is 2010, exact. The date after the words is read by parseTypedDate, refusals included
 * ("about 5/3/19" is still ambiguous). Text full-width or in any case reads the same (NFKC).
 * Not approximate, and refused as dates when nothing else reads them: "before 2010", "by 2010",
 * "2010?", "2010s", "约定2010年" (约 beginning another word).
 */
export function parseApproximateDate(text: string): ApproximateTypedDate {
  const value = text.normalize("NFKC").trim();
  const rest = value.replace(BEFORE, "").replace(AFTER, "");
  const approximate = rest !== value && rest !== "";
  // "约定2010年": the marker was the start of another word, so what remains is not a date.
  return { ...parseTypedDate(approximate ? rest : value), approximate };
}

/** The word an export writes before an approximate date (also as quoted text in an Excel date format). */
export const approximateWord = (language: "en" | "zh-CN") => (language === "en" ? "about " : "约");

/**
 * An approximate date as an export writes it, read back by parseApproximateDate in either
 * language: "about 2010", "about 2010-05" (English), "约2010年", "约2010年5月", "约2010年5月3日" (Chinese).
 */
export function approximateDateText(date: PartialDate, language: "en" | "zh-CN"): string {
  const iso = toIsoPartial(date.date, date.precision);
  if (language === "en") return `${approximateWord("en")}${iso}`;
  const [year, month, day] = iso.split("-").map(Number);
  return `约${year}年${month ? `${month}月` : ""}${day ? `${day}日` : ""}`;
}
