// What deleting a directory entry would do, said before the button that does it: the same
// sentence the delete refuses with while the entry is in use, or what goes for good.
import { getTranslations } from "next-intl/server";
import { errorText } from "@/lib/i18n/translator";
import { requestTranslator } from "@/lib/i18n/request-locale";
import type { MessagePart } from "@/lib/errors";
import { personDeletionRefusal, type PersonUsage } from "@/lib/people/usage";

export async function OrganizationDeletionConsequence({ usage }: { usage: { name: string; uses: MessagePart[] } }) {
  const [t, said] = await Promise.all([getTranslations("organizations.deletion"), requestTranslator()]);
  return <p>{usage.uses.length > 0 ? errorText(said, "organizationInUse", { name: usage.name, uses: usage.uses }) : t("free", { name: usage.name })}</p>;
}

export async function PersonDeletionConsequence({ usage }: { usage: PersonUsage }) {
  const [t, said] = await Promise.all([getTranslations("people.deletion"), requestTranslator()]);
  const refusal = personDeletionRefusal(usage);
  return <p>{refusal ? errorText(said, refusal.key, refusal.values) : t("free", { name: usage.name })}</p>;
}
