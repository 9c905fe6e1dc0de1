// Turns the rows of an uploaded register into agreements to create, with every row's
// problems, before anything is written. Partners, types and focus areas are matched to
// existing ones by the one text rule (lib/text/fold.ts); a partner that is only close to an
// existing organisation waits for a person's choice; nothing is created from a guess.
import type { DatabaseTransaction } from "../prisma-client";
import type { PartialDate } from "../dates/partial-date";
import { parseTypedDate } from "../dates/typed-date";
import { AGREEMENT_STATUSES, type AgreementStatus } from "../agreements/status";
import type { OrganizationKind } from "../enumerations";
import { CATALOGUES } from "../i18n/translator";
import type { MessagePart } from "../errors";
import { OrganizationMatcher, type MatchCandidate } from "../organizations/matching";
import { restoreCell } from "../reports/spreadsheet-safety";
import { foldText } from "../text/fold";
import { IMPORT_FIELDS, type ColumnMapping, type ImportField } from "./columns";
import type { ImportTable } from "./read-file";
import { chronologyProblems } from "../agreements/chronology";

export type { OrganizationKind };

/** A person's choice for a partner name (keyed by its folded form): an existing organisation, or a new one of a kind. */
export type PartnerDecision = { organizationId: string } | { kind: OrganizationKind };
export type PartnerDecisions = Record<string, PartnerDecision>;

export interface PlannedPartner {
  name: string;
  /** The folded name: the key of the person's decision and of the organisation created once for all rows. */
  key: string;
  localName: string | null;
  country: string | null;
  /** The existing organisation it matched or was confirmed as, or null for a new one. */
  matchId: string | null;
  /** The kind a new organisation gets. */
  kind: OrganizationKind;
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
  /** Values that are not valid, as the file gives them (the preview shows these, never a replacement). */
  invalid: Partial<Record<ImportField, string>>;
}

/** A partner name with no exact match but possible ones, for a person to decide. */
export interface PartnerToConfirm {
  key: string;
  name: string;
  localName: string | null;
  lines: number[];
  candidates: MatchCandidate[];
  decision: PartnerDecision | null;
}

/** An organisation the import will create. */
export interface NewOrganization {
  key: string;
  name: string;
  localName: string | null;
  kind: OrganizationKind;
  lines: number[];
}

export interface ImportPlan {
  /** Problems with the file as a whole (a missing required column). */
  fileProblems: MessagePart[];
  rows: PlannedAgreement[];
  rowsWithProblems: number;
  newOrganizations: NewOrganization[];
  partnersToConfirm: PartnerToConfirm[];
  matchedOrganizations: number;
  newTypes: string[];
  newFocusAreas: string[];
}

export interface PlanOptions {
  decisions?: PartnerDecisions;
  /** Whether unknown agreement types and focus areas are added (an administrator's import) or are row problems. */
  mayAddLists?: boolean;
}

const split = (text: string) => text.split(/\s*[;；]\s*/).map((s) => s.trim()).filter(Boolean);

const STATUS_BY_WORD = new Map<string, AgreementStatus>(
  // The code and its label in each language (an export in either language reads back).
  AGREEMENT_STATUSES.flatMap((s) =>
    [s, s.replace(/_/g, " "), CATALOGUES.en.labels.status[s], CATALOGUES["zh-CN"].labels.status[s]].map((word) => [foldText(word), s] as [string, AgreementStatus]),
  ),
);

function wholeNumber(text: string, column: ImportField, max: number, problems: MessagePart[]): number | null {
  if (!text) return null;
  // Full-width figures (typed with a Chinese or Japanese input method) are figures: NFKC.
  const n = Number(text.normalize("NFKC"));
  if (!Number.isInteger(n) || n < 0 || n > max) {
    problems.push({ key: "importWholeNumber", values: { column, max, text } });
    return null;
  }
  return n;
}

function yesNo(text: string, problems: MessagePart[]): boolean {
  const value = foldText(text);
  if (["", "no", "false", "0", "n", "否"].includes(value)) return false;
  if (["yes", "true", "1", "y", "是"].includes(value)) return true;
  problems.push({ key: "importYesNo", values: { text } });
  return false;
}

/** How many known types or focus areas a problem lists before "…". */
const LISTED_NAMES = 30;
const listed = (names: string[]) => (names.length > LISTED_NAMES ? `${names.slice(0, LISTED_NAMES).join("; ")}; …` : names.join("; ")) || "—";

/**
 * Plans an import: each row's agreement and its problems, the partners matched, to confirm and
 * to create, and the types and focus areas to add (only when `mayAddLists`).
 */
export async function planImport(database: DatabaseTransaction, table: ImportTable, mapping: ColumnMapping, options: PlanOptions = {}): Promise<ImportPlan> {
  const decisions = options.decisions ?? {};
  const fileProblems = IMPORT_FIELDS.filter((f) => "required" in f && f.required && mapping[f.key] === undefined).map(
    (f): MessagePart => ({ key: "importColumnMissing", values: { column: f.key } }),
  );

  const [organizations, otherNames, types, focusAreas, references] = await Promise.all([
    // Our own institution too: named among the partners, it is matched (and kept as party 0 only, by the commit), never created again.
    database.organization.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, localName: true, acronym: true, isOwnInstitution: true } }),
    database.organizationName.findMany({ select: { organizationId: true, name: true } }),
    database.agreementType.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, code: true } }),
    database.focusArea.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
    database.agreement.findMany({ select: { reference: true } }),
  ]);
  const namesOf = new Map<string, string[]>();
  for (const n of otherNames) namesOf.set(n.organizationId, [...(namesOf.get(n.organizationId) ?? []), n.name]);
  const matcher = new OrganizationMatcher(organizations.map((o) => ({ ...o, otherNames: namesOf.get(o.id) ?? [] })));
  const organizationIds = new Set(organizations.map((o) => o.id));
  const ownInstitutionIds = new Set(organizations.filter((o) => o.isOwnInstitution).map((o) => o.id));
  const typeByName = new Map(types.flatMap((t) => [[foldText(t.code), t.id] as const, [foldText(t.name), t.id] as const]));
  const focusByName = new Map(focusAreas.map((f) => [foldText(f.name), f.id] as const));
  const existingReferences = new Set(references.map((r) => r.reference));

  const seenReferences = new Map<string, number>();
  const newOrganizations = new Map<string, NewOrganization>();
  const toConfirm = new Map<string, PartnerToConfirm>();
  const newTypes = new Map<string, string>();
  const newFocusAreas = new Map<string, string>();
  let matchedOrganizations = 0;

  const rows = table.rows.map((cells, index): PlannedAgreement => {
    const line = table.lines[index] ?? index + 2;
    const value = (field: ImportField) => {
      const column = mapping[field];
      return column === undefined ? "" : restoreCell((cells[column] ?? "").trim());
    };
    const problems: MessagePart[] = [...(table.cellProblems[index] ?? [])];
    const invalid: Partial<Record<ImportField, string>> = {};
    const date = (field: ImportField) => {
      const text = value(field);
      if (!text) return null;
      const parsed = parseTypedDate(text);
      if (parsed.ok) return parsed.date;
      invalid[field] = text;
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
      const found = STATUS_BY_WORD.get(foldText(statusText));
      if (found) status = found;
      else {
        invalid.status = statusText;
        problems.push({ key: "importUnknownStatus", values: { text: statusText } });
      }
    }

    const localNames = split(value("partnerLocalNames"));
    // A partner named only in the local-language column is named all the same.
    const givenNames = split(value("partners"));
    const names = Array.from({ length: Math.max(givenNames.length, localNames.length) }, (_, i) => givenNames[i] ?? localNames[i]);
    const countries = split(value("partnerCountries"));
    if (names.length === 0 && !problems.some((p) => p.key === "importErrorCell" || p.key === "importFormulaNoValue")) problems.push({ key: "importNoPartner" });
    const partners = names.map((name, i): PlannedPartner => {
      const localName = localNames[i] ?? null;
      const country = countries.length === 1 ? countries[0] : (countries[i] ?? null);
      const partnerKey = foldText(name);
      if ((name + (localName ?? "")).includes("\uFFFD")) problems.push({ key: "importLostCharacter", values: { name } });
      const exact = matcher.exact(name) ?? (localName ? matcher.exact(localName) : null);
      if (exact) {
        matchedOrganizations++;
        return { name, key: partnerKey, localName, country, matchId: exact.id, kind: "OTHER" };
      }
      const given = decisions[partnerKey];
      // A choice of an organisation that is not in the register is no choice.
      const decision = given && "organizationId" in given && !organizationIds.has(given.organizationId) ? undefined : given;
      const kind = decision && "kind" in decision ? decision.kind : "OTHER";
      // Close names stay listed with the person's choice, so that it can be seen and changed.
      let confirm = toConfirm.get(partnerKey);
      if (!confirm && !newOrganizations.has(partnerKey)) {
        const candidates = [...matcher.candidates(name), ...(localName ? matcher.candidates(localName) : [])].filter((c, n, all) => all.findIndex((o) => o.id === c.id) === n).slice(0, 5);
        if (candidates.length > 0) toConfirm.set(partnerKey, (confirm = { key: partnerKey, name, localName, lines: [], candidates, decision: decision ?? null }));
      }
      if (confirm) {
        confirm.lines.push(line);
        if (!confirm.decision) problems.push({ key: "importPartnerToConfirm", values: { name } });
      }
      if (decision && "organizationId" in decision) {
        matchedOrganizations++;
        return { name, key: partnerKey, localName, country, matchId: decision.organizationId, kind };
      }
      if (!confirm || confirm.decision) {
        const created = newOrganizations.get(partnerKey) ?? { key: partnerKey, name, localName, kind, lines: [] };
        created.lines.push(line);
        newOrganizations.set(partnerKey, created);
      }
      return { name, key: partnerKey, localName, country, matchId: null, kind };
    });

    // Our own institution is party 0 of every agreement: a row that names only it has no partner.
    if (partners.length > 0 && partners.every((p) => p.matchId !== null && ownInstitutionIds.has(p.matchId))) problems.push({ key: "importOnlyOwnInstitution" });

    const typeName = value("type");
    let type: PlannedAgreement["type"] = null;
    if (typeName) {
      type = { name: typeName, id: typeByName.get(foldText(typeName)) ?? null };
      if (!type.id) {
        if (options.mayAddLists) {
          if (!newTypes.has(foldText(typeName))) newTypes.set(foldText(typeName), typeName);
        } else {
          invalid.type = typeName;
          problems.push({ key: "importUnknownType", values: { text: typeName, known: listed(types.map((t) => t.name)) } });
        }
      }
    }
    const focus = split(value("focusAreas")).map((name) => ({ name, id: focusByName.get(foldText(name)) ?? null }));
    for (const f of focus) {
      if (f.id) continue;
      if (options.mayAddLists) {
        if (!newFocusAreas.has(foldText(f.name))) newFocusAreas.set(foldText(f.name), f.name);
      } else {
        invalid.focusAreas = value("focusAreas");
        problems.push({ key: "importUnknownFocusArea", values: { text: f.name, known: listed(focusAreas.map((a) => a.name)) } });
      }
    }

    const whole = (field: "termMonths" | "noticePeriodDays", max: number) => {
      const before = problems.length;
      const n = wholeNumber(value(field), field, max, problems);
      if (problems.length > before) invalid[field] = value(field);
      return n;
    };
    const renewalProblems = problems.length;
    const automaticRenewal = yesNo(value("automaticRenewal"), problems);
    if (problems.length > renewalProblems) invalid.automaticRenewal = value("automaticRenewal");

    const effectiveFrom = date("effectiveFrom");
    const expiresOn = date("expiresOn");
    // The one chronology rule, as the form and the service apply it (lib/agreements/chronology.ts).
    for (const p of chronologyProblems({ signedOn, effectiveFrom, expiresOn })) problems.push({ key: p.message });

    return {
      line,
      reference,
      title,
      status,
      type,
      partners,
      signedOn,
      effectiveFrom,
      expiresOn,
      place: value("place") || null,
      termMonths: whole("termMonths", 1200),
      noticePeriodDays: whole("noticePeriodDays", 3650),
      automaticRenewal,
      focusAreas: focus,
      summary: value("summary") || null,
      notes: value("notes") || null,
      problems,
      invalid,
    };
  });

  return {
    fileProblems,
    rows,
    rowsWithProblems: rows.filter((r) => r.problems.length > 0).length,
    newOrganizations: [...newOrganizations.values()],
    partnersToConfirm: [...toConfirm.values()],
    matchedOrganizations,
    newTypes: [...newTypes.values()],
    newFocusAreas: [...newFocusAreas.values()],
  };
}
