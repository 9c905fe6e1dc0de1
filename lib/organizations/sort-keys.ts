// The directories' stored sort keys (lib/i18n/sort-key.ts): written with each name by the
// organisation and person services; rows made another way (an agreement's new partner or
// signatory, the import, the demo data, rows from before the keys) are keyed here, when a
// directory is next read. Decision 016.
import { Prisma } from "../../generated/prisma/client.ts";
import type { Database, DatabaseTransaction } from "../prisma-client";
import { nameSortKeys } from "../i18n/sort-key";

const BATCH = 500;

/** A person known only by position sorts by it (as the directory shows them). */
export const personSortKeys = (person: { name?: string | null; localName?: string | null; position?: string | null }) =>
  nameSortKeys({ name: person.name ?? person.position ?? null, localName: person.localName ?? null });

/**
 * Keys every organisation and person without one. One indexed read when all are keyed (the
 * usual case); otherwise one UPDATE per 500 rows. Returns how many rows it keyed.
 */
export async function keepSortKeysCurrent(database: Database | DatabaseTransaction): Promise<number> {
  // The usual answer, "all keyed", from four probes of the key columns' indexes in one statement:
  // Prisma's OR of the two columns read every organisation and person (11 ms at 30,000 agreements).
  const [{ unkeyed: any }] = await database.$queryRaw<{ unkeyed: boolean | number | bigint }[]>`SELECT
    (EXISTS (SELECT 1 FROM "Organization" WHERE "sortKey" IS NULL) OR EXISTS (SELECT 1 FROM "Organization" WHERE "localSortKey" IS NULL)
      OR EXISTS (SELECT 1 FROM "Person" WHERE "sortKey" IS NULL) OR EXISTS (SELECT 1 FROM "Person" WHERE "localSortKey" IS NULL)) AS "unkeyed"`;
  if (!Number(any)) return 0;
  const unkeyed = { OR: [{ sortKey: null }, { localSortKey: null }] };
  const [organizations, people] = await Promise.all([
    database.organization.findMany({ where: unkeyed, select: { id: true, name: true, localName: true } }),
    database.person.findMany({ where: unkeyed, select: { id: true, name: true, localName: true, position: true } }),
  ]);
  const write = async (table: "Organization" | "Person", rows: { id: string; keys: { sortKey: string; localSortKey: string } }[]) => {
    for (let start = 0; start < rows.length; start += BATCH) {
      const values = rows.slice(start, start + BATCH).map((r) => Prisma.sql`(${r.id}, ${r.keys.sortKey}, ${r.keys.localSortKey})`);
      // Plain SQL: a key is derived, not an edit (neither version nor updatedAt may move). VALUES names its columns column1… on both databases.
      await database.$executeRaw`UPDATE ${Prisma.raw(`"${table}"`)} SET "sortKey" = v.column2, "localSortKey" = v.column3
        FROM (VALUES ${Prisma.join(values)}) AS v WHERE ${Prisma.raw(`"${table}"`)}."id" = v.column1`;
    }
  };
  await write("Organization", organizations.map((o) => ({ id: o.id, keys: nameSortKeys(o) })));
  await write("Person", people.map((p) => ({ id: p.id, keys: personSortKeys(p) })));
  return organizations.length + people.length;
}
