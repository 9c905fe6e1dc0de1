// Human reference numbers for agreements: AG-<year>-<nnnn>, numbered per year.
import type { DatabaseTransaction } from "../prisma-client";

const REFERENCE = /^AG-(\d{4})-(\d{4,})$/;

export function formatReference(year: number, sequence: number): string {
  if (!Number.isInteger(sequence) || sequence < 1) throw new RangeError(`sequence must be a positive integer: ${sequence}`);
  return `AG-${year}-${String(sequence).padStart(4, "0")}`;
}

export function parseReference(reference: string): { year: number; sequence: number } | null {
  const match = REFERENCE.exec(reference);
  return match ? { year: Number(match[1]), sequence: Number(match[2]) } : null;
}

/**
 * The next free reference for `year`. A counter row per year hands out numbers; the
 * first time a year is used, the counter starts after the highest reference that
 * already exists for it (seeded or imported agreements). Two writers may both find
 * no counter: the insert that loses does nothing, and both then take a number from
 * the one row, whose update each waits its turn for.
 */
export async function nextReference(tx: DatabaseTransaction, year: number): Promise<string> {
  const counter = await tx.referenceCounter.findUnique({ where: { year }, select: { year: true } });
  if (!counter) {
    const existing = await tx.agreement.findMany({ where: { reference: { startsWith: `AG-${year}-` } }, select: { reference: true } });
    const highest = Math.max(0, ...existing.map((a) => parseReference(a.reference)?.sequence ?? 0));
    await tx.$executeRaw`INSERT INTO "ReferenceCounter" ("year", "last") VALUES (${year}, ${highest}) ON CONFLICT ("year") DO NOTHING`;
  }
  const updated = await tx.referenceCounter.update({ where: { year }, data: { last: { increment: 1 } } });
  return formatReference(year, updated.last);
}

/**
 * Moves each year's counter past the highest of the given references (agreements that
 * brought their own number: an import, the demo portfolio), so that the next one handed out
 * for that year follows them. References not of the form AG-<year>-<n> are ignored.
 */
export async function advanceReferenceCounters(tx: DatabaseTransaction, references: string[]) {
  const highest = new Map<number, number>();
  for (const reference of references) {
    const parsed = parseReference(reference);
    if (parsed) highest.set(parsed.year, Math.max(highest.get(parsed.year) ?? 0, parsed.sequence));
  }
  for (const [year, sequence] of highest) {
    await tx.$executeRaw`INSERT INTO "ReferenceCounter" ("year", "last") VALUES (${year}, ${sequence})
      ON CONFLICT ("year") DO UPDATE SET "last" = CASE WHEN "ReferenceCounter"."last" < ${sequence} THEN ${sequence} ELSE "ReferenceCounter"."last" END`;
  }
}
