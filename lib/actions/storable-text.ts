// Text that a database can store: no unpaired UTF-16 surrogates (they are not
// characters; the database layer cannot even encode them) and no NUL (PostgreSQL
// refuses it). A browser never sends either; a crafted request can. One check for
// every action, before its schema.

const UNSTORABLE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|\u0000/;

/** The path ("parties.0.name") of the first string in `value` that cannot be stored, or null. */
export function firstUnstorableText(value: unknown, path: string[] = [], seen = new Set<object>()): string | null {
  if (typeof value === "string") return UNSTORABLE.test(value) ? path.join(".") || "_form" : null;
  if (value === null || typeof value !== "object" || value instanceof Blob || seen.has(value)) return null;
  seen.add(value);
  for (const [key, item] of Object.entries(value)) {
    if (UNSTORABLE.test(key)) return [...path, "_form"].join(".");
    const found = firstUnstorableText(item, [...path, key], seen);
    if (found !== null) return found;
  }
  return null;
}
