// Sources and the evidence they give, as a person enters them (decision 024). Every write checks
// the rules of rules.ts, writes its audit record in the same transaction, and changes nothing
// when refused. Evidence for an agreement's fact is written to the agreement's history too.
import type { DatabaseTransaction } from "../prisma-client";
import type { CurrentUser } from "../auth/current-user-type";
import { recordAudit, type FieldChanges } from "../audit/record-audit";
import { DomainError } from "../errors";
import { evidenceRefusal, quoteOccursIn, sourceRefusal, type Refusal } from "./rules";
import type { EvidenceInput, SourceInput } from "./schema";

function refuse(refusal: Refusal | null): void {
  if (refusal) throw new DomainError("INVALID", refusal.key, refusal.field);
}

/** The stored columns of a source, from what the person entered. */
function sourceData(input: SourceInput) {
  return {
    kind: input.kind,
    title: input.title,
    url: input.url,
    publisher: input.publisher,
    publishedOn: input.publishedOn?.date ?? null,
    publishedOnPrecision: input.publishedOn?.precision ?? null,
    publishedOnBasis: input.publishedOn ? input.publishedOnBasis : null,
    language: input.language,
    completeness: input.completeness,
    text: input.text,
  };
}

/** What the audit log keeps of a source: its text only by length (it can be long). */
function sourceSnapshot(data: ReturnType<typeof sourceData>) {
  const { text, ...rest } = data;
  return { ...rest, textLength: text?.length ?? 0 };
}

/** The stored columns of a piece of evidence: a fact from outside the source has no quote; only it has an origin. */
function evidenceData(input: EvidenceInput) {
  const outside = input.basis === "OUTSIDE_SOURCE";
  return { field: input.field, basis: input.basis, quote: outside ? "" : (input.quote ?? ""), note: input.note, origin: outside ? input.origin : null };
}

/** Creates a source. Errors: INVALID (publication date without its basis, or a basis without a date). */
export async function createSource(tx: DatabaseTransaction, input: SourceInput, actor: CurrentUser) {
  refuse(sourceRefusal(input));
  const data = sourceData(input);
  const created = await tx.source.create({ data, select: { id: true } });
  await recordAudit(tx, { actorId: actor.id, action: "source.created", entityType: "Source", entityId: created.id, after: sourceSnapshot(data) });
  return { id: created.id };
}

/**
 * Edits a source seen at `version`. Errors: NOT_FOUND; CONFLICT when someone else changed it since;
 * INVALID for the date rule, or when a new text no longer holds a quote that evidence takes from it.
 */
export async function updateSource(tx: DatabaseTransaction, input: SourceInput & { id: string; version: number }, actor: CurrentUser) {
  const before = await tx.source.findUnique({ where: { id: input.id }, select: { kind: true, title: true, url: true, publisher: true, publishedOn: true, publishedOnPrecision: true, publishedOnBasis: true, language: true, completeness: true, text: true, version: true } });
  if (!before) throw new DomainError("NOT_FOUND", "sourceGone");
  if (before.version !== input.version) throw new DomainError("CONFLICT", "sourceConflict");
  refuse(sourceRefusal(input));
  const data = sourceData(input);
  if (data.text) {
    const quoted = await tx.evidence.findMany({ where: { sourceId: input.id, basis: { in: ["STATED", "INFERRED"] } }, select: { quote: true } });
    const lost = quoted.filter((e) => !quoteOccursIn(e.quote, data.text!)).length;
    if (lost > 0) throw new DomainError("INVALID", "textDropsQuotes", "text", { count: lost });
  }
  const { count } = await tx.source.updateMany({ where: { id: input.id, version: input.version }, data: { ...data, version: { increment: 1 } } });
  if (count === 0) throw new DomainError("CONFLICT", "sourceConflict");
  const { version: _version, ...old } = before;
  await recordAudit(tx, { actorId: actor.id, action: "source.updated", entityType: "Source", entityId: input.id, before: sourceSnapshot(old as ReturnType<typeof sourceData>), after: sourceSnapshot(data) });
  return { id: input.id };
}

/** Deletes a source that supports nothing. Errors: NOT_FOUND; IN_USE while evidence or a ceremony refers to it. */
export async function deleteSource(tx: DatabaseTransaction, input: { id: string }, actor: CurrentUser) {
  const source = await tx.source.findUnique({ where: { id: input.id }, select: { title: true, _count: { select: { evidence: true, events: true } } } });
  if (!source) throw new DomainError("NOT_FOUND", "sourceGone");
  const { evidence, events } = source._count;
  if (evidence + events > 0) throw new DomainError("IN_USE", "sourceInUse", undefined, { evidence, events });
  await tx.source.delete({ where: { id: input.id } });
  await recordAudit(tx, { actorId: actor.id, action: "source.deleted", entityType: "Source", entityId: input.id, before: { title: source.title } });
  return { id: input.id };
}

async function agreementByReference(tx: DatabaseTransaction, reference: string) {
  const agreement = await tx.agreement.findUnique({ where: { reference }, select: { id: true, reference: true } });
  if (!agreement) throw new DomainError("NOT_FOUND", "noSuchAgreement", undefined, { reference });
  return agreement;
}

/** The history's words for a piece of evidence: the fact's field with its quote (or origin), and the source. */
function evidenceChange(evidence: { field: string; quote: string; origin: string | null }, title: string, removed = false): FieldChanges {
  const said = evidence.quote || evidence.origin || "";
  const change = (value: string) => (removed ? { before: value, after: null } : { before: null, after: value });
  return { [evidence.field]: change(said), source: change(title) };
}

/**
 * Adds evidence from a source: for a fact of the agreement `reference`, or, without one, for a fact of
 * the source itself. Returns the evidence id, the agreement's reference (or null) and the source id.
 * Errors: NOT_FOUND (agreement or source); INVALID by the rules of evidenceRefusal.
 */
export async function addEvidence(tx: DatabaseTransaction, input: EvidenceInput & { reference: string | null; sourceId: string }, actor: CurrentUser) {
  const source = await tx.source.findUnique({ where: { id: input.sourceId }, select: { id: true, title: true, text: true } });
  if (!source) throw new DomainError("NOT_FOUND", "sourceGone", "sourceId");
  const agreement = input.reference ? await agreementByReference(tx, input.reference) : null;
  refuse(evidenceRefusal(input, agreement ? "agreement" : "source", source.text));
  const data = evidenceData(input);
  const last = await tx.evidence.findFirst({
    where: agreement ? { agreementId: agreement.id } : { sourceId: source.id, agreementId: null, organizationId: null, personId: null, signingEventId: null },
    orderBy: { order: "desc" },
    select: { order: true },
  });
  const created = await tx.evidence.create({ data: { ...data, sourceId: source.id, agreementId: agreement?.id ?? null, order: (last?.order ?? -1) + 1 }, select: { id: true } });
  if (agreement) {
    await recordAudit(tx, { actorId: actor.id, action: "agreement.evidence-added", entityType: "Agreement", entityId: agreement.id, changes: evidenceChange(data, source.title) });
  } else {
    await recordAudit(tx, { actorId: actor.id, action: "source.evidence-added", entityType: "Source", entityId: source.id, after: data });
  }
  return { id: created.id, reference: agreement?.reference ?? null, sourceId: source.id };
}

/** A new source and the first fact of an agreement it supports, in one transaction (a source is on an agreement through what it supports). */
export async function addSourceToAgreement(tx: DatabaseTransaction, input: SourceInput & EvidenceInput & { reference: string }, actor: CurrentUser) {
  // Checked before anything is written, so that a refused quote leaves no source behind it.
  await agreementByReference(tx, input.reference);
  refuse(sourceRefusal(input));
  refuse(evidenceRefusal(input, "agreement", input.text));
  const { id: sourceId } = await createSource(tx, input, actor);
  return addEvidence(tx, { reference: input.reference, sourceId, field: input.field, basis: input.basis, quote: input.quote, note: input.note, origin: input.origin }, actor);
}

const evidenceSelect = {
  id: true, field: true, basis: true, quote: true, note: true, origin: true, version: true, organizationId: true, personId: true, signingEventId: true,
  agreement: { select: { id: true, reference: true } },
  source: { select: { id: true, title: true, text: true } },
} as const;

/**
 * Edits a piece of evidence seen at `version` (its source and owner stay). Errors: NOT_FOUND; CONFLICT
 * when changed since; INVALID by the rules of evidenceRefusal. Only an agreement's or a source's own
 * evidence is edited here (an organisation's or a person's comes from the seed).
 */
export async function updateEvidence(tx: DatabaseTransaction, input: EvidenceInput & { id: string; version: number }, actor: CurrentUser) {
  const before = await tx.evidence.findUnique({ where: { id: input.id }, select: evidenceSelect });
  if (!before || before.organizationId || before.personId || before.signingEventId) throw new DomainError("NOT_FOUND", "evidenceGone");
  if (before.version !== input.version) throw new DomainError("CONFLICT", "evidenceConflict");
  refuse(evidenceRefusal(input, before.agreement ? "agreement" : "source", before.source.text));
  const data = evidenceData(input);
  const { count } = await tx.evidence.updateMany({ where: { id: input.id, version: input.version }, data: { ...data, version: { increment: 1 } } });
  if (count === 0) throw new DomainError("CONFLICT", "evidenceConflict");
  const old = { field: before.field, basis: before.basis, quote: before.quote, note: before.note, origin: before.origin };
  if (before.agreement) {
    // A changed field reads as one removed and one added; the same field as its words before and after.
    const { source: _source, ...changes } = { ...evidenceChange(old, before.source.title, true), ...evidenceChange(data, before.source.title) };
    if (old.field === data.field) changes[data.field] = { before: old.quote || old.origin || "", after: data.quote || data.origin || "" };
    await recordAudit(tx, { actorId: actor.id, action: "agreement.evidence-updated", entityType: "Agreement", entityId: before.agreement.id, changes });
  } else {
    await recordAudit(tx, { actorId: actor.id, action: "source.evidence-updated", entityType: "Source", entityId: before.source.id, before: old, after: data });
  }
  return { id: input.id, reference: before.agreement?.reference ?? null, sourceId: before.source.id };
}

/** Removes a piece of evidence. Errors: NOT_FOUND. */
export async function removeEvidence(tx: DatabaseTransaction, input: { id: string }, actor: CurrentUser) {
  const before = await tx.evidence.findUnique({ where: { id: input.id }, select: evidenceSelect });
  if (!before || before.organizationId || before.personId || before.signingEventId) throw new DomainError("NOT_FOUND", "evidenceGone");
  await tx.evidence.delete({ where: { id: input.id } });
  if (before.agreement) {
    await recordAudit(tx, { actorId: actor.id, action: "agreement.evidence-removed", entityType: "Agreement", entityId: before.agreement.id, changes: evidenceChange(before, before.source.title, true) });
  } else {
    await recordAudit(tx, { actorId: actor.id, action: "source.evidence-removed", entityType: "Source", entityId: before.source.id, before: { field: before.field, basis: before.basis, quote: before.quote, note: before.note, origin: before.origin } });
  }
  return { id: input.id, reference: before.agreement?.reference ?? null, sourceId: before.source.id };
}
