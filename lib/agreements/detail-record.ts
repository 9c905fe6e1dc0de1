// The stored record behind an agreement's page, read in one statement (decision 029): the
// agreement's row with each of its lists as a JSON array column. Through Prisma's nested select
// the same record took 28 statements; each costs Prisma's planning and, on PostgreSQL, a round
// trip, whatever the SQL (docs/benchmarks.md).
import "server-only";
import { Prisma } from "../../generated/prisma/client.ts";
import { dialectOf, type Database, type Dialect } from "../prisma-client";
import { RENEWAL_COLUMNS } from "./running-period";
import { jsonAggregate, jsonBoolean, jsonDateOf, jsonObject } from "../sql/json";

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

/** A list as one JSON array column: an object of `columns` per row of `from`, in `orderBy` order. */
function jsonList(dialect: Dialect, columns: Record<string, string>, from: string, orderBy?: string): string {
  return `(SELECT ${jsonAggregate(dialect, jsonObject(dialect, columns), orderBy)} ${from})`;
}

/** A JSON list column as the driver returns it: text on SQLite, parsed on PostgreSQL. */
const parsed = <T>(value: unknown): T[] => (typeof value === "string" ? JSON.parse(value) : value) as T[];

/** The record's lists, each a JSON array column of the agreement's row (see jsonList). */
function listColumns(dialect: Dialect): string {
  const ofAgreement = (table: string, alias: string) => `FROM "${table}" ${alias} WHERE ${alias}."agreementId" = a."id"`;
  const ofPartyOrganizations = (from: string, alias: string) =>
    `${from} WHERE ${alias}."organizationId" IN (SELECT p."organizationId" FROM "AgreementParty" p WHERE p."agreementId" = a."id")`;
  const lists: Record<string, string> = {
    otherNames: jsonList(dialect, { name: `n."name"`, note: `n."note"` }, ofAgreement("AgreementName", "n"), `n."order"`),
    documents: jsonList(dialect, { id: `d."id"` }, ofAgreement("AgreementDocument", "d")),
    parties: jsonList(
      dialect,
      { role: `p."role"`, id: `o."id"`, name: `o."name"`, localName: `o."localName"`, acronym: `o."acronym"`, kind: `o."kind"`, country: `o."country"`, region: `o."region"`, city: `o."city"`, isOwnInstitution: `o."isOwnInstitution"` },
      `FROM "AgreementParty" p JOIN "Organization" o ON o."id" = p."organizationId" WHERE p."agreementId" = a."id"`,
      `p."order"`,
    ),
    organizationNames: jsonList(dialect, { organizationId: `n."organizationId"`, name: `n."name"` }, ofPartyOrganizations(`FROM "OrganizationName" n`, "n"), `n."name"`),
    cooperationFields: jsonList(
      dialect,
      { organizationId: `c."organizationId"`, name: `f."name"`, localName: `f."localName"` },
      ofPartyOrganizations(`FROM "OrganizationFocusArea" c JOIN "FocusArea" f ON f."id" = c."focusAreaId"`, "c"),
      `f."name"`,
    ),
    organizationEvidence: jsonList(
      dialect,
      { organizationId: `e."organizationId"`, field: `e."field"`, quote: `e."quote"`, basis: `e."basis"`, note: `e."note"`, origin: `e."origin"` },
      ofPartyOrganizations(`FROM "Evidence" e`, "e"),
      `e."order"`,
    ),
    participants: jsonList(
      dialect,
      {
        role: `pa."role"`,
        note: `pa."note"`,
        personId: `pe."id"`,
        personName: `pe."name"`,
        personLocalName: `pe."localName"`,
        position: `pe."position"`,
        localPosition: `pe."localPosition"`,
        onBehalfOfId: `o."id"`,
        onBehalfOfName: `o."name"`,
        onBehalfOfLocalName: `o."localName"`,
        onBehalfOfAcronym: `o."acronym"`,
        parentId: `parent."id"`,
        parentName: `parent."name"`,
        parentLocalName: `parent."localName"`,
      },
      `FROM "Participant" pa
        LEFT JOIN "Person" pe ON pe."id" = pa."personId"
        LEFT JOIN "Organization" o ON o."id" = pa."onBehalfOfId"
        LEFT JOIN "Organization" parent ON parent."id" = o."parentId"
      WHERE pa."agreementId" = a."id"`,
      `pa."order"`,
    ),
    focusAreas: jsonList(dialect, { name: `f."name"`, localName: `f."localName"` }, `FROM "AgreementFocusArea" af JOIN "FocusArea" f ON f."id" = af."focusAreaId" WHERE af."agreementId" = a."id"`, `f."name"`),
    statusChanges: jsonList(
      dialect,
      {
        kind: `s."kind"`,
        fromStatus: `s."fromStatus"`,
        toStatus: `s."toStatus"`,
        changedAt: `s."changedAt"`,
        effectiveOn: `s."effectiveOn"`,
        effectiveOnPrecision: `s."effectiveOnPrecision"`,
        note: `s."note"`,
        systemNote: `s."systemNote"`,
        changedById: `u."id"`,
        changedByName: `u."name"`,
      },
      `FROM "StatusChange" s LEFT JOIN "User" u ON u."id" = s."changedById" WHERE s."agreementId" = a."id"`,
      `s."changedAt"`,
    ),
    evidence: jsonList(
      dialect,
      {
        field: `e."field"`,
        quote: `e."quote"`,
        basis: `e."basis"`,
        note: `e."note"`,
        origin: `e."origin"`,
        sourceId: `s."id"`,
        title: `s."title"`,
        publisher: `s."publisher"`,
        url: `s."url"`,
        publishedOn: `s."publishedOn"`,
        publishedOnPrecision: `s."publishedOnPrecision"`,
        publishedOnBasis: `s."publishedOnBasis"`,
        language: `s."language"`,
        completeness: `s."completeness"`,
      },
      `FROM "Evidence" e JOIN "Source" s ON s."id" = e."sourceId" WHERE e."agreementId" = a."id"`,
      `e."order"`,
    ),
  };
  return Object.entries(lists)
    .map(([name, list]) => `${list} AS "${name}"`)
    .join(",\n      ");
}

/** The list columns' SQL per dialect, built once. */
const LIST_COLUMNS: Partial<Record<Dialect, Prisma.Sql>> = {};

type Json<T> = { [K in keyof T]: T[K] extends Date | null ? string | null : T[K] extends boolean ? boolean | number : T[K] };
type PartyRow = Json<Omit<PartyOrganization, "otherNames" | "cooperationFields" | "evidence">> & { role: Party["role"] };
type ParticipantRow = {
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
};
type StatusChangeRow = Json<Omit<Row<"statusChanges">, "changedBy">> & { changedById: string | null; changedByName: string | null };
type EvidenceRow = Omit<Row<"evidence">, "source"> & Json<Omit<Row<"evidence">["source"], "id">> & { sourceId: string };

/**
 * The agreement with this reference as its page needs it (shape: AgreementRecord), or null when
 * none has it: one statement, the agreement's row with its type, owner, lead unit, successor and
 * who gave notice, and each of its lists (other names, documents, parties with their
 * organisations' other names, fields and evidence, people, focus areas, timeline, evidence with
 * sources) as a JSON array column read down an index on the agreement's id. The reference is the
 * one bound parameter.
 */
export async function readAgreementRecord(database: Database, reference: string): Promise<AgreementRecord | null> {
  const dialect = dialectOf(database);
  const lists = (LIST_COLUMNS[dialect] ??= Prisma.raw(listColumns(dialect)));
  const jsonDate = jsonDateOf(dialect);
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
      otherNames: unknown;
      documents: unknown;
      parties: unknown;
      organizationNames: unknown;
      cooperationFields: unknown;
      organizationEvidence: unknown;
      participants: unknown;
      focusAreas: unknown;
      statusChanges: unknown;
      evidence: unknown;
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
      g."id" AS "noticeGivenById", g."name" AS "noticeGivenByName",
      ${lists}
    FROM "Agreement" a
      LEFT JOIN "AgreementType" t ON t."id" = a."typeId"
      LEFT JOIN "User" u ON u."id" = a."ownerId"
      LEFT JOIN "Organization" l ON l."id" = a."leadUnitId"
      LEFT JOIN "User" g ON g."id" = a."noticeGivenById"
    WHERE a."reference" = ${reference}`;
  if (!row) return null;

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
    otherNames,
    documents,
    parties,
    organizationNames,
    cooperationFields,
    organizationEvidence,
    participants,
    focusAreas,
    statusChanges,
    evidence,
    ...agreement
  } = row;
  const namesOf = grouped(parsed<{ organizationId: string; name: string }>(organizationNames), (n) => n.organizationId, (n) => ({ name: n.name }));
  const fieldsOf = grouped(
    parsed<{ organizationId: string; name: string; localName: string | null }>(cooperationFields),
    (f) => f.organizationId,
    (f) => ({ focusArea: { name: f.name, localName: f.localName } }),
  );
  const evidenceOf = grouped(
    parsed<{ organizationId: string } & PartyOrganization["evidence"][number]>(organizationEvidence),
    (e) => e.organizationId,
    ({ organizationId: _, ...e }) => e,
  );
  return {
    ...agreement,
    type: typeId ? { name: typeName!, localName: typeLocalName } : null,
    owner: ownerId ? { name: ownerName!, email: ownerEmail! } : null,
    leadUnit: leadUnitId ? { id: leadUnitId, name: leadUnitName!, localName: leadUnitLocalName, acronym: leadUnitAcronym } : null,
    renewedBy: renewedById ? { id: renewedById } : null,
    noticeGivenBy: noticeGivenById ? { name: noticeGivenByName! } : null,
    otherNames: parsed<{ name: string; note: string | null }>(otherNames),
    documents: parsed<{ id: string }>(documents),
    parties: parsed<PartyRow>(parties).map(({ role, isOwnInstitution, ...organization }) => ({
      role,
      organization: {
        ...organization,
        isOwnInstitution: jsonBoolean(isOwnInstitution),
        otherNames: namesOf.get(organization.id) ?? [],
        cooperationFields: fieldsOf.get(organization.id) ?? [],
        evidence: evidenceOf.get(organization.id) ?? [],
      },
    })),
    participants: parsed<ParticipantRow>(participants).map((p) => ({
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
    focusAreas: parsed<{ name: string; localName: string | null }>(focusAreas).map((focusArea) => ({ focusArea })),
    statusChanges: parsed<StatusChangeRow>(statusChanges).map(({ changedById, changedByName, changedAt, effectiveOn, ...change }) => ({
      ...change,
      changedAt: jsonDate(changedAt)!,
      effectiveOn: jsonDate(effectiveOn),
      changedBy: changedById ? { name: changedByName! } : null,
    })),
    evidence: parsed<EvidenceRow>(evidence).map((e) => ({
      field: e.field,
      quote: e.quote,
      basis: e.basis,
      note: e.note,
      origin: e.origin,
      source: {
        id: e.sourceId,
        title: e.title,
        publisher: e.publisher,
        url: e.url,
        publishedOn: jsonDate(e.publishedOn),
        publishedOnPrecision: e.publishedOnPrecision,
        publishedOnBasis: e.publishedOnBasis,
        language: e.language,
        completeness: e.completeness,
      },
    })),
  };
}
