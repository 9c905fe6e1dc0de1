// The agreement form's values: what the form edits, before the schema parses it.

export type PartyRow =
  | { mode: "existing"; organizationId: string; role: "PARTNER" | "CO_SIGNING_BODY" }
  | { mode: "new"; name: string; localName: string; kind: string; country: string; role: "PARTNER" | "CO_SIGNING_BODY" };
export type SignatoryRow =
  | { mode: "existing"; personId: string; onBehalfOfParty: number }
  | { mode: "new"; name: string; localName: string; position: string; onBehalfOfParty: number };

export interface AgreementFormValues {
  reference?: string;
  version?: number;
  title: string;
  typeId: string;
  status?: string;
  summary: string;
  signedOn: string;
  signedPlace: string;
  effectiveFrom: string;
  expiresOn: string;
  termMonths: string;
  noticePeriodDays: string;
  automaticRenewal: boolean;
  renewalTermMonths: string;
  renewalFinalDate: string;
  renewalLimit: string;
  ownerId: string;
  leadUnitId: string;
  notes: string;
  focusAreaIds: string[];
  parties: PartyRow[];
  signatories: SignatoryRow[];
}

export const EMPTY_AGREEMENT: AgreementFormValues = {
  title: "",
  typeId: "",
  status: "DRAFT",
  summary: "",
  signedOn: "",
  signedPlace: "",
  effectiveFrom: "",
  expiresOn: "",
  termMonths: "",
  noticePeriodDays: "",
  automaticRenewal: false,
  renewalTermMonths: "",
  renewalFinalDate: "",
  renewalLimit: "",
  ownerId: "",
  leadUnitId: "",
  notes: "",
  focusAreaIds: [],
  parties: [{ mode: "existing", organizationId: "", role: "PARTNER" }],
  signatories: [],
};

