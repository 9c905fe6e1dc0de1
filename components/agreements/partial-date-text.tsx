import { useLocale } from "next-intl";
import { formatPartialDate, type DatePrecision } from "@/lib/dates/partial-date";
import { intlLocaleOf } from "@/lib/i18n/locales";

/** A partial date shown at its precision in the reader's language (3 January 2020 / 2020年1月3日), in a <time> element with its ISO value. */
export function PartialDateText({
  value,
  empty = "—",
}: {
  value: { iso: string; precision: DatePrecision; date: Date } | null;
  empty?: string;
}) {
  const locale = useLocale();
  if (!value) return <span className="text-slate-500">{empty}</span>;
  return <time dateTime={value.iso}>{formatPartialDate(value.date, value.precision, intlLocaleOf(locale))}</time>;
}

/** A calendar day given as "YYYY-MM-DD", in the reader's language. */
export function DayText({ iso }: { iso: string }) {
  const locale = useLocale();
  return <time dateTime={iso}>{formatPartialDate(new Date(`${iso}T00:00:00Z`), "DAY", intlLocaleOf(locale))}</time>;
}
