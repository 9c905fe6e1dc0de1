// Words for the model's codes, in the domain's language.

export const PARTY_ROLE_LABELS = {
  OUR_INSTITUTION: "Our institution",
  PARTNER: "Partner",
  CO_SIGNING_BODY: "Co-signing body",
} as const;

export const PARTICIPANT_ROLE_LABELS = {
  SIGNATORY: "Signatory",
  WITNESS: "Witness",
  ATTENDEE: "Attended",
} as const;

export const ORGANIZATION_KIND_LABELS = {
  UNIVERSITY: "University",
  GOVERNMENT: "Government",
  COMPANY: "Company",
  RESEARCH_INSTITUTE: "Research institute",
  UNIT: "Unit",
  OTHER: "Other",
} as const;

/** What each evidence `field` names, for the evidence list. */
export const EVIDENCE_FIELD_LABELS: Record<string, string> = {
  title: "Title",
  parties: "Parties",
  signedOn: "Signed date",
  signedPlace: "Place of signing",
  status: "Status",
  summary: "Summary",
  focusAreas: "Focus areas",
  renewalOf: "Renews",
  signatories: "Signatories",
  participants: "Present at the signing",
  position: "Position",
  name: "Name",
  parent: "Parent organization",
  existence: "Named in the source",
  cooperationFields: "Long-standing cooperation fields",
};
