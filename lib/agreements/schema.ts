// The single definition of valid agreement input: forms, imports and the API share it.
import type { ErrorKey } from "../i18n/translator";
import { z } from "zod";
import { countryField } from "../organizations/schema";
import { optionalText } from "../actions/text-fields";
import { recordVersion } from "../actions/record-version";
import { nonexistentDay, parsePartialDate } from "../dates/partial-date";
import { chronologyProblems, type AgreementDates } from "./chronology";
import { AGREEMENT_STATUSES } from "./status";
import { INITIAL_STATUSES } from "./lifecycle";

import { KNOWLEDGE_STATES, ORGANIZATION_KINDS, PARTNER_PARTY_ROLES, type KnowledgeState } from "../enumerations";
import { knowledgeProblems } from "./knowledge";



const id = z.string().trim().min(1, "chooseFromList").max(64);
const optionalId = z
  .string()
  .trim()
  .max(64)
  .nullish()
  .transform((value) => (value ? value : null));

/** "2020", "2020-01" or "2020-01-03"; empty means not known. */
export const partialDateField = z
  .string()
  .trim()
  .max(10)
  .nullish()
  .transform((value, ctx) => {
    if (!value) return null;
    const parsed = parsePartialDate(value);
    if (!parsed) {
      // The format is right but the calendar has no such day: say so ("there is no 30 February 2020").
      const missing = nonexistentDay(value);
      if (missing) {
        const params = { day: String(missing.day), month: String(missing.month), year: String(missing.year) };
        ctx.addIssue({ code: "custom", message: "noSuchDay", params });
      } else ctx.addIssue({ code: "custom", message: "partialDate" });
      return z.NEVER;
    }
    return parsed;
  });

const optionalWholeNumber = (min: number, max: number, message: ErrorKey) =>
  z
    .union([z.number(), z.string().trim()])
    .nullish()
    .transform((value, ctx) => {
      if (value === null || value === undefined || value === "") return null;
      const n = typeof value === "number" ? value : Number(value);
      if (!Number.isInteger(n) || n < min || n > max) {
        ctx.addIssue({ code: "custom", message });
        return z.NEVER;
      }
      return n;
    });

const checkbox = z
  .union([z.boolean(), z.literal("on"), z.literal("true"), z.literal("false"), z.literal("")])
  .nullish()
  .transform((value) => value === true || value === "on" || value === "true");

export const NewOrganizationSchema = z.strictObject({
  name: z.string().trim().min(1, "organizationName").max(300, "tooLong"),
  localName: optionalText(300),
  kind: z.enum(ORGANIZATION_KINDS, { message: "organizationKind" }),
  country: countryField,
});

export const PartyInputSchema = z.union([
  z.strictObject({ organizationId: id, role: z.enum(PARTNER_PARTY_ROLES).default("PARTNER") }),
  z.strictObject({ newOrganization: NewOrganizationSchema, role: z.enum(PARTNER_PARTY_ROLES).default("PARTNER") }),
]);

export const NewPersonSchema = z.strictObject({
  name: optionalText(200),
  localName: optionalText(200),
  position: optionalText(200),
});

/** A signatory: an existing or new person, signing for our institution (-1) or for the party at that index. */
export const SignatoryInputSchema = z
  .union([
    z.strictObject({ personId: id, onBehalfOfParty: z.number().int().min(-1).max(49) }),
    z.strictObject({ newPerson: NewPersonSchema, onBehalfOfParty: z.number().int().min(-1).max(49) }),
  ])
  .refine((s) => !("newPerson" in s) || s.newPerson.name || s.newPerson.position, {
    message: "signatoryName",
    path: ["newPerson", "name"],
  });

const knowledge = z.enum(KNOWLEDGE_STATES, { message: "chooseFromList" }).default("KNOWN");

/** Another name of the agreement (a headline's, a speech's) and where it comes from. */
export const OtherNameSchema = z.strictObject({
  name: z.string().trim().min(1, "otherNameEmpty").max(300, "tooLong"),
  note: optionalText(500),
});

const agreementFields = {
  // Empty when the title is not known or there is none (the knowledge rule says which: lib/agreements/knowledge.ts).
  title: optionalText(300),
  titleKnowledge: knowledge,
  signatoriesKnowledge: knowledge,
  focusAreasKnowledge: knowledge,
  termKnowledge: knowledge,
  otherNames: z.array(OtherNameSchema).max(20, "tooMany").default([]),
  typeId: optionalId,
  summary: optionalText(5000),
  signedOn: partialDateField,
  signedOnApproximate: checkbox,
  signedPlace: optionalText(200),
  effectiveFrom: partialDateField,
  expiresOn: partialDateField,
  termMonths: optionalWholeNumber(1, 1200, "termMonths"),
  automaticRenewal: checkbox,
  noticePeriodDays: optionalWholeNumber(0, 3650, "noticePeriodDays"),
  // Rolling renewal (lib/agreements/running-period.ts): optional, read only when it renews automatically.
  renewalTermMonths: optionalWholeNumber(1, 1200, "termMonths"),
  renewalFinalDate: partialDateField,
  renewalLimit: optionalWholeNumber(0, 1000, "renewalLimit"),
  ownerId: optionalId,
  leadUnitId: optionalId,
  notes: optionalText(5000),
  focusAreaIds: z.array(id).max(50, "tooMany").default([]),
  parties: z.array(PartyInputSchema).min(1, "atLeastOnePartner").max(20, "tooMany"),
  signatories: z.array(SignatoryInputSchema).max(50, "tooMany").default([]),
};

function partyIndexesExist(input: { parties: unknown[]; signatories: { onBehalfOfParty: number }[] }, ctx: z.RefinementCtx) {
  input.signatories.forEach((s, index) => {
    if (s.onBehalfOfParty >= input.parties.length) {
      ctx.addIssue({ code: "custom", path: ["signatories", index, "onBehalfOfParty"], message: "signatoryParty" });
    }
  });
}

/** The chronology rule (lib/agreements/chronology.ts), each problem on its field. */
export function datesInOrder(input: AgreementDates, ctx: z.RefinementCtx) {
  // zod runs refinements even after a field failed (its raw text is then still there): judge only parsed dates.
  const parsed = (value: unknown) => value === null || value === undefined || (typeof value === "object" && (value as { date?: unknown }).date instanceof Date);
  if (![input.signedOn, input.effectiveFrom, input.expiresOn].every(parsed)) return;
  for (const problem of chronologyProblems(input)) ctx.addIssue({ code: "custom", path: [problem.field], message: problem.message });
}

/**
 * The knowledge rule (lib/agreements/knowledge.ts), each problem on its field. It runs even when another
 * field failed (`when`), so an empty title is reported beside a mistyped date; values are then still as
 * typed, so a fact whose knowledge is not one of the states is left to its own field's message.
 */
function knowledgeConsistent(input: Record<string, unknown>, ctx: z.RefinementCtx) {
  const state = (value: unknown): KnowledgeState | null =>
    value === undefined ? "KNOWN" : (KNOWLEDGE_STATES as readonly unknown[]).includes(value) ? (value as KnowledgeState) : null;
  const given = (value: unknown) => value !== null && value !== undefined && value !== "";
  const count = (value: unknown) => (Array.isArray(value) ? value.length : 0);
  const knowledge = {
    titleKnowledge: state(input.titleKnowledge),
    signatoriesKnowledge: state(input.signatoriesKnowledge),
    focusAreasKnowledge: state(input.focusAreasKnowledge),
    termKnowledge: state(input.termKnowledge),
  };
  const problems = knowledgeProblems({
    titleKnowledge: knowledge.titleKnowledge ?? "UNKNOWN",
    signatoriesKnowledge: knowledge.signatoriesKnowledge ?? "KNOWN",
    focusAreasKnowledge: knowledge.focusAreasKnowledge ?? "KNOWN",
    termKnowledge: knowledge.termKnowledge ?? "KNOWN",
    title: typeof input.title === "string" ? input.title : null,
    signatoryCount: count(input.signatories),
    focusAreaCount: count(input.focusAreaIds),
    term: {
      expiresOn: given(input.expiresOn),
      termMonths: given(input.termMonths),
      automaticRenewal: input.automaticRenewal === true || input.automaticRenewal === "on" || input.automaticRenewal === "true",
    },
  });
  for (const problem of problems) {
    // A title whose knowledge is not a state is not judged: the knowledge's own field says what is wrong.
    if (problem.field === "title" && !knowledge.titleKnowledge) continue;
    ctx.addIssue({ code: "custom", path: [problem.field], message: problem.message });
  }
}
/** Runs a check even after another field failed, as long as the input is an object at all. */
const always = { when: (payload: { value: unknown }) => typeof payload.value === "object" && payload.value !== null };

export const CreateAgreementSchema = z
  .strictObject({ ...agreementFields, status: z.enum(INITIAL_STATUSES).default("DRAFT") })
  .superRefine(partyIndexesExist)
  .superRefine(datesInOrder)
  .superRefine(knowledgeConsistent, always);
export type CreateAgreementInput = z.output<typeof CreateAgreementSchema>;

export const UpdateAgreementSchema = z
  .strictObject({ ...agreementFields, reference: z.string().trim().min(1).max(40), version: recordVersion })
  .superRefine(partyIndexesExist)
  .superRefine(datesInOrder)
  .superRefine(knowledgeConsistent, always);
export type UpdateAgreementInput = z.output<typeof UpdateAgreementSchema>;

export const ChangeStatusSchema = z.strictObject({
  reference: z.string().trim().min(1).max(40),
  version: recordVersion,
  toStatus: z.enum(AGREEMENT_STATUSES, { message: "chooseStatus" }),
  /** When the change took effect (a partial date); empty means today. */
  effectiveOn: partialDateField,
  note: optionalText(2000),
});

/** Notice given against automatic renewal: the day it was given and, optionally, the document that gives it. */
export const GiveNoticeSchema = z.strictObject({
  reference: z.string().trim().min(1).max(40),
  version: recordVersion,
  givenOn: partialDateField.refine((value) => value === null || typeof value !== "object" || value.precision === "DAY", { message: "noticeGivenOnDay" }),
  documentId: optionalId,
  note: optionalText(2000),
});

export const RenewAgreementSchema = z.strictObject({
  reference: z.string().trim().min(1).max(40),
  version: recordVersion,
  signedOn: partialDateField,
  effectiveFrom: partialDateField,
  expiresOn: partialDateField,
  termMonths: optionalWholeNumber(1, 1200, "termMonths"),
  note: optionalText(2000),
}).superRefine(datesInOrder);

export const AmendmentSchema = z.strictObject({
  reference: z.string().trim().min(1).max(40),
  note: z.string().trim().min(1, "amendmentNote").max(2000, "tooLong"),
});

export const ArchiveSchema = z.strictObject({
  reference: z.string().trim().min(1).max(40),
  version: recordVersion,
  archived: checkbox,
});
