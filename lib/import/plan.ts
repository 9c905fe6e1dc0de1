// Turns the rows of an uploaded register into agreements to create, with every row's
// problems, before anything is written. Partners, types and focus areas are matched to
// existing ones by the one text rule (lib/text/fold.ts); a partner that is only close to an
// existing organisation waits for a person's choice; nothing is created from a guess.
import type { DatabaseTransaction } from "../prisma-client";
import type { PartialDate } from "../dates/partial-date";
import { parseTypedDate, type TypedDate } from "../dates/typed-date";
import { parseApproximateDate } from "../dates/approximate-date";
import { toIsoPartial } from "../dates/partial-date";
import { canRenew } from "../agreements/lifecycle";
import { closesCycle, isDirected, reaches } from "../agreements/relations";
import type { AgreementRelationKind } from "../enumerations";
import { AGREEMENT_STATUSES, type AgreementStatus } from "../agreements/status";
import type { OrganizationKind } from "../enumerations";
import { CATALOGUES } from "../i18n/translator";
import type { MessagePart } from "../errors";
import { OrganizationMatcher, type MatchCandidate } from "../organizations/matching";
import { restoreCell } from "../reports/spreadsheet-safety";
import { countryCodeOf } from "../i18n/countries";
import { foldText } from "../text/fold";
import { IMPORT_FIELDS, type ColumnMapping, type ImportField } from "./columns";
import type { ImportTable } from "./read-file";
import { chronologyProblems } from "../agreements/chronology";
import { institutionToday } from "../dates/institution-time";
import { knowledgeProblems, type KnowledgeState } from "../agreements/knowledge";
import { knowledgeOfCell } from "../agreements/knowledge-words";

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

/** The columns that name other agreements by reference, and the relation kind each records (renewal has its own chain). */
export const LINK_COLUMNS = {
  implements: "IMPLEMENTS",
  amends: "AMENDS",
  supersedes: "SUPERSEDES",
  followsFrom: "FOLLOWS_FROM",
  relatedTo: "RELATED",
} as const satisfies Partial<Record<ImportField, AgreementRelationKind>>;
export type LinkColumn = keyof typeof LINK_COLUMNS;

/** Another agreement a row refers to: one in the register (its id), or another row of the file (its line). */
export type LinkTarget = { reference: string } & ({ agreementId: string; status: AgreementStatus; line?: undefined } | { line: number; agreementId?: undefined });

/** The signing ceremony a row names: an existing one, or one the import creates (once for every row naming it). */
export interface PlannedCeremony {
  /** The folded name and the ceremony's date: rows with the same key share one ceremony. */
  key: string;
  name: string;
  id: string | null;
  /** For a new ceremony: its date (the ceremony date column, else the first row's signing date) and place. */
  heldOn: PartialDate | null;
  place: string | null;
}

export interface PlannedAgreement {
  line: number;
  reference: string | null;
  /** Empty when the file says the title is not known or none (`knowledge.titleKnowledge`). */
  title: string;
  /** What the file says it knows: a cell of "not known" or "none" (in either language), else KNOWN. */
  knowledge: { titleKnowledge: KnowledgeState; signatoriesKnowledge: KnowledgeState; focusAreasKnowledge: KnowledgeState; termKnowledge: KnowledgeState };
  /** Other names it goes by, in the file's order. */
  otherNames: string[];
  status: AgreementStatus;
  type: { name: string; id: string | null } | null;
  partners: PlannedPartner[];
  signedOn: PartialDate | null;
  /** "about 2010" (decision 021): the precision stays the year, the flag says it is approximate. */
  signedOnApproximate: boolean;
  ceremony: PlannedCeremony | null;
  renews: LinkTarget | null;
  relations: { kind: AgreementRelationKind; column: LinkColumn; target: LinkTarget }[];
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
  /** The signing ceremonies the import creates. */
  newCeremonies: PlannedCeremony[];
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

/** What a plan compares rows with: the register's organisations, lists and references, read once. */
async function readRegister(database: DatabaseTransaction) {
  const [organizations, otherNames, types, focusAreas, references] = await Promise.all([
    // Our own institution too: named among the partners, it is matched (and kept as party 0 only, by the commit), never created again.
    database.organization.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, localName: true, acronym: true, isOwnInstitution: true } }),
    database.organizationName.findMany({ select: { organizationId: true, name: true } }),
    database.agreementType.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, localName: true, code: true } }),
    database.focusArea.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, localName: true } }),
    database.agreement.findMany({ select: { id: true, reference: true, status: true, renewalOfId: true } }),
  ]);
  const ceremonies = await database.signingEvent.findMany({ orderBy: [{ heldOn: "asc" }, { id: "asc" }], select: { id: true, name: true, heldOn: true, heldOnPrecision: true } });
  const ceremoniesByName = new Map<string, typeof ceremonies>();
  for (const c of ceremonies) ceremoniesByName.set(foldText(c.name), [...(ceremoniesByName.get(foldText(c.name)) ?? []), c]);
  const renewedBy = new Map(references.filter((r) => r.renewalOfId).map((r) => [r.renewalOfId!, r.reference]));
  const namesOf = new Map<string, string[]>();
  for (const n of otherNames) namesOf.set(n.organizationId, [...(namesOf.get(n.organizationId) ?? []), n.name]);
  return {
    matcher: new OrganizationMatcher(organizations.map((o) => ({ ...o, otherNames: namesOf.get(o.id) ?? [] }))),
    organizationIds: new Set(organizations.map((o) => o.id)),
    ownInstitutionIds: new Set(organizations.filter((o) => o.isOwnInstitution).map((o) => o.id)),
    types,
    focusAreas,
    // A type or focus area is found by either of its names (English or Chinese).
    typeByName: new Map(types.flatMap((t) => [[foldText(t.code), t.id] as const, [foldText(t.name), t.id] as const, ...(t.localName ? [[foldText(t.localName), t.id] as const] : [])])),
    focusByName: new Map(focusAreas.flatMap((f) => [[foldText(f.name), f.id] as const, ...(f.localName ? [[foldText(f.localName), f.id] as const] : [])])),
    existingReferences: new Set(references.map((r) => r.reference)),
    agreementsByReference: new Map(references.map((r) => [r.reference, { id: r.id, status: r.status, renewedBy: renewedBy.get(r.id) ?? null }])),
    ceremoniesByName,
  };
}
type Register = Awaited<ReturnType<typeof readRegister>>;

/** One row's cells as text by field, and the problems and invalid values found while reading them. */
function rowReader(cells: string[], mapping: ColumnMapping, line: number, cellProblems: MessagePart[]) {
  const problems: MessagePart[] = [...cellProblems];
  const invalid: Partial<Record<ImportField, string>> = {};
  const value = (field: ImportField) => {
    const column = mapping[field];
    return column === undefined ? "" : restoreCell((cells[column] ?? "").trim());
  };
  let approximate = false;
  const date = (field: ImportField): PartialDate | null => {
    const text = value(field);
    if (!text) return null;
    // Only the signing date records an approximation (Agreement.signedOnApproximate).
    const parsed: TypedDate = field === "signedOn" ? parseApproximateDate(text) : parseTypedDate(text);
    if (parsed.ok && field === "signedOn") approximate = (parsed as ReturnType<typeof parseApproximateDate>).approximate;
    if (parsed.ok) return parsed.date;
    if (field !== "signedOn" && parseApproximateDate(text).approximate) {
      invalid[field] = text;
      problems.push({ key: "importApproximateOnlySigned", values: { column: field, text } });
      return null;
    }
    invalid[field] = text;
    if (parsed.reason === "ambiguous") problems.push({ key: "importDateAmbiguous", values: { column: field, text, dayFirst: parsed.dayFirst, monthFirst: parsed.monthFirst } });
    else if (parsed.reason === "noSuchDay") problems.push({ key: "importDateNoSuchDay", values: { column: field, text } });
    else if (parsed.reason === "academicYear") problems.push({ key: "importDateAcademicYear", values: { column: field, text, year: parsed.firstYear } });
    else problems.push({ key: "importNotDate", values: { column: field, text } });
    return null;
  };
  /** Reads a field with a parser that reports into `problems`; the text is kept as invalid when it added one. */
  const checked = <T>(field: ImportField, parse: (text: string) => T): T => {
    const before = problems.length;
    const result = parse(value(field));
    if (problems.length > before) invalid[field] = value(field);
    return result;
  };
  return { line, problems, invalid, value, date, checked, approximate: () => approximate };
}
type RowReader = ReturnType<typeof rowReader>;

/**
 * Plans an import: each row's agreement and its problems, the partners matched, to confirm and
 * to create, and the types and focus areas to add (only when `mayAddLists`).
 */
export async function planImport(database: DatabaseTransaction, table: ImportTable, mapping: ColumnMapping, options: PlanOptions = {}): Promise<ImportPlan> {
  const fileProblems = IMPORT_FIELDS.filter((f) => "required" in f && f.required && mapping[f.key] === undefined).map(
    (f): MessagePart => ({ key: "importColumnMissing", values: { column: f.key } }),
  );
  const planner = new RowPlanner(await readRegister(database), options);
  const rows = table.rows.map((cells, index) => planner.row(rowReader(cells, mapping, table.lines[index] ?? index + 2, table.cellProblems[index] ?? [])));
  // References to other rows are read once every row's reference is known (a row may name one below it).
  await planner.links(rows);
  return {
    fileProblems,
    rows,
    rowsWithProblems: rows.filter((r) => r.problems.length > 0).length,
    newOrganizations: [...planner.newOrganizations.values()],
    partnersToConfirm: [...planner.toConfirm.values()],
    matchedOrganizations: planner.matchedOrganizations,
    newTypes: [...planner.newTypes.values()],
    newFocusAreas: [...planner.newFocusAreas.values()],
    newCeremonies: [...planner.newCeremonies.values()],
  };
}

/** Plans rows one after another, keeping what they share: references seen, partners to confirm or create, list entries to add. */
class RowPlanner {
  readonly newOrganizations = new Map<string, NewOrganization>();
  readonly toConfirm = new Map<string, PartnerToConfirm>();
  readonly newTypes = new Map<string, string>();
  readonly newFocusAreas = new Map<string, string>();
  readonly newCeremonies = new Map<string, PlannedCeremony>();
  /** The references each row names, by column, read in `links` once every row is planned. */
  private readonly named = new Map<number, Partial<Record<LinkColumn | "renews", string[]>>>();
  matchedOrganizations = 0;
  private readonly seenReferences = new Map<string, number>();
  private readonly decisions: PartnerDecisions;
  /** One "today" for every row of the file (working it out costs more than the row's own checks). */
  private readonly today = institutionToday();

  constructor(
    private readonly register: Register,
    private readonly options: PlanOptions,
  ) {
    this.decisions = options.decisions ?? {};
  }

  row(r: RowReader): PlannedAgreement {
    const { value, problems } = r;
    // An empty cell gives no title (a problem); "not known" or "none" says there is none to give.
    const titleText = value("title");
    const titleKnowledge: KnowledgeState = knowledgeOfCell(titleText) ?? "KNOWN";
    const title = titleKnowledge === "KNOWN" ? titleText : "";
    if (!titleText) problems.push({ key: "importTitleMissing" });
    else if (title.length > 300) problems.push({ key: "importTitleTooLong" });
    const otherNames = this.otherNames(r);
    const reference = this.reference(r);
    const signedOn = r.date("signedOn");
    const status = this.status(r, signedOn);
    const partners = this.partners(r);
    const type = this.type(r);
    const focusAreasKnowledge: KnowledgeState = knowledgeOfCell(value("focusAreas")) ?? "KNOWN";
    const focusAreas = focusAreasKnowledge === "KNOWN" ? this.focusAreas(r) : [];
    const signatoriesKnowledge: KnowledgeState = knowledgeOfCell(value("signatories")) ?? "KNOWN";
    const automaticRenewal = r.checked("automaticRenewal", (text) => yesNo(text, problems));
    const effectiveFrom = r.date("effectiveFrom");
    // The term's knowledge: said in the expiry or the term column (an export writes it in both).
    const expiryWord = knowledgeOfCell(value("expiresOn"));
    const termWord = knowledgeOfCell(value("termMonths"));
    if (expiryWord && termWord && expiryWord !== termWord) problems.push({ key: "importTermWordsDiffer", values: { expiry: value("expiresOn"), term: value("termMonths") } });
    const termKnowledge: KnowledgeState = expiryWord ?? termWord ?? "KNOWN";
    const expiresOn = expiryWord ? null : r.date("expiresOn");
    const termMonths = termWord ? null : r.checked("termMonths", (text) => wholeNumber(text, "termMonths", 1200, problems));
    const knowledge = { titleKnowledge, signatoriesKnowledge, focusAreasKnowledge, termKnowledge };
    // The one knowledge rule (lib/agreements/knowledge.ts), as the form and the service apply it;
    // a missing title was said above in the import's own words.
    const knowledgeState = {
      ...knowledge,
      title,
      signatoryCount: 0,
      focusAreaCount: focusAreas.length,
      term: { expiresOn: expiresOn !== null, termMonths: termMonths !== null, automaticRenewal },
    };
    for (const p of knowledgeProblems(knowledgeState)) if (!(p.field === "title" && !titleText)) problems.push({ key: p.message });
    // The one chronology rule, as the form and the service apply it (lib/agreements/chronology.ts).
    for (const p of chronologyProblems({ signedOn, effectiveFrom, expiresOn }, this.today)) problems.push({ key: p.message });
    const place = value("place") || null;
    this.named.set(
      r.line,
      Object.fromEntries(([...Object.keys(LINK_COLUMNS), "renews"] as (LinkColumn | "renews")[]).map((column) => [column, [...new Set(split(value(column)).map((ref) => ref.toUpperCase()))]])),
    );
    return {
      line: r.line,
      reference,
      title,
      knowledge,
      otherNames,
      status,
      type,
      partners,
      signedOn,
      signedOnApproximate: signedOn !== null && r.approximate(),
      ceremony: this.ceremony(r, signedOn, place),
      renews: null,
      relations: [],
      effectiveFrom,
      expiresOn,
      place,
      termMonths,
      noticePeriodDays: r.checked("noticePeriodDays", (text) => wholeNumber(text, "noticePeriodDays", 3650, problems)),
      automaticRenewal,
      focusAreas,
      summary: value("summary") || null,
      notes: value("notes") || null,
      problems,
      invalid: r.invalid,
    };
  }

  /**
   * The signing ceremony a row names: found by its name (folded: case, width), and by its date when
   * the file gives one; two ceremonies of that name and no date to tell them apart is a problem.
   * A name found nowhere is a new ceremony, created once for every row naming it (with the same date).
   */
  private ceremony(r: RowReader, signedOn: PartialDate | null, place: string | null): PlannedCeremony | null {
    const name = r.value("signingCeremony");
    const heldOn = r.date("signingCeremonyDate");
    if (!name) return null;
    if (name.length > 300) {
      r.problems.push({ key: "importCeremonyTooLong" });
      return null;
    }
    const iso = (d: { date: Date; precision: PartialDate["precision"] } | null) => (d ? toIsoPartial(d.date, d.precision) : "");
    const named = this.register.ceremoniesByName.get(foldText(name)) ?? [];
    const existing = heldOn ? named.filter((c) => c.heldOn && iso({ date: c.heldOn, precision: c.heldOnPrecision ?? "DAY" }) === iso(heldOn)) : named;
    if (existing.length === 1) return { key: existing[0].id, name: existing[0].name, id: existing[0].id, heldOn: null, place: null };
    if (existing.length > 1) {
      const dates = existing.map((c) => (c.heldOn ? iso({ date: c.heldOn, precision: c.heldOnPrecision ?? "DAY" }) : "—")).join("; ");
      r.problems.push({ key: "importCeremonyAmbiguous", values: { name, count: existing.length, dates } });
      r.invalid.signingCeremony = name;
      return null;
    }
    const key = `${foldText(name)}|${iso(heldOn)}`;
    const planned = this.newCeremonies.get(key) ?? { key, name, id: null, heldOn: heldOn ?? signedOn, place };
    this.newCeremonies.set(key, planned);
    return planned;
  }

  /**
   * Reads every row's references to other agreements, now that every row's reference is known: each
   * names an agreement of the register or another row of the file. Unknown references, a row naming
   * itself, a cycle (the one rule of lib/agreements/relations.ts, walked over the file's rows: an
   * agreement of the register cannot lead back to a row not yet stored) and a second renewal of one
   * agreement are problems of the row.
   */
  async links(rows: PlannedAgreement[]) {
    const byReference = new Map<string, PlannedAgreement>();
    for (const row of rows) if (row.reference && !this.register.existingReferences.has(row.reference) && !byReference.has(row.reference)) byReference.set(row.reference.toUpperCase(), row);
    const target = (row: PlannedAgreement, column: LinkColumn | "renews", reference: string): LinkTarget | null => {
      const inFile = byReference.get(reference);
      if (inFile === row || (row.reference && row.reference.toUpperCase() === reference)) {
        row.problems.push({ key: "importLinkToItself", values: { column, reference } });
        return null;
      }
      if (inFile) return { reference: inFile.reference!, line: inFile.line };
      const stored = this.register.agreementsByReference.get(reference);
      if (stored) return { reference, agreementId: stored.id, status: stored.status };
      row.problems.push({ key: "importUnknownAgreement", values: { column, reference } });
      row.invalid[column] = reference;
      return null;
    };
    // Edges between rows accepted so far: "renews", "RELATED", and "directed" for every directed kind together
    // (the cycle rule walks them as one graph: lib/agreements/relations.ts). `pairs`: two agreements are related once.
    const edges = new Map<string, Map<string, string[]>>();
    const pairs = new Set<string>();
    const pairOf = (row: PlannedAgreement, found: LinkTarget) => {
      const ends = [`line ${row.line}`, found.line !== undefined ? `line ${found.line}` : `id ${found.agreementId}`].sort();
      return ends.join(" ");
    };
    const step = (kind: string) => (frontier: string[]) => frontier.flatMap((id) => edges.get(kind)?.get(id) ?? []);
    const addEdge = (kind: string, from: number, to: number) => {
      const byFrom = edges.get(kind) ?? new Map<string, string[]>();
      byFrom.set(String(from), [...(byFrom.get(String(from)) ?? []), String(to)]);
      edges.set(kind, byFrom);
    };
    const renewed = new Map<string, number>();
    for (const row of rows) {
      const named = this.named.get(row.line) ?? {};
      const renews = named.renews ?? [];
      if (renews.length > 1) row.problems.push({ key: "importRenewsOne", values: { text: renews.join("; ") } });
      else if (renews.length === 1) {
        const found = target(row, "renews", renews[0]);
        const stored = found?.agreementId ? this.register.agreementsByReference.get(found.reference) : undefined;
        const earlier = found ? renewed.get(found.reference) : undefined;
        if (stored?.renewedBy) row.problems.push({ key: "importAlreadyRenewed", values: { reference: found!.reference, by: stored.renewedBy } });
        else if (earlier !== undefined) row.problems.push({ key: "importRenewedTwice", values: { reference: found!.reference, line: earlier } });
        else if (found?.agreementId && !canRenew(found.status)) row.problems.push({ key: "importNotRenewable", values: { reference: found.reference, status: found.status } });
        else if (found?.line !== undefined && (await reaches(String(found.line), String(row.line), step("renews")))) {
          row.problems.push({ key: "importLinkCycle", values: { column: "renews", reference: found.reference } });
        } else if (found) {
          renewed.set(found.reference, row.line);
          if (found.line !== undefined) addEdge("renews", row.line, found.line);
          row.renews = found;
        }
      }
      for (const [column, kind] of Object.entries(LINK_COLUMNS) as [LinkColumn, AgreementRelationKind][]) {
        for (const reference of named[column] ?? []) {
          const found = target(row, column, reference);
          if (!found) continue;
          const graph = isDirected(kind) ? "directed" : kind;
          if (found.line !== undefined) {
            // A relation with no direction is recorded once: the other row already relates the two.
            if (kind === "RELATED" && (edges.get(kind)?.get(String(found.line)) ?? []).includes(String(row.line))) continue;
          }
          if (pairs.has(pairOf(row, found))) {
            row.problems.push({ key: "importLinkTwice", values: { column, reference: found.reference } });
            continue;
          }
          if (found.line !== undefined) {
            if (await closesCycle(kind, String(row.line), String(found.line), step(graph))) {
              row.problems.push({ key: "importLinkCycle", values: { column, reference: found.reference } });
              continue;
            }
            addEdge(graph, row.line, found.line);
          }
          pairs.add(pairOf(row, found));
          row.relations.push({ kind, column, target: found });
        }
      }
    }
  }

  /** The row's other names (apart by ";"), each once; a name longer than a title is a problem. */
  private otherNames({ value, problems, invalid }: RowReader): string[] {
    const names = [...new Map(split(value("otherNames")).map((name) => [foldText(name), name])).values()];
    if (names.some((name) => name.length > 300) || names.length > 20) {
      invalid.otherNames = value("otherNames");
      problems.push({ key: "importOtherNamesTooLong" });
      return [];
    }
    return names;
  }

  /** The reference a row brings, checked against the register and the rows before it. */
  private reference({ value, problems, line }: RowReader): string | null {
    const reference = value("reference") || null;
    if (!reference) return null;
    if (reference.length > 40) problems.push({ key: "importReferenceTooLong" });
    if (this.register.existingReferences.has(reference)) problems.push({ key: "importReferenceTaken", values: { reference } });
    const earlier = this.seenReferences.get(reference);
    if (earlier) problems.push({ key: "importReferenceTwice", values: { reference, line: earlier } });
    this.seenReferences.set(reference, line);
    return reference;
  }

  /** The status a row states (in either language, or as a code), else active when signed and a draft when not. */
  private status({ value, problems, invalid }: RowReader, signedOn: PartialDate | null): AgreementStatus {
    const statusText = value("status");
    if (!statusText) return signedOn ? "ACTIVE" : "DRAFT";
    const found = STATUS_BY_WORD.get(foldText(statusText));
    if (found) return found;
    invalid.status = statusText;
    problems.push({ key: "importUnknownStatus", values: { text: statusText } });
    return signedOn ? "ACTIVE" : "DRAFT";
  }

  /** The row's partners: matched, waiting for a person's choice, or new (created once for all rows). */
  private partners({ value, problems, line }: RowReader): PlannedPartner[] {
    const localNames = split(value("partnerLocalNames"));
    // A partner named only in the local-language column is named all the same.
    const givenNames = split(value("partners"));
    const names = Array.from({ length: Math.max(givenNames.length, localNames.length) }, (_, i) => givenNames[i] ?? localNames[i]);
    const countries = split(value("partnerCountries"));
    if (names.length === 0 && !problems.some((p) => p.key === "importErrorCell" || p.key === "importFormulaNoValue")) problems.push({ key: "importNoPartner" });
    const partners = names.map((name, i) =>
      this.partner(name, localNames[i] ?? null, this.country(countries.length === 1 ? countries[0] : (countries[i] ?? null), problems), line, problems),
    );
    // Our own institution is party 0 of every agreement: a row that names only it has no partner.
    const own = this.register.ownInstitutionIds;
    if (partners.length > 0 && partners.every((p) => p.matchId !== null && own.has(p.matchId))) problems.push({ key: "importOnlyOwnInstitution" });
    return partners;
  }

  /** A partner's country as the file gives it (a code, or a name in English or Chinese) → its code; an unknown one is a problem. */
  private country(text: string | null, problems: MessagePart[]): string | null {
    if (!text) return null;
    const code = countryCodeOf(text);
    if (!code) problems.push({ key: "importUnknownCountry", values: { text } });
    return code;
  }

  private partner(name: string, localName: string | null, country: string | null, line: number, problems: MessagePart[]): PlannedPartner {
    const { matcher, organizationIds } = this.register;
    const partnerKey = foldText(name);
    if ((name + (localName ?? "")).includes("\uFFFD")) problems.push({ key: "importLostCharacter", values: { name } });
    const exact = matcher.exact(name) ?? (localName ? matcher.exact(localName) : null);
    if (exact) {
      this.matchedOrganizations++;
      return { name, key: partnerKey, localName, country, matchId: exact.id, kind: "OTHER" };
    }
    const given = this.decisions[partnerKey];
    // A choice of an organisation that is not in the register is no choice.
    const decision = given && "organizationId" in given && !organizationIds.has(given.organizationId) ? undefined : given;
    const kind = decision && "kind" in decision ? decision.kind : "OTHER";
    // Close names stay listed with the person's choice, so that it can be seen and changed.
    let confirm = this.toConfirm.get(partnerKey);
    if (!confirm && !this.newOrganizations.has(partnerKey)) {
      const candidates = [...matcher.candidates(name), ...(localName ? matcher.candidates(localName) : [])].filter((c, n, all) => all.findIndex((o) => o.id === c.id) === n).slice(0, 5);
      if (candidates.length > 0) this.toConfirm.set(partnerKey, (confirm = { key: partnerKey, name, localName, lines: [], candidates, decision: decision ?? null }));
    }
    if (confirm) {
      confirm.lines.push(line);
      if (!confirm.decision) problems.push({ key: "importPartnerToConfirm", values: { name } });
    }
    if (decision && "organizationId" in decision) {
      this.matchedOrganizations++;
      return { name, key: partnerKey, localName, country, matchId: decision.organizationId, kind };
    }
    if (!confirm || confirm.decision) {
      const created = this.newOrganizations.get(partnerKey) ?? { key: partnerKey, name, localName, kind, lines: [] };
      created.lines.push(line);
      this.newOrganizations.set(partnerKey, created);
    }
    return { name, key: partnerKey, localName, country, matchId: null, kind };
  }

  /** The row's agreement type: an existing one, one to add (an administrator's import), or a problem listing the known ones. */
  private type({ value, problems, invalid }: RowReader): PlannedAgreement["type"] {
    const typeName = value("type");
    if (!typeName) return null;
    const type = { name: typeName, id: this.register.typeByName.get(foldText(typeName)) ?? null };
    if (type.id) return type;
    if (this.options.mayAddLists) {
      if (!this.newTypes.has(foldText(typeName))) this.newTypes.set(foldText(typeName), typeName);
    } else {
      invalid.type = typeName;
      problems.push({ key: "importUnknownType", values: { text: typeName, known: listed(this.register.types.map((t) => t.name)) } });
    }
    return type;
  }

  /** The row's focus areas, each existing, to add (an administrator's import) or a problem listing the known ones. */
  private focusAreas({ value, problems, invalid }: RowReader): PlannedAgreement["focusAreas"] {
    const focus = split(value("focusAreas")).map((name) => ({ name, id: this.register.focusByName.get(foldText(name)) ?? null }));
    for (const f of focus) {
      if (f.id) continue;
      if (this.options.mayAddLists) {
        if (!this.newFocusAreas.has(foldText(f.name))) this.newFocusAreas.set(foldText(f.name), f.name);
      } else {
        invalid.focusAreas = value("focusAreas");
        problems.push({ key: "importUnknownFocusArea", values: { text: f.name, known: listed(this.register.focusAreas.map((a) => a.name)) } });
      }
    }
    return focus;
  }
}
