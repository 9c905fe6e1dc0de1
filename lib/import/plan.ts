// Turns the rows of an uploaded register into agreements to create, with every row's
// problems, before anything is written. Organisations, types and focus areas are
// matched to existing ones by any of their names; what is not found will be created.
import type { DatabaseTransaction } from "../prisma-client";
import { parseLooseDate, type PartialDate } from "../dates/partial-date";
import { AGREEMENT_STATUSES, STATUS_LABELS, type AgreementStatus } from "../agreements/status";
import { CATALOGUES } from "../i18n/translator";
import { restoreCell } from "../reports/spreadsheet-safety";
import { IMPORT_FIELDS, type ColumnMapping, type ImportField } from "./columns";
import type { ImportTable } from "./read-file";

export interface PlannedPartner {
  name: string;
  localName: string | null;
  country: string | null;
  /** The existing organisation it matched, or null for a new one. */
  matchId: string | null;
}

export interface PlannedAgreement {
  line: number;
  reference: string | null;
  title: string;
  status: AgreementStatus;
  type: { name: string; id: string | null } | null;
  partners: PlannedPartner[];
  signedOn: PartialDate | null;
  effectiveFrom: PartialDate | null;
  expiresOn: PartialDate | null;
  place: string | null;
  termMonths: number | null;
  noticePeriodDays: number | null;
  automaticRenewal: boolean;
  focusAreas: { name: string; id: string | null }[];
  summary: string | null;
  notes: string | null;
  problems: string[];
}

export interface ImportPlan {
  /** Problems with the file as a whole (a missing required column). */
  fileProblems: string[];
  rows: PlannedAgreement[];
  rowsWithProblems: number;
  newOrganizations: string[];
  matchedOrganizations: number;
  newTypes: string[];
  newFocusAreas: string[];
}

const key = (name: string) => name.normalize("NFKC").trim().toLowerCase();
const split = (text: string) => text.split(/\s*[;；]\s*/).map((s) => s.trim()).filter(Boolean);

const STATUS_BY_WORD = new Map<string, AgreementStatus>(
  // The code, its English words and its Chinese label (a Chinese export reads back).
  AGREEMENT_STATUSES.flatMap((s) =>
    [s, STATUS_LABELS[s], s.replace(/_/g, " "), CATALOGUES["zh-CN"].labels.status[s]].map((word) => [key(word), s] as [string, AgreementStatus]),
  ),
);

function wholeNumber(text: string, what: string, max: number, problems: string[]): number | null {
  if (!text) return null;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 0 || n > max) {
    problems.push(`${what} must be a whole number from 0 to ${max}, not “${text}”.`);
    return null;
  }
  return n;
}

function yesNo(text: string, problems: string[]): boolean {
  const value = key(text);
  if (["", "no", "false", "0", "n", "否"].includes(value)) return false;
  if (["yes", "true", "1", "y", "是"].includes(value)) return true;
  problems.push(`Automatic renewal must be yes or no, not “${text}”.`);
  return false;
}

export async function planImport(database: DatabaseTransaction, table: ImportTable, mapping: ColumnMapping): Promise<ImportPlan> {
  const fileProblems = IMPORT_FIELDS.filter((f) => "required" in f && f.required && mapping[f.key] === undefined).map(
    (f) => `No column is chosen for “${f.label}”, which every agreement needs.`,
  );

  const [organizations, otherNames, types, focusAreas, references] = await Promise.all([
    database.organization.findMany({ where: { isOwnInstitution: false }, select: { id: true, name: true, localName: true, acronym: true } }),
    database.organizationName.findMany({ select: { organizationId: true, name: true } }),
    database.agreementType.findMany({ select: { id: true, name: true, code: true } }),
    database.focusArea.findMany({ select: { id: true, name: true } }),
    database.agreement.findMany({ select: { reference: true } }),
  ]);
  const organizationByName = new Map<string, string>();
  for (const o of organizations) for (const name of [o.name, o.localName, o.acronym]) if (name) organizationByName.set(key(name), o.id);
  for (const n of otherNames) if (!organizationByName.has(key(n.name))) organizationByName.set(key(n.name), n.organizationId);
  const typeByName = new Map(types.flatMap((t) => [[key(t.name), t.id] as const, [key(t.code), t.id] as const]));
  const focusByName = new Map(focusAreas.map((f) => [key(f.name), f.id] as const));
  const existingReferences = new Set(references.map((r) => r.reference));

  const seenReferences = new Map<string, number>();
  const newOrganizations = new Set<string>();
  const newTypes = new Set<string>();
  const newFocusAreas = new Set<string>();
  let matchedOrganizations = 0;

  const rows = table.rows.map((cells, index): PlannedAgreement => {
    const line = index + 2;
    const value = (field: ImportField) => {
      const column = mapping[field];
      return column === undefined ? "" : restoreCell((cells[column] ?? "").trim());
    };
    const problems: string[] = [];
    const date = (field: ImportField, label: string) => {
      const text = value(field);
      if (!text) return null;
      const parsed = parseLooseDate(text);
      if (!parsed) problems.push(`${label} “${text}” is not a date (write 2019, 2019-05, May 2019 or 2019-05-03).`);
      return parsed;
    };

    const title = value("title");
    if (!title) problems.push("The title is missing.");
    else if (title.length > 300) problems.push("The title is longer than 300 characters.");

    const reference = value("reference") || null;
    if (reference) {
      if (reference.length > 40) problems.push("The reference is longer than 40 characters.");
      if (existingReferences.has(reference)) problems.push(`Reference ${reference} is already in the register.`);
      const earlier = seenReferences.get(reference);
      if (earlier) problems.push(`Reference ${reference} appears twice in the file (also on line ${earlier}).`);
      seenReferences.set(reference, line);
    }

    const statusText = value("status");
    const signedOn = date("signedOn", "Signed on");
    let status: AgreementStatus = signedOn ? "ACTIVE" : "DRAFT";
    if (statusText) {
      const found = STATUS_BY_WORD.get(key(statusText));
      if (found) status = found;
      else problems.push(`Status “${statusText}” is not one of: ${AGREEMENT_STATUSES.map((s) => STATUS_LABELS[s]).join(", ")}.`);
    }

    const names = split(value("partners"));
    const localNames = split(value("partnerLocalNames"));
    const countries = split(value("partnerCountries"));
    if (names.length === 0) problems.push("No partner is named.");
    const partners = names.map((name, i): PlannedPartner => {
      const localName = localNames[i] ?? null;
      const matchId = organizationByName.get(key(name)) ?? (localName ? organizationByName.get(key(localName)) : undefined) ?? null;
      if (matchId) matchedOrganizations++;
      else newOrganizations.add(name);
      return { name, localName, country: countries.length === 1 ? countries[0] : (countries[i] ?? null), matchId };
    });

    const typeName = value("type");
    const type = typeName ? { name: typeName, id: typeByName.get(key(typeName)) ?? null } : null;
    if (type && !type.id) newTypes.add(typeName);
    const focus = split(value("focusAreas")).map((name) => ({ name, id: focusByName.get(key(name)) ?? null }));
    for (const f of focus) if (!f.id) newFocusAreas.add(f.name);

    return {
      line,
      reference,
      title,
      status,
      type,
      partners,
      signedOn,
      effectiveFrom: date("effectiveFrom", "Effective from"),
      expiresOn: date("expiresOn", "Expires on"),
      place: value("place") || null,
      termMonths: wholeNumber(value("termMonths"), "The term in months", 1200, problems),
      noticePeriodDays: wholeNumber(value("noticePeriodDays"), "The notice period in days", 3650, problems),
      automaticRenewal: yesNo(value("automaticRenewal"), problems),
      focusAreas: focus,
      summary: value("summary") || null,
      notes: value("notes") || null,
      problems,
    };
  });

  return {
    fileProblems,
    rows,
    rowsWithProblems: rows.filter((r) => r.problems.length > 0).length,
    newOrganizations: [...newOrganizations],
    matchedOrganizations,
    newTypes: [...newTypes],
    newFocusAreas: [...newFocusAreas],
  };
}
