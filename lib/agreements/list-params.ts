// Reading the agreements list's URL parameters.

/** A page number from the URL: a positive integer, otherwise the first page. */
export function pageNumber(value: string | string[] | undefined): number {
  const raw = Array.isArray(value) ? value[0] : value;
  const page = Number(raw);
  return Number.isSafeInteger(page) && page >= 1 ? page : 1;
}
