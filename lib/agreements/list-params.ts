// The agreements list's filters, sort and page, read from (and written back to) the URL,
// so that a filtered view can be bookmarked and shared.
import { z } from "zod";
import { parsePartialDate } from "../dates/partial-date";
import { AGREEMENT_STATUSES, ORGANIZATION_KINDS } from "../enumerations";
import { CHINA_PROVINCES } from "../reports/china-provinces";
import type { Translator } from "../i18n/translator";

export const SORT_COLUMNS = ["reference", "title", "type", "status", "signed", "expires"] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];

/** The direction a list sorts in: the one asked for, else newest first by its dates (signed, expires) and A to Z otherwise. */
export function listDirection(sort: SortColumn | undefined, dir: "asc" | "desc" | undefined): "asc" | "desc" {
  return dir ?? (sort === undefined || sort === "signed" || sort === "expires" ? "desc" : "asc");
}

export const WINDOW_DAYS = [30, 90, 180, 365] as const;

/**
 * Every column a person can choose for the list and its exports, in their default order.
 * The same keys as the exports' column headers (`exports.columns` in the catalogues).
 */
export const AGREEMENT_COLUMNS = [
  "reference", "title", "otherNames", "partners", "partnerLocalNames", "partnerCountries", "type", "status", "signedOn", "place",
  "effectiveFrom", "expiresOn", "endsOn", "noticeDeadline", "termMonths", "noticePeriodDays", "automaticRenewal",
  "owner", "leadUnit", "focusAreas", "signatories", "signingCeremony", "signingCeremonyDate", "renews", "implements", "amends",
  "supersedes", "followsFrom", "relatedTo", "sources", "summary", "notes", "archived",
] as const;
export type AgreementColumn = (typeof AGREEMENT_COLUMNS)[number];
const isAgreementColumn = (value: string): value is AgreementColumn => (AGREEMENT_COLUMNS as readonly string[]).includes(value);

/** `columns=reference,title,owner`: the chosen columns in the chosen order; unknown ones are dropped, none means the default. */
const columns = z
  .string()
  .transform((v) => [...new Set(v.split(",").map((c) => c.trim()).filter(isAgreementColumn))])
  .transform((v) => (v.length > 0 ? v : undefined))
  .optional()
  .catch(undefined);

/** The longest text a filter takes (a search, a name); the search box stops there. */
export const SEARCH_MAX_LENGTH = 200;
const text = z.string().trim().max(SEARCH_MAX_LENGTH).optional().catch(undefined);
function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values).optional().catch(undefined);
}
const days = z.coerce.number().int().min(1).max(3650).optional().catch(undefined);
const partial = z
  .string()
  .trim()
  .transform((v) => (parsePartialDate(v) ? v : undefined))
  .optional()
  .catch(undefined);

export const AgreementListParams = z.object({
  q: text,
  status: oneOf(AGREEMENT_STATUSES),
  type: text,
  partner: text,
  partnerKind: oneOf(ORGANIZATION_KINDS),
  country: text,
  region: text,
  focus: text,
  /** A framework's reference (in any case, as references are typed): the agreements that implement it. */
  framework: z.string().trim().max(SEARCH_MAX_LENGTH).transform((v) => v.toUpperCase()).optional().catch(undefined),
  /** A signing ceremony's id: the agreements signed there. */
  event: text,
  owner: text,
  leadUnit: text,
  signedFrom: partial,
  signedTo: partial,
  expiringWithin: days,
  noticeWithin: days,
  // The dashboard's pipeline by quarter: ends, or reaches its notice deadline, in a range of days (partial dates).
  expiresFrom: partial,
  expiresTo: partial,
  noticeFrom: partial,
  noticeTo: partial,
  // A province of China (ISO 3166-2:CN code, e.g. "GX"): a partner's region is one of its names (china-provinces.ts).
  province: oneOf(CHINA_PROVINCES.map((p) => p.code) as [string, ...string[]]),
  archived: oneOf(["include", "only"]),
  sort: oneOf(SORT_COLUMNS),
  dir: oneOf(["asc", "desc"]),
  // A page past the largest read is that largest page: past the end of any register, so the list
  // says there is no such page and leads back to the last (not, quietly, the first page).
  page: z.coerce.number().int().min(1).transform((page) => Math.min(page, 100_000)).optional().catch(undefined),
  columns,
});
export type AgreementListFilters = z.output<typeof AgreementListParams>;

/** Reads the URL's search parameters; anything malformed is ignored rather than failing the page. */
export function parseListParams(searchParams: Record<string, string | string[] | undefined>): AgreementListFilters {
  return readListParams(searchParams).filters;
}

/**
 * Reads the URL's search parameters (as parseListParams does) and names the list's parameters it
 * could not read, in the schema's order: a malformed or unknown value (a date that is no day, a
 * status that is none, a search over 200 characters, a column it does not know). Their filters
 * are not applied: the list says so, and a download refuses, as it would hold more than was asked.
 * Empty values and parameters that are not the list's (`format`) are not named.
 */
export function readListParams(searchParams: Record<string, string | string[] | undefined>): {
  filters: AgreementListFilters;
  unread: (keyof AgreementListFilters)[];
} {
  const given: Record<string, string> = {};
  for (const [key, value] of Object.entries(searchParams)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined && first !== "") given[key] = first;
  }
  const filters = AgreementListParams.parse(given);
  const unread = (Object.keys(AgreementListParams.shape) as (keyof AgreementListFilters)[]).filter((key) => {
    if (!Object.hasOwn(given, key)) return false;
    if (key === "columns") return given.columns.split(",").some((column) => column.trim() !== "" && !isAgreementColumn(column.trim()));
    return filters[key] === undefined;
  });
  return { filters, unread };
}

/** A parameter's value as the address gave it, for saying which one was not read: at most 40 characters. */
export function givenValue(searchParams: Record<string, string | string[] | undefined>, key: string): string {
  const value = searchParams[key];
  const text = (Array.isArray(value) ? value[0] : value) ?? "";
  const characters = [...text];
  return characters.length > 40 ? `${characters.slice(0, 40).join("")}…` : text;
}

/** The parameters not read, each with the value given, in the reader's words: "Status “FOO”; Signed from “2019-02-30”". */
export function unreadInWords(unread: (keyof AgreementListFilters)[], searchParams: Record<string, string | string[] | undefined>, t: Translator): string {
  return unread.map((key) => t("agreements.parameterValue", { name: t(`agreements.parameters.${key}`), value: givenValue(searchParams, key) })).join(t("meta.listSeparator"));
}

/** The parameters not read (readListParams) that a download refuses for: all but the page, which a download does not read. */
export const unreadByDownload = (unread: (keyof AgreementListFilters)[]) => unread.filter((key) => key !== "page");

/** The URL of the list with these filters (empty ones left out), optionally changed. */
export function listHref(filters: AgreementListFilters, changes: Partial<Record<keyof AgreementListFilters, string | number | undefined>> = {}) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...filters, ...changes })) {
    if (value !== undefined && value !== null && value !== "") params.set(key, String(value));
  }
  const query = params.toString();
  return query ? `/agreements?${query}` : "/agreements";
}

/** The download of the list with these filters, all pages. */
export function exportHref(filters: AgreementListFilters, format: "csv" | "xlsx" | "json" | "pdf") {
  const params = new URLSearchParams(listHref({ ...filters, page: undefined }).split("?")[1] ?? "");
  params.set("format", format);
  return `/agreements/export?${params}`;
}

/** Whether any filter (not sort, page or columns) is set. */
export function hasFilters(filters: AgreementListFilters): boolean {
  const { sort: _sort, dir: _dir, page: _page, columns: _columns, ...rest } = filters;
  return Object.values(rest).some((v) => v !== undefined);
}

/** A page number from the URL: a positive integer, otherwise the first page. */
export function pageNumber(value: string | string[] | undefined): number {
  const raw = Array.isArray(value) ? value[0] : value;
  const page = Number(raw);
  return Number.isSafeInteger(page) && page >= 1 ? page : 1;
}

/**
 * How far the list counts its matches (decision 031). Counting every match of a search costs as
 * much as the matches, so a list over a large register would slow as it grows; past this, the
 * page says "more than 1,000" and pages on while rows remain. Bulk changes stop at 500 anyway.
 */
export const LIST_COUNT_BOUND = 1000;
/**
 * The most agreements a PDF register holds: as many as the list counts, about 65 pages and a few
 * seconds of a server process, which the PDF keeps busy (it is drawn whole before its first byte;
 * a register of 25,000 took 39 s). Larger selections download as CSV or Excel, which stream.
 */
export const REGISTER_PDF_LIMIT = LIST_COUNT_BOUND;
