// How the audit log is said to people: each action code a sentence of the `audit.actions`
// catalogue entry, each record type a word of `audit.entities`, each changed field the label
// of the form it was typed in (a message key of that form's catalogue namespace), never the code.
// Pure: the pages, the dashboard and the tests share it.

/** The record types written to the log (`entityType`), in the order the audit page's filter offers them. */
export const AUDIT_ENTITY_TYPES = ["Agreement", "AgreementDocument", "Organization", "Person", "User", "FocusArea", "AgreementType", "Import", "SignIn", "Register", "SigningEvent", "Source"] as const;
export type AuditEntityType = (typeof AUDIT_ENTITY_TYPES)[number];

/** The catalogue key of an action's sentence ("agreement.imported" → "audit.actions.agreement.imported"). */
export function auditActionKey(action: string): string {
  return `audit.actions.${action}`;
}

/** The catalogue key of a record type's name. */
export function auditEntityKey(entityType: string): string {
  return `audit.entities.${entityType}`;
}

const AGREEMENT_FIELDS = [
  "renewalTermMonths", "renewalLimit", "renewalFinalDate", "effectiveOn", "noticeGivenOn", "endsOn", "noticeDocumentId", "title",
  "type", "summary", "status", "signedOn", "signedPlace", "effectiveFrom", "expiresOn", "termMonths", "automaticRenewal",
  "noticePeriodDays", "owner", "leadUnit", "notes", "archived", "parties", "signatories", "focusAreas", "renewedBy", "note", "amendment",
  "signingEvent", "titleKnowledge", "signatoriesKnowledge", "focusAreasKnowledge", "termKnowledge", "otherNames", "signedOnApproximate",
];
const DOCUMENT_FIELDS = ["kind", "fileName", "version", "language", "note"];
const ORGANIZATION_FIELDS: Record<string, string> = {
  name: "directory.nameEnglish", localName: "directory.localName", acronym: "directory.acronym", otherNames: "directory.otherNames",
  kind: "directory.kind", country: "directory.country", region: "directory.region", city: "directory.city", website: "directory.website",
  parent: "directory.unitOf", notes: "directory.notes",
};
const PERSON_FIELDS: Record<string, string> = {
  name: "directory.name", localName: "directory.localName", position: "directory.position", localPosition: "directory.localPosition", email: "directory.email",
  phone: "directory.phone", notes: "directory.notes", organization: "directory.organization",
};
const LIST_ENTRY_FIELDS: Record<string, string> = {
  name: "referenceLists.nameEnglish", localName: "referenceLists.nameChinese", description: "directory.description",
  active: "directory.offered", sortOrder: "directory.order",
};
const USER_FIELDS: Record<string, string> = {
  name: "users.name", email: "users.email", role: "users.role", active: "users.active", locale: "profile.language",
  password: "profile.password", reminderScope: "reminders.remindMeOf", reminderDays: "reminders.daysAhead", calendarToken: "profile.calendar",
};

const CEREMONY_FIELDS = ["name", "heldOn", "place", "host", "notes", "attendee", "attendees", "agreements"];
const SOURCE_FIELDS: Record<string, string> = {
  kind: "sources.kind", title: "sources.titleLabel", url: "sources.url", publisher: "sources.publisher", publishedOn: "sources.publishedOn",
  publishedOnPrecision: "sources.publishedOn", publishedOnBasis: "sources.publishedOnBasis", language: "sources.language",
  completeness: "sources.completeness", note: "sources.note",
};

/** Field → catalogue key of its form label, by record type; what no form has is labelled in `audit.fields`. */
export const AUDIT_FIELD_LABELS: Record<AuditEntityType, Record<string, string>> = {
  Agreement: Object.fromEntries(AGREEMENT_FIELDS.map((f) => [f, `history.fields.${f}`])),
  AgreementDocument: Object.fromEntries(DOCUMENT_FIELDS.map((f) => [f, `history.documentFields.${f}`])),
  Organization: ORGANIZATION_FIELDS,
  Person: PERSON_FIELDS,
  User: USER_FIELDS,
  FocusArea: LIST_ENTRY_FIELDS,
  AgreementType: LIST_ENTRY_FIELDS,
  Import: {},
  SignIn: {},
  Register: {},
  SigningEvent: Object.fromEntries(CEREMONY_FIELDS.map((f) => [f, `ceremonies.auditFields.${f}`])),
  Source: SOURCE_FIELDS,
};

/**
 * The catalogue key of a changed field's label: the form's label for the record type, else the
 * log's own (`audit.fields.<field>`: reference, source, address …). Null when neither knows it,
 * so the page can tell (a unit test keeps every field of the log's writers labelled).
 */
export function auditFieldKey(entityType: string, field: string, has: (key: string) => boolean): string | null {
  const own = (AUDIT_FIELD_LABELS as Record<string, Record<string, string>>)[entityType]?.[field];
  if (own && has(own)) return own;
  const general = `audit.fields.${field}`;
  return has(general) ? general : null;
}

/** The fields a recorded change touched, from its stored JSON (`{ field: { before, after } }`); [] when unreadable. */
export function changedFieldNames(changes: string | null): string[] {
  try {
    const parsed: unknown = changes ? JSON.parse(changes) : {};
    return parsed && typeof parsed === "object" && !Array.isArray(parsed) ? Object.keys(parsed) : [];
  } catch {
    return [];
  }
}
