import { z } from "zod";
import { optionalText } from "../actions/text-fields";
import { recordVersion } from "../actions/record-version";
import { hasBidiControl } from "../text/controls";

import { ORGANIZATION_KINDS } from "../enumerations";
import { countryCodeOf } from "../i18n/countries";

/**
 * A country as a form or an import gives it: a code or a name in English or Chinese → its ISO
 * 3166-1 alpha-2 code ("China", "中国", "cn" → "CN"); empty → null; a name of no country refused.
 */
export const countryField = optionalText(100)
  .refine((text) => !text || countryCodeOf(text) !== null, "unknownCountry")
  .transform((text) => countryCodeOf(text));


export const OrganizationSchema = z.strictObject({
  name: z.string().trim().min(1, "organizationName").max(300, "tooLong").refine((name) => !hasBidiControl(name), "nameBidiControl"),
  localName: optionalText(300),
  acronym: optionalText(40),
  /** One other spelling per line. */
  otherNames: z
    .string()
    .max(5000)
    .nullish()
    .transform((text) => [...new Set((text ?? "").split("\n").map((line) => line.trim()).filter(Boolean))])
    .refine((names) => names.every((n) => n.length <= 300), "otherNameTooLong"),
  kind: z.enum(ORGANIZATION_KINDS, { message: "organizationKind" }),
  country: countryField,
  region: optionalText(100),
  city: optionalText(100),
  website: optionalText(300).refine((url) => !url || /^https?:\/\/\S+$/i.test(url), "websiteAddress"),
  parentId: optionalText(64),
  notes: optionalText(5000),
});
export type OrganizationInput = z.output<typeof OrganizationSchema>;

export const CreateOrganizationSchema = OrganizationSchema;
export const UpdateOrganizationSchema = OrganizationSchema.extend({ id: z.string().min(1).max(64), version: recordVersion });
export const DeleteOrganizationSchema = z.strictObject({ id: z.string().min(1).max(64) });
export const MergeOrganizationsSchema = z.strictObject({
  id: z.string().min(1).max(64),
  intoId: z.string().trim().min(1, "chooseOrganizationToKeepShort").max(64),
});
