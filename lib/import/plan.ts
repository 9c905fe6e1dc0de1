// Turns the rows of an uploaded register into agreements to create, with every row's
// problems, before anything is written. Organisations, types and focus areas are
// matched to existing ones by any of their names; what is not found will be created.
import type { DatabaseTransaction } from "../prisma-client";
import type { PartialDate } from "../dates/partial-date";
import { parseTypedDate } from "../dates/typed-date";
import { AGREEMENT_STATUSES, type AgreementStatus } from "../agreements/status";
import { CATALOGUES } from "../i18n/translator";
import type { MessagePart } from "../errors";
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
  problems: MessagePart[];
}

export interface ImportPlan {
  /** Problems with the file as a whole (a missing required column). */
  fileProblems: MessagePart[];
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
  // The code and its label in each language (an export in either language reads back).
  AGREEMENT_STATUSES.flatMap((s) =>
    [s, s.replace(/_/g, " "), CATALOGUES.en.labels.status[s], CATALOGUES["zh-CN"].labels.status[s]].map((word) => [key(word), s] as [string, AgreementStatus]),
  ),
);

function wholeNumber(text: string, column: ImportField, max: number, problems: MessagePart[]): number | null {
  if (!text) return null;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 0 || n > max) {
    problems.push({ key: "importWholeNumber", values: { column, max, text } });
    return null;
  }
  return n;
}

function yesNo(text: string, problems: MessagePart[]): boolean {
  const value = key(text);
  if (["", "no", "false", "0", "n", "否"].includes(value)) return false;
  if (["yes", "true", "1", "y", "是"].includes(value)) return true;
  problems.push({ key: "importYesNo", values: { text } });
  return false;
}

export async function planImport(database: DatabaseTransaction, table: ImportTable, mapping: ColumnMapping): Promise<ImportPlan> {
  const fileProblems = IMPORT_FIELDS.filter((f) => "required" in f && f.required && mapping[f.key] === undefined).map(
    (f): MessagePart => ({ key: "importColumnMissing", values: { column: f.key } }),
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
    const line = table.lines[index] ?? index + 2;
    const value = (field: ImportField) => {
      const column = mapping[field];
      return column === undefined ? "" : restoreCell((cells[column] ?? "").trim());
    };
    const problems: MessagePart[] = [...(table.cellProblems[index] ?? [])];
    const date = (field: ImportField) => {
      const text = value(field);
      if (!text) return null;
      const parsed = parseTypedDate(text);
      if (parsed.ok) return parsed.date;
      if (parsed.reason === "ambiguous") problems.push({ key: "importDateAmbiguous", values: { column: field, text, dayFirst: parsed.dayFirst, monthFirst: parsed.monthFirst } });
      else if (parsed.reason === "noSuchDay") problems.push({ key: "importDateNoSuchDay", values: { column: field, text } });
      else if (parsed.reason === "academicYear") problems.push({ key: "importDateAcademicYear", values: { column: field, text, year: parsed.firstYear } });
      else problems.push({ key: "importNotDate", values: { column: field, text } });
      return null;
    };

    const title = value("title");
    if (!title) problems.push({ key: "importTitleMissing" });
    else if (title.length > 300) problems.push({ key: "importTitleTooLong" });

    const reference = value("reference") || null;
    if (reference) {
      if (reference.length > 40) problems.push({ key: "importReferenceTooLong" });
      if (existingReferences.has(reference)) problems.push({ key: "importReferenceTaken", values: { reference } });
      const earlier = seenReferences.get(reference);
      if (earlier) problems.push({ key: "importReferenceTwice", values: { reference, line: earlier } });
      seenReferences.set(reference, line);
    }

    const statusText = value("status");
    const signedOn = date("signedOn");
    let status: AgreementStatus = signedOn ? "ACTIVE" : "DRAFT";
    if (statusText) {
      const found = STATUS_BY_WORD.get(key(statusText));
      if (found) status = found;
      else problems.push({ key: "importUnknownStatus", values: { text: statusText } });
    }

    const names = split(value("partners"));
    const localNames = split(value("partnerLocalNames"));
    const countries = split(value("partnerCountries"));
    if (names.length === 0) problems.push({ key: "importNoPartner" });
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
      effectiveFrom: date("effectiveFrom"),
      expiresOn: date("expiresOn"),
      place: value("place") || null,
      termMonths: wholeNumber(value("termMonths"), "termMonths", 1200, problems),
      noticePeriodDays: wholeNumber(value("noticePeriodDays"), "noticePeriodDays", 3650, problems),
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
