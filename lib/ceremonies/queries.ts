// Reads of signing ceremonies: the list (newest first) and one ceremony with everything its page shows.
import "server-only";
import { db } from "../db";
import { toIsoPartial } from "../dates/partial-date";
import { CEREMONY_HEAD, ceremonyDay } from "../agreements/signing-events";
import type { Database } from "../prisma-client";
import { DEFAULT_LOCALE, type Locale } from "../i18n/locales";
import { namesInOrder } from "../i18n/names";
import { agreementNameSelect } from "../agreements/label";

/** Ceremonies a page of the list shows. */
export const CEREMONY_PAGE_SIZE = 50;


/**
 * A page of ceremonies, newest first (those of unknown date last, newest entered first):
 * { rows: [{ id, name, heldOn (partial or null), place, host, agreementCount }], total, page, pageCount }.
 * Two statements.
 */
export async function listCeremonies({ page = 1, database = db }: { page?: number; database?: Database } = {}) {
  const [rows, total] = await Promise.all([
    database.signingEvent.findMany({
      orderBy: [{ heldOn: { sort: "desc", nulls: "last" } }, { createdAt: "desc" }, { id: "asc" }],
      skip: (page - 1) * CEREMONY_PAGE_SIZE,
      take: CEREMONY_PAGE_SIZE,
      select: {
        ...CEREMONY_HEAD,
        _count: { select: { agreements: true } },
      },
    }),
    database.signingEvent.count(),
  ]);
  return {
    rows: rows.map(({ heldOn, heldOnPrecision, _count, ...rest }) => ({ ...rest, heldOn: ceremonyDay(heldOn, heldOnPrecision), agreementCount: _count.agreements })),
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / CEREMONY_PAGE_SIZE)),
  };
}

/**
 * One ceremony for its page and its forms, or null: its facts (the day as a partial date and as
 * the form's text), its host, its source, the people present in order with their ids for editing,
 * the agreements signed there (by reference) and its evidence. One statement.
 */
export async function getCeremony(id: string, locale: Locale = DEFAULT_LOCALE, database: Database = db) {
  const event = await database.signingEvent.findUnique({
    where: { id },
    select: {
      ...CEREMONY_HEAD,
      version: true,
      notes: true,
      hostId: true,
      source: { select: { title: true, url: true, publisher: true } },
      attendances: {
        orderBy: [{ order: "asc" }, { id: "asc" }],
        select: {
          id: true,
          role: true,
          position: true,
          note: true,
          personId: true,
          onBehalfOfId: true,
          person: { select: { id: true, name: true, localName: true, position: true } },
          onBehalfOf: { select: { id: true, name: true, localName: true } },
        },
      },
      agreements: { orderBy: { reference: "asc" }, select: { ...agreementNameSelect, status: true } },
      evidence: { orderBy: { order: "asc" }, select: { field: true, quote: true, basis: true, note: true, origin: true } },
    },
  });
  if (!event) return null;
  const { heldOn, heldOnPrecision, attendances, ...rest } = event;
  return {
    ...rest,
    heldOn: ceremonyDay(heldOn, heldOnPrecision),
    /** What the form's date field shows: "2020-01-03", "2020-01" or "2020". */
    heldOnText: heldOn ? toIsoPartial(heldOn, heldOnPrecision ?? "DAY") : "",
    attendances: attendances.map((a) => ({
      ...a,
      /** The person as the type-ahead shows a choice. */
      personChoice: a.person ? { id: a.person.id, label: namesInOrder(locale, { name: a.person.name ?? a.person.position, localName: a.person.localName }).filter(Boolean).join(" · "), detail: null } : null,
    })),
  };
}
export type CeremonyDetail = NonNullable<Awaited<ReturnType<typeof getCeremony>>>;
