import { useLocale } from "next-intl";
import type { Locale } from "@/lib/i18n/locales";

/** A name in both scripts, the reader's language first: 武汉理工大学 above Wuhan University of Technology in Chinese. */
export function namesInOrder(locale: Locale, names: { name: string | null; localName: string | null }): [string, string | null] {
  const { name, localName } = names;
  if (locale === "zh-CN" && localName) return [localName, name];
  return [name ?? localName ?? "", name ? localName : null];
}

/** The first name on its line and the other below it, smaller. */
export function BilingualName({ names, secondaryClassName = "block text-xs text-slate-500" }: { names: { name: string | null; localName: string | null }; secondaryClassName?: string }) {
  const [primary, secondary] = namesInOrder(useLocale(), names);
  return (
    <>
      {primary}
      {secondary && <span className={secondaryClassName}>{secondary}</span>}
    </>
  );
}
