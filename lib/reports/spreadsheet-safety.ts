// Cells that begin with one of these characters are formulas to a spreadsheet program,
// which would run them when the export is opened ("formula injection"). Exports put an
// apostrophe in front, which spreadsheets show as text; Pacta's import takes it off again.
export const FORMULA_TRIGGERS = ["=", "+", "-", "@", "\t", "\r"] as const;

export function neutralizeCell(value: string): string {
  return value.length > 0 && (FORMULA_TRIGGERS as readonly string[]).includes(value[0]) ? `'${value}` : value;
}

/** Undoes `neutralizeCell`: an apostrophe is removed only where the export added it. */
export function restoreCell(value: string): string {
  return value.length > 1 && value[0] === "'" && (FORMULA_TRIGGERS as readonly string[]).includes(value[1]) ? value.slice(1) : value;
}
