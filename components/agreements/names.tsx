import { useLocale } from "next-intl";
import { namesInOrder, type Names } from "@/lib/i18n/names";

/**
 * A name in both scripts, the reader's first, the other after it in smaller type. `primary` wraps the first name
 * (a link, say); `fallback` stands in when neither name is known.
 */
export function BilingualName({
  names,
  fallback = "",
  primary = (text) => text,
  secondaryClassName = "block text-xs text-slate-500",
}: {
  names: Names;
  fallback?: string;
  primary?: (text: string) => React.ReactNode;
  secondaryClassName?: string;
}) {
  const [first, second] = namesInOrder(useLocale(), names);
  return (
    <>
      {primary(first || fallback)}
      {second && <span className={secondaryClassName}>{second}</span>}
    </>
  );
}
