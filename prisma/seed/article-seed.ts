// Loads the records of the WUT–Guangxi news release (wut-guangxi-2020.ts) into the
// database, in one transaction, once: a second run finds the source and changes nothing.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Database, DatabaseTransaction } from "../../lib/prisma-client";
import { parsePartialDate } from "../../lib/dates/partial-date";
import { refreshSearchDocuments } from "../../lib/agreements/search-document";
import {
  AGREEMENT_TYPES,
  AGREEMENTS,
  FOCUS_AREAS,
  ORGANIZATIONS,
  PEOPLE,
  SIGNING_EVENTS,
  SOURCE,
  SOURCE_EVIDENCE,
  type FocusAreaKey,
  FOCUS_AREA_LOCAL_NAMES,
  type OrganizationKey,
  type PersonKey,
  type SeedEvidence,
  type SeedOrganization,
} from "./wut-guangxi-2020";

const here = path.dirname(fileURLToPath(import.meta.url));

export function readSourceText(): string {
  return fs.readFileSync(path.join(here, SOURCE.textFile), "utf8");
}

/** Folds every run of white space (the release has non-breaking spaces) into one space. */
export function foldWhitespace(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** Every quote the seed uses that is not in the release, folded for white space. */
export function quotesMissingFromSource(sourceText: string): string[] {
  const haystack = foldWhitespace(sourceText);
  const all: SeedEvidence[] = [
    ...AGREEMENTS.flatMap((a) => a.evidence),
    ...Object.values(ORGANIZATIONS).flatMap((o: SeedOrganization) => o.evidence ?? []),
    ...Object.values(PEOPLE).flatMap((p) => p.evidence),
    ...SIGNING_EVENTS.flatMap((e) => e.evidence),
    ...SOURCE_EVIDENCE,
  ];
  // A fact from outside the release has no quote; every other must be the release's words.
  const quoted = all.filter((e) => e.basis !== "OUTSIDE_SOURCE");
  const unquoted = all.filter((e) => e.basis === "OUTSIDE_SOURCE" && (e.quote !== "" || !e.origin)).map((e) => `${e.field}: outside the source, with a quote or without its origin`);
  return [...unquoted, ...[...new Set(quoted.map((e) => e.quote))].filter((quote) => !quote || !haystack.includes(foldWhitespace(quote)))];
}

function requiredId<K>(ids: Map<K, string>, key: K): string {
  const id = ids.get(key);
  if (!id) throw new Error(`seed refers to ${String(key)} before it is created`);
  return id;
}

function requiredDate(iso: string) {
  const parsed = parsePartialDate(iso);
  if (!parsed) throw new Error(`seed date is not a partial ISO date: ${iso}`);
  return parsed;
}

export async function seedArticle(db: Database): Promise<{ created: boolean }> {
  const sourceText = readSourceText();
  const missing = quotesMissingFromSource(sourceText);
  if (missing.length > 0) throw new Error(`seed quotes not found in the release:\n- ${missing.join("\n- ")}`);

  return db.$transaction(
    async (tx) => {
      if (await tx.source.findUnique({ where: { key: SOURCE.key }, select: { id: true } })) return { created: false };

      const published = requiredDate(SOURCE.publishedOn);
      const source = await tx.source.create({
        data: {
          key: SOURCE.key,
          kind: SOURCE.kind,
          title: SOURCE.title,
          publisher: SOURCE.publisher,
          publishedOn: published.date,
          publishedOnPrecision: published.precision,
          publishedOnBasis: SOURCE.publishedOnBasis,
          url: SOURCE.url,
          language: SOURCE.language,
          completeness: SOURCE.completeness,
          text: sourceText,
        },
        select: { id: true },
      });
      const evidenceRows = (evidence: SeedEvidence[] | undefined) =>
        (evidence ?? []).map((e, order) => ({
          sourceId: source.id,
          field: e.field,
          quote: foldWhitespace(e.quote),
          basis: e.basis,
          note: e.note ?? null,
          origin: e.origin ?? null,
          order,
        }));
      // Evidence of the source's own facts (its date) belongs to the source alone.
      await tx.evidence.createMany({ data: evidenceRows(SOURCE_EVIDENCE) });

      const typeIds = new Map<string, string>();
      for (const [sortOrder, type] of AGREEMENT_TYPES.entries()) {
        const row = await tx.agreementType.upsert({
          where: { code: type.code },
          create: { code: type.code, name: type.name, localName: type.localName, sortOrder },
          update: {},
          select: { id: true },
        });
        typeIds.set(type.code, row.id);
      }

      const focusAreaIds = new Map<FocusAreaKey, string>();
      for (const [key, name] of Object.entries(FOCUS_AREAS) as [FocusAreaKey, string][]) {
        const row = await tx.focusArea.upsert({ where: { name }, create: { name, localName: FOCUS_AREA_LOCAL_NAMES[key] }, update: {}, select: { id: true } });
        focusAreaIds.set(key, row.id);
      }

      // Parents are listed before their units, so one pass in order suffices.
      const organizationIds = new Map<OrganizationKey, string>();
      for (const [key, org] of Object.entries(ORGANIZATIONS) as [OrganizationKey, SeedOrganization][]) {
        const row = await tx.organization.create({
          data: {
            name: org.name,
            localName: org.localName ?? null,
            acronym: org.acronym ?? null,
            kind: org.kind,
            country: org.country ?? null,
            region: org.region ?? null,
            city: org.city ?? null,
            isOwnInstitution: org.isOwnInstitution ?? false,
            parentId: org.parent ? requiredId(organizationIds, org.parent) : null,
            otherNames: { create: (org.otherNames ?? []).map((name) => ({ name })) },
            cooperationFields: {
              create: (org.cooperationFields ?? []).map((field) => ({ focusAreaId: focusAreaIds.get(field)! })),
            },
            evidence: { create: evidenceRows(org.evidence) },
          },
          select: { id: true },
        });
        organizationIds.set(key, row.id);
      }

      const personIds = new Map<PersonKey, string>();
      for (const [key, person] of Object.entries(PEOPLE) as [PersonKey, (typeof PEOPLE)[PersonKey]][]) {
        const row = await tx.person.create({
          data: {
            name: person.name,
            localName: "localName" in person ? person.localName : null,
            position: person.position,
            localPosition: "localPosition" in person ? person.localPosition : null,
            organizationId: organizationIds.get(person.organization),
            evidence: { create: evidenceRows(person.evidence) },
          },
          select: { id: true },
        });
        personIds.set(key, row.id);
      }

      const agreementIds = new Map<string, string>();
      for (const agreement of AGREEMENTS) {
        const signed = requiredDate(agreement.signedOn.iso);
        const row = await tx.agreement.create({
          data: {
            reference: agreement.reference,
            title: agreement.title,
            titleKnowledge: agreement.titleKnowledge ?? "KNOWN",
            signatoriesKnowledge: agreement.signatoriesKnowledge ?? "KNOWN",
            focusAreasKnowledge: agreement.focusAreasKnowledge ?? "KNOWN",
            termKnowledge: agreement.termKnowledge ?? "KNOWN",
            otherNames: { create: (agreement.otherNames ?? []).map((n, order) => ({ name: n.name, note: n.note, order })) },
            typeId: agreement.type ? typeIds.get(agreement.type) : null,
            summary: agreement.summary ?? null,
            status: agreement.status,
            signedOn: signed.date,
            signedOnPrecision: signed.precision,
            signedOnApproximate: agreement.signedOn.approximate ?? false,
            signedPlace: agreement.signedPlace ?? null,
            renewalOfId: agreement.renewalOf ? agreementIds.get(agreement.renewalOf) : null,
            parties: {
              create: agreement.parties.map((party, order) => ({
                organizationId: organizationIds.get(party.organization)!,
                role: party.role,
                order,
              })),
            },
            participants: {
              create: (agreement.participants ?? []).map((p, order) => ({
                personId: p.person ? personIds.get(p.person) : null,
                onBehalfOfId: organizationIds.get(p.onBehalfOf),
                role: p.role,
                note: p.note ?? null,
                order,
              })),
            },
            focusAreas: { create: (agreement.focusAreas ?? []).map((key) => ({ focusAreaId: focusAreaIds.get(key)! })) },
            statusChanges: {
              create: agreement.statusTimeline.map((change) => ({
                fromStatus: change.from,
                toStatus: change.to,
                changedAt: requiredDate(change.at).date,
                note: change.note,
              })),
            },
            evidence: { create: evidenceRows(agreement.evidence) },
          },
          select: { id: true },
        });
        agreementIds.set(agreement.reference, row.id);
        await recordSeedAudit(tx, row.id, agreement.reference);
      }

      for (const event of SIGNING_EVENTS) {
        const held = requiredDate(event.heldOn.iso);
        await tx.signingEvent.create({
          data: {
            name: event.name,
            heldOn: held.date,
            heldOnPrecision: held.precision,
            place: event.place,
            hostId: organizationIds.get(event.host),
            sourceId: source.id,
            agreements: { connect: event.agreements.map((reference) => ({ id: agreementIds.get(reference)! })) },
            attendances: {
              create: event.attendances.map((a, order) => ({
                personId: a.person ? personIds.get(a.person) : null,
                onBehalfOfId: organizationIds.get(a.onBehalfOf),
                role: a.role,
                position: a.position ?? null,
                note: a.note ?? null,
                order,
              })),
            },
            evidence: { create: evidenceRows(event.evidence) },
          },
        });
      }
      await refreshSearchDocuments(tx, { agreementIds: [...agreementIds.values()] });
      return { created: true };
    },
    { timeout: 60_000 },
  );
}

async function recordSeedAudit(tx: DatabaseTransaction, agreementId: string, reference: string) {
  await tx.auditEvent.create({
    data: {
      action: "agreement.seeded",
      entityType: "Agreement",
      entityId: agreementId,
      changes: JSON.stringify({ reference: { before: null, after: reference }, source: { before: null, after: SOURCE.key } }),
    },
  });
}
