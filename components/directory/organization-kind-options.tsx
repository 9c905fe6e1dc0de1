// The organisation kinds as the options of a <select>, in the schema's order and the reader's language.
import { useTranslations } from "next-intl";
import { ORGANIZATION_KINDS } from "@/lib/enumerations";

export function OrganizationKindOptions() {
  const kinds = useTranslations("labels.organizationKind");
  return (
    <>
      {ORGANIZATION_KINDS.map((kind) => (
        <option key={kind} value={kind}>
          {kinds(kind)}
        </option>
      ))}
    </>
  );
}
