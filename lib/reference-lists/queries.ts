import "server-only";
import { db } from "../db";

/** The Lists page: both lists with their names in both languages and how much uses each entry. */
export async function referenceLists() {
  const [focusAreas, types, countriesToChoose] = await Promise.all([
    db.focusArea.findMany({
      orderBy: { name: "asc" },
      select: { id: true, name: true, localName: true, description: true, active: true, _count: { select: { agreements: true, organizations: true } } },
    }),
    db.agreementType.findMany({
      orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
      select: { id: true, code: true, name: true, localName: true, sortOrder: true, active: true, _count: { select: { agreements: true } } },
    }),
    unmappedCountries(),
  ]);
  return { focusAreas, types, countriesToChoose };
}

/**
 * Organisations whose free-text country the upgrade to country codes could not recognise
 * (decision 020): `countryAsRecorded` holds the text until someone chooses the country.
 */
export function unmappedCountries() {
  return db.organization.findMany({
    where: { countryAsRecorded: { not: null } },
    orderBy: { name: "asc" },
    select: { id: true, name: true, localName: true, countryAsRecorded: true },
  });
}

/** Every focus area's names by id, for pages whose figures carry only an id and one name (the dashboard). */
export async function focusAreaNames(): Promise<Map<string, { name: string; localName: string | null }>> {
  const rows = await db.focusArea.findMany({ select: { id: true, name: true, localName: true } });
  return new Map(rows.map(({ id, ...names }) => [id, names]));
}
