import { useLocale } from "next-intl";
import { namesInOrder } from "@/lib/i18n/names";

/** An organization's name in the reader's language, with the other script's name and the acronym where known. */
export function OrganizationName({
  organization,
}: {
  organization: { name: string; localName: string | null; acronym: string | null };
}) {
  const [primary, secondary] = namesInOrder(useLocale(), organization);
  return (
    <span>
      {primary}
      {organization.acronym && !primary.includes(organization.acronym) && <span className="text-slate-500"> ({organization.acronym})</span>}
      {secondary && <span className="block text-sm text-slate-500">{secondary}</span>}
    </span>
  );
}
