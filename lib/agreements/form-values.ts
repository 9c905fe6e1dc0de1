// The agreement form's values: what the form edits, before the schema parses it, and the
// one translation of those values into the input of the create and update commands.
import type { KnowledgeState, PARTNER_PARTY_ROLES } from "../enumerations";

type PartnerPartyRole = (typeof PARTNER_PARTY_ROLES)[number];

export type PartyRow =
  | { mode: "existing"; organizationId: string; role: PartnerPartyRole }
  | { mode: "new"; name: string; localName: string; kind: string; country: string; role: PartnerPartyRole };
export type SignatoryRow =
  | { mode: "existing"; personId: string; onBehalfOfParty: number }
  | { mode: "new"; name: string; localName: string; position: string; onBehalfOfParty: number };
export interface OtherNameRow {
  name: string;
  note: string;
}

export interface AgreementFormValues {
  reference?: string;
  version?: number;
  title: string;
  titleKnowledge: KnowledgeState;
  signatoriesKnowledge: KnowledgeState;
  focusAreasKnowledge: KnowledgeState;
  termKnowledge: KnowledgeState;
  otherNames: OtherNameRow[];
  typeId: string;
  status?: string;
  summary: string;
  signedOn: string;
  signedOnApproximate: boolean;
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
  titleKnowledge: "KNOWN",
  signatoriesKnowledge: "KNOWN",
  focusAreasKnowledge: "KNOWN",
  termKnowledge: "KNOWN",
  otherNames: [],
  typeId: "",
  status: "DRAFT",
  summary: "",
  signedOn: "",
  signedOnApproximate: false,
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


/**
 * What the form sends: the create command's input for a new agreement (with its first
 * status), the update command's for an existing one (with the reference and the version the
 * person saw). Renewal details count only while automatic renewal is ticked; a party or a
 * signatory is sent by id when chosen from the register and by its fields when typed in.
 * The knowledge choices are sent as chosen: a title typed before "not known" was chosen is
 * sent too, so the rule refuses it next to the field instead of dropping it silently.
 * The schemas (lib/agreements/schema.ts) judge the result; nothing is validated here.
 */
export function commandInputFrom(values: AgreementFormValues) {
  const renews = values.automaticRenewal;
  return {
    ...(values.reference ? { reference: values.reference, version: values.version } : { status: values.status }),
    title: values.title,
    titleKnowledge: values.titleKnowledge,
    signatoriesKnowledge: values.signatoriesKnowledge,
    focusAreasKnowledge: values.focusAreasKnowledge,
    termKnowledge: values.termKnowledge,
    otherNames: values.otherNames.map((n) => ({ name: n.name, note: n.note })),
    typeId: values.typeId,
    summary: values.summary,
    signedOn: values.signedOn,
    signedOnApproximate: values.signedOnApproximate,
    signedPlace: values.signedPlace,
    effectiveFrom: values.effectiveFrom,
    expiresOn: values.expiresOn,
    termMonths: values.termMonths,
    noticePeriodDays: values.noticePeriodDays,
    automaticRenewal: renews,
    renewalTermMonths: renews ? values.renewalTermMonths : "",
    renewalFinalDate: renews ? values.renewalFinalDate : "",
    renewalLimit: renews ? values.renewalLimit : "",
    ownerId: values.ownerId,
    leadUnitId: values.leadUnitId,
    notes: values.notes,
    focusAreaIds: values.focusAreaIds,
    parties: values.parties.map((p) =>
      p.mode === "existing"
        ? { organizationId: p.organizationId, role: p.role }
        : { newOrganization: { name: p.name, localName: p.localName, kind: p.kind, country: p.country }, role: p.role },
    ),
    signatories: values.signatories.map((s) =>
      s.mode === "existing"
        ? { personId: s.personId, onBehalfOfParty: s.onBehalfOfParty }
        : { newPerson: { name: s.name, localName: s.localName, position: s.position }, onBehalfOfParty: s.onBehalfOfParty },
    ),
  };
}

/**
 * The values without the party at `index`: its signatories go with it, and the signatories of
 * later parties keep pointing at the same party (whose position moves up by one).
 */
export function withoutParty(values: AgreementFormValues, index: number): AgreementFormValues {
  return {
    ...values,
    parties: values.parties.filter((_, i) => i !== index),
    signatories: values.signatories
      .filter((s) => s.onBehalfOfParty !== index)
      .map((s) => (s.onBehalfOfParty > index ? { ...s, onBehalfOfParty: s.onBehalfOfParty - 1 } : s)),
  };
}
