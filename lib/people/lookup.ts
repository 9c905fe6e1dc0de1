// The agreement form's type-ahead for signatories: people found by name, local name or
// position, in any script, by the one text rule (lib/text/fold.ts).
import "server-only";
import { db } from "../db";
import type { Database } from "../prisma-client";
import { foldText } from "../text/fold";
import { DEFAULT_LOCALE, type Locale } from "../i18n/locales";
import { namesInOrder, sortByName } from "../i18n/names";
import { LOOKUP_LIMIT, type LookupChoice } from "../organizations/lookup";
import { lookupRank } from "../organizations/lookup-rank";

/** A person to choose, with the organisation they belong to (the party they most likely signed for). */
export interface PersonChoice extends LookupChoice {
  organizationId: string | null;
  /** The parent of that organisation, when it is a unit: a dean signs for the university. */
  organizationParentId: string | null;
  /** Whether the person belongs to our institution (or one of its units): they sign for our side. */
  ours: boolean;
}

const personSelect = {
  id: true,
  name: true,
  localName: true,
  position: true,
  organization: { select: { id: true, name: true, localName: true, parentId: true, isOwnInstitution: true, parent: { select: { isOwnInstitution: true } } } },
} as const;

type Row = { id: string; name: string | null; localName: string | null; position: string | null; organization: { id: string; name: string; localName: string | null; parentId: string | null; isOwnInstitution: boolean; parent: { isOwnInstitution: boolean } | null } | null;
};

function choice(locale: Locale, p: Row): PersonChoice {
  const names = { name: p.name ?? p.position, localName: p.localName };
  return {
    id: p.id,
    label: namesInOrder(locale, names).filter(Boolean).join(" · "),
    detail: [p.position !== names.name ? p.position : null, p.organization ? namesInOrder(locale, p.organization)[0] : null].filter(Boolean).join(" · ") || null,
    organizationId: p.organization?.id ?? null,
    organizationParentId: p.organization?.parentId ?? null,
    ours: Boolean(p.organization?.isOwnInstitution || p.organization?.parent?.isOwnInstitution),
  };
}

/** People matching what was typed (name, local name, position, organisation), best first, at most `limit`. */
export async function findPeople(query: string, locale: Locale = DEFAULT_LOCALE, limit = LOOKUP_LIMIT, database: Database = db): Promise<PersonChoice[]> {
  if (foldText(query) === "") return [];
  const rows = await database.person.findMany({ select: personSelect });
  const found = rows
    .map((row) => ({ row, rank: lookupRank(query, [row.name, row.localName, row.position, row.organization?.name, row.organization?.localName]) }))
    .filter((r) => r.rank > 0);
  const ordered = sortByName(locale, found.map(({ row, rank }) => ({ ...row, name: row.name ?? row.position, rank })));
  return ordered
    .sort((a, b) => a.rank - b.rank)
    .slice(0, limit)
    .map((p) => choice(locale, p));
}

/** The people already chosen (an agreement being edited), by id. */
export async function personChoices(ids: readonly string[], locale: Locale = DEFAULT_LOCALE, database: Database = db): Promise<Record<string, PersonChoice>> {
  if (ids.length === 0) return {};
  const rows = await database.person.findMany({ where: { id: { in: [...ids] } }, select: personSelect });
  return Object.fromEntries(rows.map((p) => [p.id, choice(locale, p)]));
}
