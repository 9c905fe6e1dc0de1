import { formatPartialDate, type DatePrecision } from "@/lib/dates/partial-date";

/** A partial date shown at its precision, in a <time> element with its ISO value. */
export function PartialDateText({
  value,
  empty = "—",
}: {
  value: { iso: string; precision: DatePrecision; date: Date } | null;
  empty?: string;
}) {
  if (!value) return <span className="text-slate-500">{empty}</span>;
  return <time dateTime={value.iso}>{formatPartialDate(value.date, value.precision)}</time>;
}
