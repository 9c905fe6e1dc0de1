// What an agreement is called where a title shows: its title, or, when the title is not known
// or it has none, a label made from its type and partners ("Agreement with Guangxi Automobile
// Group", "与广西汽车集团有限公司的协议"). The label is never stored and never passes for a title:
// it is shown as one (components/agreements/agreement-name.tsx) and the export leaves the title empty.
import type { Prisma } from "../../generated/prisma/client.ts";
import type { Locale } from "../i18n/locales";
import { namesInOrder, referenceName } from "../i18n/names";

/** What the name of an agreement is made of; select it with `agreementNameSelect`. */
export interface AgreementNaming {
  reference: string;
  title: string | null;
  type: { name: string | null; localName: string | null } | null;
  /** The parties in order; our institution, when among them (`role`), is left out of a label. */
  parties: { role?: string; organization: { name: string; localName: string | null } }[];
}

export const agreementNameSelect = {
  reference: true,
  title: true,
  type: { select: { name: true, localName: true } },
  parties: {
    where: { role: { not: "OUR_INSTITUTION" } },
    orderBy: { order: "asc" },
    select: { organization: { select: { name: true, localName: true } } },
  },
} satisfies Prisma.AgreementSelect;

/** The naming part of a row that selected `agreementNameSelect` (or more). */
export const namingOf = (row: AgreementNaming): AgreementNaming => ({ reference: row.reference, title: row.title, type: row.type, parties: row.parties });

/** The keys of the `agreementLabel` catalogue a label is said with. */
export type LabelKey = "typeWithPartners" | "agreementWithPartners" | "typeOnly" | "bare" | "more";
export type SayLabel = (key: LabelKey, values: Record<string, string | number>) => string;

/** How many partners a label names before "and N others". */
const NAMED_PARTNERS = 3;

/**
 * The agreement's title, or its label when it has no title.
 * @param say the `agreementLabel` catalogue in the reader's language (next-intl's `useTranslations("agreementLabel")`,
 *   or `(k, v) => translatorFor(locale)(`agreementLabel.${k}`, v)` outside React).
 * @returns `untitled` true when `text` is a label, not a title.
 */
export function agreementName(agreement: AgreementNaming, locale: Locale, say: SayLabel): { text: string; untitled: boolean } {
  const title = agreement.title?.trim();
  if (title) return { text: title, untitled: false };
  const names = agreement.parties
    .filter((p) => p.role !== "OUR_INSTITUTION")
    .map((p) => namesInOrder(locale, p.organization)[0])
    .filter((n) => n !== "");
  const shown = names.slice(0, NAMED_PARTNERS);
  if (names.length > NAMED_PARTNERS) shown.push(say("more", { count: names.length - NAMED_PARTNERS }));
  const partners = new Intl.ListFormat(locale, { type: "conjunction" }).format(shown);
  const type = referenceName(agreement.type, locale);
  const key: LabelKey = partners ? (type ? "typeWithPartners" : "agreementWithPartners") : type ? "typeOnly" : "bare";
  return { text: say(key, { type, partners, reference: agreement.reference }), untitled: true };
}
