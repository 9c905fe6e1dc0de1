// Reads for the people directory.
import "server-only";
import { db } from "../db";
import { containsText as contains } from "../text-search";
import { effectiveStatus } from "../agreements/status";
import { DIRECTORY_PAGE_SIZE } from "../organizations/queries";


export async function listPeople({ q, page = 1 }: { q?: string; page?: number }) {
  const where = q
    ? { OR: [{ name: contains(q) }, { localName: contains(q) }, { position: contains(q) }, { organization: { name: contains(q) } }] }
    : {};
  const [rows, total] = await Promise.all([
    db.person.findMany({
      where,
      orderBy: [{ name: "asc" }, { position: "asc" }],
      skip: (page - 1) * DIRECTORY_PAGE_SIZE,
      take: DIRECTORY_PAGE_SIZE,
      select: {
        id: true,
        name: true,
        localName: true,
        position: true,
        organization: { select: { id: true, name: true } },
        _count: { select: { participations: true } },
      },
    }),
    db.person.count({ where }),
  ]);
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
