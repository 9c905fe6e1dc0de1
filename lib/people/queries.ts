// Reads for the people directory.
import "server-only";
import { db } from "../db";
import { dialectOf } from "../prisma-client";
import { containsText } from "../text-search";
import { shownStatus } from "../agreements/status";
import { RENEWAL_COLUMNS } from "../agreements/running-period";
import { DIRECTORY_PAGE_SIZE } from "../organizations/queries";
import { DEFAULT_LOCALE, type Locale } from "../i18n/locales";
import { namesInOrder, sortByName } from "../i18n/names";

const contains = (text: string) => containsText(text, dialectOf(db));


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
      localPosition: true,
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
          agreement: { select: { reference: true, title: true, status: true, ...RENEWAL_COLUMNS } },
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
      status: shownStatus(a),
    })),
  };
}

/** Every person as a choice, in the reader's order and script; one known only by position is named by it. */
export async function personOptions(locale: Locale = DEFAULT_LOCALE) {
  const rows = await db.person.findMany({
    select: { id: true, name: true, localName: true, position: true, organization: { select: { name: true } } },
  });
  return sortByName(locale, rows.map((p) => ({ ...p, name: p.name ?? p.position }))).map((p) => ({
    id: p.id,
    label: [...namesInOrder(locale, p), p.position !== p.name ? p.position : null, p.organization?.name].filter(Boolean).join(" · "),
  }));
}
