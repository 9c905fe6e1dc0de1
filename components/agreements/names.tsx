import { useLocale } from "next-intl";
import { namesInOrder } from "@/lib/i18n/names";

export { namesInOrder };

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
