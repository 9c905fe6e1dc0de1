// The dashboard's maps: active agreements by partner country (an ISO 3166-1 alpha-2 code), and
// for partners in China by province (the organisation's free-text region, read through the name
// table in china-provinces.ts). Two SQL aggregates and one more, whatever the register's size.
import "server-only";
import countries from "i18n-iso-countries";
import { Prisma } from "../../generated/prisma/client.ts";
import { db } from "../db";
import { dialectOf, type Database } from "../prisma-client";
import { institutionToday, now as currentInstant } from "../dates/institution-time";
import { CHINA_PROVINCES, provinceNames } from "./china-provinces";

/** Whether a stored country is a code the map knows: two capitals, assigned in ISO 3166-1 (not "XK", "ZZ" or "China"). */
export const isCountryCode = (value: string | null): value is string => value !== null && /^[A-Z]{2}$/.test(value) && countries.isValid(value);

export interface MapFigures {
  /** Active agreements per partner country, most first (an agreement with partners in two countries counts in each). */
  countries: { code: string; count: number }[];
  /** Active agreements with a partner whose country is empty or not a code. */
  countryNotKnown: number;
  /** Active agreements per province of their Chinese partners, most first. */
  provinces: { code: string; count: number }[];
  /** Active agreements with a Chinese partner whose region names no province. */
  provinceNotKnown: number;
}

/** The day as the database compares it with a stored date: ISO text on SQLite, a date on PostgreSQL. */
export function dayParameter(database: Database, day: Date): Prisma.Sql {
  const iso = day.toISOString().slice(0, 10);
  return dialectOf(database) === "postgresql" ? Prisma.sql`CAST(${iso} AS date)` : Prisma.sql`${iso}`;
}

/**
 * Partners of active agreements as people see them (as the list's status=ACTIVE: not archived,
 * and not past a last day unless it renews on), joined to their organisations.
 */
function partnersOfActive(database: Database, today: Date) {
  return Prisma.sql`FROM "AgreementParty" p
    JOIN "Agreement" a ON a."id" = p."agreementId"
    JOIN "Organization" o ON o."id" = p."organizationId"
    WHERE p."role" <> 'OUR_INSTITUTION' AND a."archived" = false AND a."status" = 'ACTIVE'
      AND (a."endsOn" IS NULL OR a."endsOn" >= ${dayParameter(database, today)} OR a."rollsOver" = true)`;
}

/** The map figures at `now` (the institution's today). */
export async function dashboardMapFigures({ now = currentInstant(), database = db }: { now?: Date; database?: Database } = {}): Promise<MapFigures> {
  const from = partnersOfActive(database, institutionToday(now));
  const provinceCase = Prisma.join(
    CHINA_PROVINCES.map((p) => Prisma.sql`WHEN o."region" IN (${Prisma.join(provinceNames(p))}) THEN ${p.code}`),
    " ",
  );
  const [byCountry, byProvince] = await Promise.all([
    database.$queryRaw<{ country: string | null; n: number | bigint }[]>`SELECT o."country" AS country, COUNT(DISTINCT p."agreementId") AS n ${from} GROUP BY o."country"`,
    database.$queryRaw<{ province: string | null; n: number | bigint }[]>`SELECT CASE ${provinceCase} END AS province, COUNT(DISTINCT p."agreementId") AS n
      ${from} AND o."country" = 'CN' GROUP BY 1`,
  ]);
  const codes = byCountry.map((row) => row.country).filter(isCountryCode);
  const unknownCountries = byCountry.some((row) => !isCountryCode(row.country));
  // Counted apart so that an agreement with two partners of unknown country counts once.
  const countryNotKnown = unknownCountries
    ? Number(
        (
          await database.$queryRaw<{ n: number | bigint }[]>`SELECT COUNT(DISTINCT p."agreementId") AS n ${from}
            AND (o."country" IS NULL ${codes.length > 0 ? Prisma.sql`OR o."country" NOT IN (${Prisma.join(codes)})` : Prisma.sql`OR 1 = 1`})`
        )[0]?.n ?? 0,
      )
    : 0;
  const byCount = <T extends { code: string; count: number }>(a: T, b: T) => b.count - a.count || a.code.localeCompare(b.code);
  return {
    countries: byCountry.flatMap((row) => (isCountryCode(row.country) ? [{ code: row.country, count: Number(row.n) }] : [])).sort(byCount),
    countryNotKnown,
    provinces: byProvince.flatMap((row) => (row.province ? [{ code: row.province, count: Number(row.n) }] : [])).sort(byCount),
    provinceNotKnown: Number(byProvince.find((row) => row.province === null)?.n ?? 0),
  };
}
