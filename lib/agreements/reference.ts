// Human reference numbers for agreements: AG-<year>-<nnnn>, numbered per year.

const REFERENCE = /^AG-(\d{4})-(\d{4,})$/;

export function formatReference(year: number, sequence: number): string {
  if (!Number.isInteger(sequence) || sequence < 1) throw new RangeError(`sequence must be a positive integer: ${sequence}`);
  return `AG-${year}-${String(sequence).padStart(4, "0")}`;
}

export function parseReference(reference: string): { year: number; sequence: number } | null {
  const match = REFERENCE.exec(reference);
  return match ? { year: Number(match[1]), sequence: Number(match[2]) } : null;
}
