// What an agreement looks like to its history: readable values (names, not ids),
// so that an audit event says "Partner: Nanning → Liuzhou" long after ids mean nothing.
import type { DatabaseTransaction } from "../prisma-client";
import { agreementTermsSelect } from "./terms-select";
import { toIsoPartial, type DatePrecision } from "../dates/partial-date";
import { KNOWLEDGE_COLUMN, type KnowledgeState } from "./knowledge";

const partial = (date: Date | null, precision: DatePrecision | null) => (date ? toIsoPartial(date, precision ?? "DAY") : null);

function knowledgeOf(a: Record<(typeof KNOWLEDGE_COLUMNS)[number], KnowledgeState>) {
  return Object.fromEntries(KNOWLEDGE_COLUMNS.filter((column) => a[column] !== "KNOWN").map((column) => [column, a[column]]));
}
const KNOWLEDGE_COLUMNS = Object.values(KNOWLEDGE_COLUMN);

export async function agreementSnapshot(tx: DatabaseTransaction, id: string) {
  const a = await tx.agreement.findUniqueOrThrow({
    where: { id },
    select: {
      ...agreementTermsSelect,
      titleKnowledge: true,
      signatoriesKnowledge: true,
      focusAreasKnowledge: true,
      termKnowledge: true,
      signedOnApproximate: true,
      otherNames: { select: { name: true, note: true }, orderBy: { order: "asc" } },
      status: true,
      archived: true,
      type: { select: { name: true } },
      owner: { select: { name: true } },
      leadUnit: { select: { name: true } },
      parties: { select: { role: true, organization: { select: { name: true } } }, orderBy: { order: "asc" } },
      participants: {
        where: { role: "SIGNATORY" },
        select: { person: { select: { name: true, position: true } }, onBehalfOf: { select: { name: true } } },
        orderBy: { order: "asc" },
      },
      focusAreas: { select: { focusArea: { select: { name: true } } } },
    },
  });
  return {
    title: a.title,
    // What the record knows (decision 022), recorded only when not the default KNOWN, so that
    // older history entries and a change to or from KNOWN read alike ("Known → Not known").
    ...knowledgeOf(a),
    ...(a.otherNames.length > 0 ? { otherNames: a.otherNames.map((n) => (n.note ? `${n.name} (${n.note})` : n.name)) } : {}),
    type: a.type?.name ?? null,
    summary: a.summary,
    status: a.status,
    signedOn: partial(a.signedOn, a.signedOnPrecision),
    ...(a.signedOnApproximate ? { signedOnApproximate: true } : {}),
    signedPlace: a.signedPlace,
    effectiveFrom: partial(a.effectiveFrom, a.effectiveFromPrecision),
    expiresOn: partial(a.expiresOn, a.expiresOnPrecision),
    termMonths: a.termMonths,
    automaticRenewal: a.automaticRenewal,
    noticePeriodDays: a.noticePeriodDays,
    // Rolling renewal, recorded only when set (older history entries have none).
    ...(a.renewalTermMonths !== null ? { renewalTermMonths: a.renewalTermMonths } : {}),
    ...(a.renewalLimit !== null ? { renewalLimit: a.renewalLimit } : {}),
    ...(a.renewalFinalDate ? { renewalFinalDate: partial(a.renewalFinalDate, "DAY") } : {}),
    owner: a.owner?.name ?? null,
    leadUnit: a.leadUnit?.name ?? null,
    notes: a.notes,
    archived: a.archived,
    parties: a.parties.map((p) => `${p.organization.name} (${p.role === "OUR_INSTITUTION" ? "our institution" : p.role.toLowerCase().replace(/_/g, " ")})`),
    signatories: a.participants.map(
      (p) => `${p.person?.name ?? p.person?.position ?? "unnamed"}${p.onBehalfOf ? ` for ${p.onBehalfOf.name}` : ""}`,
    ),
    focusAreas: a.focusAreas.map((f) => f.focusArea.name),
  };
}
