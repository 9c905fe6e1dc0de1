// Every enumeration of the data model is declared once, as an enum in prisma/schema.prisma
// (SQLite stores it as text, PostgreSQL as an enum type). Prisma generates a constant object
// for each; this module turns each into the ordered list that zod schemas, forms, filters and
// seeds use, so adding a value means editing the schema alone. It is safe in the browser:
// the generated enums module imports nothing.
import {
  AgreementRelationKind,
  AgreementStatus,
  DatePrecision,
  DocumentKind,
  EventRole,
  EvidenceBasis,
  KnowledgeState,
  OrganizationKind,
  ParticipantRole,
  PartyRole,
  PublicationDateBasis,
  ReminderKind,
  ReminderScope,
  Role,
  SourceCompleteness,
  SourceKind,
  TimelineEventKind,
} from "../generated/prisma/enums.ts";

export type {
  AgreementRelationKind,
  AgreementStatus,
  DatePrecision,
  DocumentKind,
  EventRole,
  EvidenceBasis,
  KnowledgeState,
  OrganizationKind,
  ParticipantRole,
  PartyRole,
  PublicationDateBasis,
  ReminderKind,
  ReminderScope,
  Role,
  SourceCompleteness,
  SourceKind,
  TimelineEventKind,
};

/** The values of a generated enum in the schema's order, as the non-empty tuple `z.enum` wants. */
function valuesOf<const V extends string>(enumeration: Record<string, V>): readonly [V, ...V[]] {
  return Object.values(enumeration) as [V, ...V[]];
}

/** Account roles, least first: VIEWER reads, EDITOR also writes, ADMIN also administers. */
export const ROLES = valuesOf(Role);
/** What an organisation is (design.md: university, government, company, research institute, unit, other). */
export const ORGANIZATION_KINDS = valuesOf(OrganizationKind);
/** The lifecycle's statuses in the order people follow them (lifecycle rules in lib/agreements/lifecycle.ts). */
export const AGREEMENT_STATUSES = valuesOf(AgreementStatus);
/** How much of a partial date is known: DAY, MONTH or YEAR. */
export const DATE_PRECISIONS = valuesOf(DatePrecision);
/** What an organisation is in an agreement: our institution (always party 0), a partner, a co-signing body. */
export const PARTY_ROLES = valuesOf(PartyRole);
/** The roles a person chooses for a party on the form: every party role except our institution, which the server adds. */
export const PARTNER_PARTY_ROLES = ["PARTNER", "CO_SIGNING_BODY"] as const satisfies readonly PartyRole[];
/** What a person did at an agreement: signed it, witnessed it, attended. */
export const PARTICIPANT_ROLES = valuesOf(ParticipantRole);
/** The kinds of entry on an agreement's timeline. */
export const TIMELINE_EVENT_KINDS = valuesOf(TimelineEventKind);
/** Where a record's facts came from. */
export const SOURCE_KINDS = valuesOf(SourceKind);
/** Whether a source states a fact or it was inferred from it. */
export const EVIDENCE_BASES = valuesOf(EvidenceBasis);
/** Which agreements a person is reminded of: those they own, all, or none. */
export const REMINDER_SCOPES = valuesOf(ReminderScope);
/** What a reminder is about: the end date or the notice deadline. */
export const REMINDER_KINDS = valuesOf(ReminderKind);
/** What an attached document is. */
export const DOCUMENT_KINDS = valuesOf(DocumentKind);
/** How one agreement stands to another besides renewal, read "from <kind> to" (rules in lib/agreements/relations.ts). */
export const AGREEMENT_RELATION_KINDS = valuesOf(AgreementRelationKind);
/** What a person did at a signing ceremony: presided, signed, witnessed, attended, spoke. */
export const EVENT_ROLES = valuesOf(EventRole);
/** How a source's publication date is known: stated in its text, taken from its address, or inferred. */
export const PUBLICATION_DATE_BASES = valuesOf(PublicationDateBasis);
/** Whether the source's full text is kept or an excerpt. */
export const SOURCE_COMPLETENESSES = valuesOf(SourceCompleteness);
/** What the record says of a fact (a title, the signatories, the focus areas, the term): it holds it, the source does not say, or there is none. */
export const KNOWLEDGE_STATES = valuesOf(KnowledgeState);
