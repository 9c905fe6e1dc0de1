// Reads for the agreement pages. Each query selects only what its page shows and
// returns plain data (no Prisma records reach components).
import "server-only";
import { db } from "../db";
import type { Prisma } from "../../generated/prisma/client.ts";
import { toIsoPartial, type DatePrecision } from "../dates/partial-date";
import { effectiveStatus } from "./status";

export interface PartialDateValue {
  iso: string;
  precision: DatePrecision;
  date: Date;
}

function partial(date: Date | null, precision: DatePrecision | null): PartialDateValue | null {
  if (!date) return null;
  const p = precision ?? "DAY";
  return { iso: toIsoPartial(date, p), precision: p, date };
}

const organizationNameSelect = {
  id: true,
  name: true,
  localName: true,
  acronym: true,
} satisfies Prisma.OrganizationSelect;

const agreementListSelect = {
  id: true,
  reference: true,
  title: true,
  status: true,
  signedOn: true,
  signedOnPrecision: true,
  expiresOn: true,
  expiresOnPrecision: true,
  type: { select: { name: true } },
  parties: {
    where: { role: { not: "OUR_INSTITUTION" } },
    orderBy: { order: "asc" },
    select: { organization: { select: organizationNameSelect } },
  },
} satisfies Prisma.AgreementSelect;

export const AGREEMENT_PAGE_SIZE = 25;

export async function listAgreements({ page = 1, pageSize = AGREEMENT_PAGE_SIZE }: { page?: number; pageSize?: number }) {
  const where: Prisma.AgreementWhereInput = { archived: false };
  const [rows, total] = await Promise.all([
    db.agreement.findMany({
      where,
      select: agreementListSelect,
      orderBy: [{ signedOn: { sort: "desc", nulls: "last" } }, { reference: "asc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
    }),
    db.agreement.count({ where }),
  ]);
  return {
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / pageSize)),
    rows: rows.map((row) => ({
      reference: row.reference,
      title: row.title,
      type: row.type?.name ?? null,
      status: effectiveStatus(row.status, row.expiresOn, row.expiresOnPrecision),
      signedOn: partial(row.signedOn, row.signedOnPrecision),
      partners: row.parties.map((p) => p.organization),
    })),
  };
}
export type AgreementListRow = Awaited<ReturnType<typeof listAgreements>>["rows"][number];

const chainLinkSelect = {
  id: true,
  reference: true,
  title: true,
  status: true,
  signedOn: true,
  signedOnPrecision: true,
  expiresOn: true,
  expiresOnPrecision: true,
  renewalOfId: true,
} satisfies Prisma.AgreementSelect;

const agreementDetailSelect = {
  ...chainLinkSelect,
  summary: true,
  signedPlace: true,
  effectiveFrom: true,
  effectiveFromPrecision: true,
  termMonths: true,
  termText: true,
  automaticRenewal: true,
  noticePeriodDays: true,
  notes: true,
  archived: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  type: { select: { name: true } },
  owner: { select: { name: true, email: true } },
  leadUnit: { select: organizationNameSelect },
  renewedBy: { select: { id: true } },
  parties: {
    orderBy: { order: "asc" },
    select: {
      role: true,
      organization: {
        select: {
          ...organizationNameSelect,
          kind: true,
          country: true,
          region: true,
          city: true,
          isOwnInstitution: true,
          otherNames: { select: { name: true }, orderBy: { name: "asc" } },
          cooperationFields: { select: { focusArea: { select: { name: true } } } },
          evidence: {
            orderBy: { order: "asc" },
            select: { field: true, quote: true, basis: true, note: true },
          },
        },
      },
    },
  },
  participants: {
    orderBy: { order: "asc" },
    select: {
      role: true,
      note: true,
      person: { select: { id: true, name: true, localName: true, position: true } },
      onBehalfOf: { select: { ...organizationNameSelect, parent: { select: { name: true } } } },
    },
  },
  focusAreas: { select: { focusArea: { select: { name: true } } }, orderBy: { focusArea: { name: "asc" } } },
  statusChanges: {
    orderBy: { changedAt: "asc" },
    select: { fromStatus: true, toStatus: true, changedAt: true, note: true, changedBy: { select: { name: true } } },
  },
  evidence: {
    orderBy: { order: "asc" },
    select: {
      field: true,
      quote: true,
      basis: true,
      note: true,
      source: { select: { id: true, title: true, publisher: true, url: true, publishedOn: true, publishedOnPrecision: true } },
    },
  },
} satisfies Prisma.AgreementSelect;

/** Renewal chains are short (a handful of links); the walk stops at this length regardless. */
const MAX_CHAIN_LENGTH = 50;

export async function getAgreementDetail(reference: string) {
  const agreement = await db.agreement.findUnique({ where: { reference }, select: agreementDetailSelect });
  if (!agreement) return null;

  const predecessors = [];
  for (let id = agreement.renewalOfId; id && predecessors.length < MAX_CHAIN_LENGTH; ) {
    const link = await db.agreement.findUnique({ where: { id }, select: chainLinkSelect });
    if (!link) break;
    predecessors.unshift(link);
    id = link.renewalOfId;
  }
  const successors = [];
  for (let id = agreement.renewedBy?.id; id && successors.length < MAX_CHAIN_LENGTH; ) {
    const link = await db.agreement.findUnique({ where: { id }, select: { ...chainLinkSelect, renewedBy: { select: { id: true } } } });
    if (!link) break;
    successors.push(link);
    id = link.renewedBy?.id;
  }
  const toLink = (link: Prisma.AgreementGetPayload<{ select: typeof chainLinkSelect }>, current: boolean) => ({
    reference: link.reference,
    title: link.title,
    status: effectiveStatus(link.status, link.expiresOn, link.expiresOnPrecision),
    signedOn: partial(link.signedOn, link.signedOnPrecision),
    current,
  });

  const sources = new Map<string, (typeof agreement.evidence)[number]["source"]>();
  for (const e of agreement.evidence) sources.set(e.source.id, e.source);

  return {
    reference: agreement.reference,
    title: agreement.title,
    type: agreement.type?.name ?? null,
    summary: agreement.summary,
    status: effectiveStatus(agreement.status, agreement.expiresOn, agreement.expiresOnPrecision),
    recordedStatus: agreement.status,
    signedOn: partial(agreement.signedOn, agreement.signedOnPrecision),
    signedPlace: agreement.signedPlace,
    effectiveFrom: partial(agreement.effectiveFrom, agreement.effectiveFromPrecision),
    expiresOn: partial(agreement.expiresOn, agreement.expiresOnPrecision),
    termMonths: agreement.termMonths,
    termText: agreement.termText,
    automaticRenewal: agreement.automaticRenewal,
    noticePeriodDays: agreement.noticePeriodDays,
    notes: agreement.notes,
    archived: agreement.archived,
    updatedAt: agreement.updatedAt,
    owner: agreement.owner,
    leadUnit: agreement.leadUnit,
    parties: agreement.parties.map((party) => ({
      role: party.role,
      organization: {
        ...party.organization,
        otherNames: party.organization.otherNames.map((n) => n.name),
        cooperationFields: party.organization.cooperationFields.map((f) => f.focusArea.name),
      },
    })),
    participants: agreement.participants,
    focusAreas: agreement.focusAreas.map((f) => f.focusArea.name),
    statusChanges: agreement.statusChanges,
    renewalChain: [...predecessors.map((l) => toLink(l, false)), toLink(agreement, true), ...successors.map((l) => toLink(l, false))],
    evidence: agreement.evidence.map(({ source, ...rest }) => ({ ...rest, sourceId: source.id })),
    sources: [...sources.values()].map((s) => ({ ...s, publishedOn: partial(s.publishedOn, s.publishedOnPrecision) })),
  };
}
export type AgreementDetail = NonNullable<Awaited<ReturnType<typeof getAgreementDetail>>>;
