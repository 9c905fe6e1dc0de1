// The names the agreement form shows for the partners and signatories an agreement already has.
import "server-only";
import type { Locale } from "../i18n/locales";
import { partnerLabels } from "../organizations/lookup";
import { personChoices } from "../people/lookup";
import type { AgreementFormValues } from "./form-values";

/** Id → label (in the reader's order of names) of every organisation and person the values name. */
export async function chosenNames(values: AgreementFormValues, locale: Locale): Promise<Record<string, string>> {
  const organizationIds = values.parties.flatMap((p) => (p.mode === "existing" && p.organizationId ? [p.organizationId] : []));
  const personIds = values.signatories.flatMap((s) => (s.mode === "existing" && s.personId ? [s.personId] : []));
  const [organizations, people] = await Promise.all([partnerLabels(organizationIds, locale), personChoices(personIds, locale)]);
  return { ...organizations, ...Object.fromEntries(Object.entries(people).map(([id, p]) => [id, p.label])) };
}
