// The stored record behind an agreement's page, read in eleven bound-parameter statements
// (decision 029). Through Prisma's nested select the same record took 28 statements, and its
// query planner and result mapping cost three times the SQL (docs/benchmarks.md).
import "server-only";
import { Prisma } from "../../generated/prisma/client.ts";
import type { Database } from "../prisma-client";
import { RENEWAL_COLUMNS } from "./running-period";

const organizationNameSelect = { id: true, name: true, localName: true, acronym: true } satisfies Prisma.OrganizationSelect;

/** The columns of an agreement that a link of its renewal chain shows. */
export const chainLinkSelect = {
  ...RENEWAL_COLUMNS,
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

/**
 * The shape of the record, written as the Prisma select that would read it: readAgreementRecord
 * returns exactly what `findUnique({ where: { reference }, select: agreementRecordSelect })` returns
 * (tests/integration/agreement-record.test.ts compares the two on both databases).
 */
export const agreementRecordSelect = {
  ...chainLinkSelect,
  summary: true,
  signingEventId: true,
  titleKnowledge: true,
  signatoriesKnowledge: true,
  focusAreasKnowledge: true,
  termKnowledge: true,
  otherNames: { orderBy: { order: "asc" }, select: { name: true, note: true } },
  signedOnApproximate: true,
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
  type: { select: { name: true, localName: true } },
  owner: { select: { name: true, email: true } },
  leadUnit: { select: organizationNameSelect },
  renewedBy: { select: { id: true } },
  noticeGivenBy: { select: { name: true } },
  // Their changes belong to the agreement's history (deleted documents' too).
  documents: { select: { id: true } },
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
          cooperationFields: { select: { focusArea: { select: { name: true, localName: true } } }, orderBy: { focusArea: { name: "asc" } } },
          evidence: {
            orderBy: { order: "asc" },
            select: { field: true, quote: true, basis: true, note: true, origin: true },
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
      person: { select: { id: true, name: true, localName: true, position: true, localPosition: true } },
      onBehalfOf: { select: { ...organizationNameSelect, parent: { select: { name: true, localName: true } } } },
    },
  },
  focusAreas: { select: { focusArea: { select: { name: true, localName: true } } }, orderBy: { focusArea: { name: "asc" } } },
  statusChanges: {
    orderBy: { changedAt: "asc" },
    select: { kind: true, fromStatus: true, toStatus: true, changedAt: true, effectiveOn: true, effectiveOnPrecision: true, note: true, systemNote: true, changedBy: { select: { name: true } } },
  },
  evidence: {
    orderBy: { order: "asc" },
    select: {
      field: true,
      quote: true,
      basis: true,
      note: true,
      origin: true,
      source: {
        select: { id: true, title: true, publisher: true, url: true, publishedOn: true, publishedOnPrecision: true, publishedOnBasis: true, language: true, completeness: true },
      },
    },
  },
} satisfies Prisma.AgreementSelect;

export type AgreementRecord = Prisma.AgreementGetPayload<{ select: typeof agreementRecordSelect }>;
type Row<K extends keyof AgreementRecord> = AgreementRecord[K] extends (infer R)[] ? R : never;
type Party = Row<"parties">;
type PartyOrganization = Party["organization"];

/** Groups rows by a key, keeping their order. */
function grouped<T, V>(rows: T[], key: (row: T) => string, value: (row: T) => V): Map<string, V[]> {
  const groups = new Map<string, V[]>();
  for (const row of rows) {
    const list = groups.get(key(row));
    if (list) list.push(value(row));
    else groups.set(key(row), [value(row)]);
  }
  return groups;
}

/**
 * The agreement with this reference as its page needs it (shape: AgreementRecord), or null when
 * none has it. One statement for the agreement with its type, owner, lead unit, successor and who
 * gave notice; then ten for its collections, each down an index on the agreement's id (or its
 * parties' organisations), at once. Every value is a bound parameter.
 */
export async function readAgreementRecord(database: Database, reference: string): Promise<AgreementRecord | null> {
  const [row] = await database.$queryRaw<
    (Omit<AgreementRecord, "type" | "owner" | "leadUnit" | "renewedBy" | "noticeGivenBy" | "otherNames" | "documents" | "parties" | "participants" | "focusAreas" | "statusChanges" | "evidence"> & {
      typeName: string | null;
      typeLocalName: string | null;
      typeId: string | null;
      ownerName: string | null;
      ownerEmail: string | null;
      ownerId: string | null;
      leadUnitId: string | null;
      leadUnitName: string | null;
      leadUnitLocalName: string | null;
      leadUnitAcronym: string | null;
      renewedById: string | null;
      noticeGivenById: string | null;
      noticeGivenByName: string | null;
    })[]
  >`
    SELECT a."id", a."reference", a."title", a."status", a."summary", a."signingEventId", a."titleKnowledge", a."signatoriesKnowledge", a."focusAreasKnowledge", a."termKnowledge",
      a."signedOn", a."signedOnPrecision", a."signedOnApproximate", a."signedPlace", a."effectiveFrom", a."effectiveFromPrecision",
      a."expiresOn", a."expiresOnPrecision", a."termMonths", a."termText", a."automaticRenewal", a."noticePeriodDays",
      a."renewalTermMonths", a."renewalFinalDate", a."renewalLimit", a."noticeGivenOn", a."renewalOfId",
      a."notes", a."archived", a."version", a."createdAt", a."updatedAt",
      t."id" AS "typeId", t."name" AS "typeName", t."localName" AS "typeLocalName",
      u."id" AS "ownerId", u."name" AS "ownerName", u."email" AS "ownerEmail",
      l."id" AS "leadUnitId", l."name" AS "leadUnitName", l."localName" AS "leadUnitLocalName", l."acronym" AS "leadUnitAcronym",
      (SELECT n."id" FROM "Agreement" n WHERE n."renewalOfId" = a."id") AS "renewedById",
      g."id" AS "noticeGivenById", g."name" AS "noticeGivenByName"
    FROM "Agreement" a
      LEFT JOIN "AgreementType" t ON t."id" = a."typeId"
      LEFT JOIN "User" u ON u."id" = a."ownerId"
      LEFT JOIN "Organization" l ON l."id" = a."leadUnitId"
      LEFT JOIN "User" g ON g."id" = a."noticeGivenById"
    WHERE a."reference" = ${reference}`;
  if (!row) return null;
  const id = row.id;
  const partyOrganizations = Prisma.sql`(SELECT p."organizationId" FROM "AgreementParty" p WHERE p."agreementId" = ${id})`;

  const [otherNames, documents, parties, organizationNames, cooperationFields, organizationEvidence, participants, focusAreas, statusChanges, evidence] = await Promise.all([
    database.$queryRaw<{ name: string; note: string | null }[]>`
      SELECT n."name", n."note" FROM "AgreementName" n WHERE n."agreementId" = ${id} ORDER BY n."order"`,
    database.$queryRaw<{ id: string }[]>`SELECT d."id" FROM "AgreementDocument" d WHERE d."agreementId" = ${id}`,
    database.$queryRaw<(Omit<PartyOrganization, "otherNames" | "cooperationFields" | "evidence"> & { role: Party["role"] })[]>`
      SELECT p."role", o."id", o."name", o."localName", o."acronym", o."kind", o."country", o."region", o."city", o."isOwnInstitution"
      FROM "AgreementParty" p JOIN "Organization" o ON o."id" = p."organizationId"
      WHERE p."agreementId" = ${id} ORDER BY p."order"`,
    database.$queryRaw<{ organizationId: string; name: string }[]>`
      SELECT n."organizationId", n."name" FROM "OrganizationName" n WHERE n."organizationId" IN ${partyOrganizations} ORDER BY n."name"`,
    database.$queryRaw<{ organizationId: string; name: string; localName: string | null }[]>`
      SELECT c."organizationId", f."name", f."localName" FROM "OrganizationFocusArea" c JOIN "FocusArea" f ON f."id" = c."focusAreaId"
      WHERE c."organizationId" IN ${partyOrganizations} ORDER BY f."name"`,
    database.$queryRaw<({ organizationId: string } & PartyOrganization["evidence"][number])[]>`
      SELECT e."organizationId", e."field", e."quote", e."basis", e."note", e."origin" FROM "Evidence" e
      WHERE e."organizationId" IN ${partyOrganizations} ORDER BY e."order"`,
    database.$queryRaw<
      {
        role: Row<"participants">["role"];
        note: string | null;
        personId: string | null;
        personName: string | null;
        personLocalName: string | null;
        position: string | null;
        localPosition: string | null;
        onBehalfOfId: string | null;
        onBehalfOfName: string | null;
        onBehalfOfLocalName: string | null;
        onBehalfOfAcronym: string | null;
        parentId: string | null;
        parentName: string | null;
        parentLocalName: string | null;
      }[]
    >`
      SELECT pa."role", pa."note", pe."id" AS "personId", pe."name" AS "personName", pe."localName" AS "personLocalName", pe."position", pe."localPosition",
        o."id" AS "onBehalfOfId", o."name" AS "onBehalfOfName", o."localName" AS "onBehalfOfLocalName", o."acronym" AS "onBehalfOfAcronym",
        parent."id" AS "parentId", parent."name" AS "parentName", parent."localName" AS "parentLocalName"
      FROM "Participant" pa
        LEFT JOIN "Person" pe ON pe."id" = pa."personId"
        LEFT JOIN "Organization" o ON o."id" = pa."onBehalfOfId"
        LEFT JOIN "Organization" parent ON parent."id" = o."parentId"
      WHERE pa."agreementId" = ${id} ORDER BY pa."order"`,
    database.$queryRaw<{ name: string; localName: string | null }[]>`
      SELECT f."name", f."localName" FROM "AgreementFocusArea" af JOIN "FocusArea" f ON f."id" = af."focusAreaId"
      WHERE af."agreementId" = ${id} ORDER BY f."name"`,
    database.$queryRaw<(Omit<Row<"statusChanges">, "changedBy"> & { changedById: string | null; changedByName: string | null })[]>`
      SELECT s."kind", s."fromStatus", s."toStatus", s."changedAt", s."effectiveOn", s."effectiveOnPrecision", s."note", s."systemNote",
        u."id" AS "changedById", u."name" AS "changedByName"
      FROM "StatusChange" s LEFT JOIN "User" u ON u."id" = s."changedById"
      WHERE s."agreementId" = ${id} ORDER BY s."changedAt"`,
    database.$queryRaw<(Omit<Row<"evidence">, "source"> & { [K in keyof Row<"evidence">["source"] as `source_${K & string}`]: Row<"evidence">["source"][K] })[]>`
      SELECT e."field", e."quote", e."basis", e."note", e."origin",
        s."id" AS "source_id", s."title" AS "source_title", s."publisher" AS "source_publisher", s."url" AS "source_url",
        s."publishedOn" AS "source_publishedOn", s."publishedOnPrecision" AS "source_publishedOnPrecision", s."publishedOnBasis" AS "source_publishedOnBasis",
        s."language" AS "source_language", s."completeness" AS "source_completeness"
      FROM "Evidence" e JOIN "Source" s ON s."id" = e."sourceId"
      WHERE e."agreementId" = ${id} ORDER BY e."order"`,
  ]);

  const namesOf = grouped(organizationNames, (n) => n.organizationId, (n) => ({ name: n.name }));
  const fieldsOf = grouped(cooperationFields, (f) => f.organizationId, (f) => ({ focusArea: { name: f.name, localName: f.localName } }));
  const evidenceOf = grouped(organizationEvidence, (e) => e.organizationId, ({ organizationId: _, ...e }) => e);
  const {
    typeId,
    typeName,
    typeLocalName,
    ownerId,
    ownerName,
    ownerEmail,
    leadUnitId,
    leadUnitName,
    leadUnitLocalName,
    leadUnitAcronym,
    renewedById,
    noticeGivenById,
    noticeGivenByName,
    ...agreement
  } = row;
  return {
    ...agreement,
    type: typeId ? { name: typeName!, localName: typeLocalName } : null,
    owner: ownerId ? { name: ownerName!, email: ownerEmail! } : null,
    leadUnit: leadUnitId ? { id: leadUnitId, name: leadUnitName!, localName: leadUnitLocalName, acronym: leadUnitAcronym } : null,
    renewedBy: renewedById ? { id: renewedById } : null,
    noticeGivenBy: noticeGivenById ? { name: noticeGivenByName! } : null,
    otherNames,
    documents,
    parties: parties.map(({ role, ...organization }) => ({
      role,
      organization: {
        ...organization,
        otherNames: namesOf.get(organization.id) ?? [],
        cooperationFields: fieldsOf.get(organization.id) ?? [],
        evidence: evidenceOf.get(organization.id) ?? [],
      },
    })),
    participants: participants.map((p) => ({
      role: p.role,
      note: p.note,
      person: p.personId ? { id: p.personId, name: p.personName!, localName: p.personLocalName, position: p.position, localPosition: p.localPosition } : null,
      onBehalfOf: p.onBehalfOfId
        ? {
            id: p.onBehalfOfId,
            name: p.onBehalfOfName!,
            localName: p.onBehalfOfLocalName,
            acronym: p.onBehalfOfAcronym,
            parent: p.parentId ? { name: p.parentName!, localName: p.parentLocalName } : null,
          }
        : null,
    })),
    focusAreas: focusAreas.map((focusArea) => ({ focusArea })),
    statusChanges: statusChanges.map(({ changedById, changedByName, ...change }) => ({ ...change, changedBy: changedById ? { name: changedByName! } : null })),
    evidence: evidence.map((e) => ({
      field: e.field,
      quote: e.quote,
      basis: e.basis,
      note: e.note,
      origin: e.origin,
      source: {
        id: e.source_id,
        title: e.source_title,
        publisher: e.source_publisher,
        url: e.source_url,
        publishedOn: e.source_publishedOn,
        publishedOnPrecision: e.source_publishedOnPrecision,
        publishedOnBasis: e.source_publishedOnBasis,
        language: e.source_language,
        completeness: e.source_completeness,
      },
    })),
  };
}
