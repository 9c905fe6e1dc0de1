// Reads for the people directory.
import "server-only";
import { db } from "../db";
import { containsText as contains } from "../text-search";
import { effectiveStatus } from "../agreements/status";
import { DIRECTORY_PAGE_SIZE } from "../organizations/queries";
import { DEFAULT_LOCALE, type Locale } from "../i18n/locales";
import { sortByName } from "../i18n/names";


/** A page of the people directory in the reader's order (see listOrganizations). */
export async function listPeople({ q, page = 1, locale = DEFAULT_LOCALE }: { q?: string; page?: number; locale?: Locale }) {
  const where = q
    ? { OR: [{ name: contains(q) }, { localName: contains(q) }, { position: contains(q) }, { organization: { name: contains(q) } }] }
    : {};
  // A person known only by position sorts by it.
  const all = await db.person.findMany({ where, select: { id: true, name: true, localName: true, position: true } });
  const names = sortByName(locale, all.map((p) => ({ id: p.id, name: p.name ?? p.position, localName: p.localName })));
  const pageIds = names.slice((page - 1) * DIRECTORY_PAGE_SIZE, page * DIRECTORY_PAGE_SIZE).map((p) => p.id);
  const [found] = await Promise.all([
    db.person.findMany({
      where: { id: { in: pageIds } },
      select: {
        id: true,
        name: true,
        localName: true,
        position: true,
        organization: { select: { id: true, name: true } },
        _count: { select: { participations: true } },
      },
    }),
  ]);
  const byId = new Map(found.map((p) => [p.id, p]));
  const rows = pageIds.flatMap((id) => byId.get(id) ?? []);
  const total = names.length;
  return { rows, total, page, pageCount: Math.max(1, Math.ceil(total / DIRECTORY_PAGE_SIZE)) };
}

export async function getPerson(id: string) {
  const p = await db.person.findUnique({
    where: { id },
    select: {
      id: true,
      version: true,
      name: true,
      localName: true,
      position: true,
      email: true,
      phone: true,
      notes: true,
      organizationId: true,
      organization: { select: { id: true, name: true } },
      participations: {
        orderBy: { agreement: { signedOn: "desc" } },
        select: {
          role: true,
          onBehalfOf: { select: { name: true } },
          agreement: { select: { reference: true, title: true, status: true, expiresOn: true, expiresOnPrecision: true } },
        },
      },
    },
  });
  if (!p) return null;
  return {
    ...p,
    participations: p.participations.map(({ agreement: a, ...rest }) => ({
      ...rest,
      reference: a.reference,
      title: a.title,
      status: effectiveStatus(a.status, a.expiresOn, a.expiresOnPrecision),
    })),
  };
}

export async function personOptions() {
  const rows = await db.person.findMany({
    select: { id: true, name: true, position: true, organization: { select: { name: true } } },
    orderBy: [{ name: "asc" }, { position: "asc" }],
  });
  return rows.map((p) => ({ id: p.id, label: [p.name ?? "(name not known)", p.position, p.organization?.name].filter(Boolean).join(" · ") }));
}
