// The agreement form's type-ahead for partners: organisations found by any of their names,
// in any script, by the one text rule (lib/text/fold.ts), never our own institution or its units.
import "server-only";
import { db } from "../db";
import type { Database } from "../prisma-client";
import { foldText } from "../text/fold";
import { lookupRank } from "./lookup-rank";
import { DEFAULT_LOCALE, type Locale } from "../i18n/locales";
import { namesInOrder, sortByName } from "../i18n/names";

/** One choice of a type-ahead: the record's id, its name(s) in the reader's order, and a line that tells look-alikes apart. */
export interface LookupChoice {
  id: string;
  label: string;
  detail: string | null;
}

/** How many choices a type-ahead shows: enough to pick from, few enough to read on a phone. */
export const LOOKUP_LIMIT = 12;

/** Keeps the rows that match, best first (then in the reader's order of names), at most `limit`. */
function ranked<T extends { name: string | null; localName: string | null }>(locale: Locale, query: string, rows: T[], names: (row: T) => (string | null)[], limit: number): T[] {
  const found = rows.map((row) => ({ row, rank: lookupRank(query, names(row)) })).filter((r) => r.rank > 0);
  const ordered = sortByName(locale, found.map((f) => ({ ...f.row, rank: f.rank })));
  return ordered.sort((a, b) => a.rank - b.rank).slice(0, limit);
}

const partnerSelect = {
  id: true,
  name: true,
  localName: true,
  acronym: true,
  country: true,
  kind: true,
  otherNames: { select: { name: true } },
  parent: { select: { name: true, localName: true } },
} as const;

/**
 * Partners matching what was typed (names, acronym and other names), at most `limit`: any
 * organisation but our institution and its units (a party of our own side is added by Pacta).
 * The directory holds thousands of organisations, so the names are folded here rather than in SQL,
 * where neither database knows the text rule.
 */
export async function findPartners(query: string, locale: Locale = DEFAULT_LOCALE, limit = LOOKUP_LIMIT, database: Database = db): Promise<(LookupChoice & { kind: string })[]> {
  if (foldText(query) === "") return [];
  const rows = await database.organization.findMany({
    where: { isOwnInstitution: false, NOT: { parent: { isOwnInstitution: true } } },
    select: partnerSelect,
  });
  return ranked(locale, query, rows, (o) => [o.name, o.localName, o.acronym, ...o.otherNames.map((n) => n.name)], limit).map((o) => ({
    id: o.id,
    label: namesInOrder(locale, o).filter(Boolean).join(" · "),
    detail: [o.acronym, o.parent ? namesInOrder(locale, o.parent)[0] : null, o.country].filter(Boolean).join(" · ") || null,
    kind: o.kind,
  }));
}

/** The labels of organisations already chosen (an agreement being edited), by id. */
export async function partnerLabels(ids: readonly string[], locale: Locale = DEFAULT_LOCALE, database: Database = db): Promise<Record<string, string>> {
  if (ids.length === 0) return {};
  const rows = await database.organization.findMany({ where: { id: { in: [...ids] } }, select: { id: true, name: true, localName: true } });
  return Object.fromEntries(rows.map((o) => [o.id, namesInOrder(locale, o).filter(Boolean).join(" · ")]));
}
