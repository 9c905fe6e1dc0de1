// Cells that begin with one of these characters are formulas to a spreadsheet program,
// which would run them when the export is opened ("formula injection"). Exports put an
// apostrophe in front, which spreadsheets show as text; Pacta's import takes it off again.
export const FORMULA_TRIGGERS = ["=", "+", "-", "@", "\t", "\r"] as const;

const triggers = FORMULA_TRIGGERS.map((t) => (t === "\t" ? "\\t" : t === "\r" ? "\\r" : `\\${t}`)).join("");
/** Apostrophes followed by a trigger: what the export escapes, and so what the import unescapes. */
const ESCAPED = new RegExp(`^'*[${triggers}]`);

/**
 * Prefixes one apostrophe to a value that starts with a trigger, or with apostrophes and then a
 * trigger (so that a value that really begins with "'=" survives the round trip too).
 */
export function neutralizeCell(value: string): string {
  return ESCAPED.test(value) ? `'${value}` : value;
}

/** Undoes `neutralizeCell`: removes one apostrophe, only where the export added one. */
export function restoreCell(value: string): string {
  return value.startsWith("'") && ESCAPED.test(value.slice(1)) ? value.slice(1) : value;
}
