// Invisible characters that change how text reads: the one rule for refusing them in
// names and file names, and for neutralising them in plain-text outputs.
//
// - Bidirectional controls (embeddings, overrides, isolates: U+202A–U+202E,
//   U+2066–U+2069) make "invoice\u202Efdp.exe" display as "invoiceexe.pdf"; no name
//   needs them (the marks U+200E/U+200F, which some right-to-left names use, stay allowed).
// - Control characters and line/paragraph separators (C0, DEL, C1, U+2028, U+2029) in a
//   one-line output start a new line that the reader takes for a separate entry.

const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/;
const CONTROLS = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]/;
const LINE_BREAKING = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]+/g;

/** Whether `text` holds a bidirectional embedding, override or isolate control. */
export function hasBidiControl(text: string): boolean {
  return BIDI_CONTROLS.test(text);
}

/** Whether a file name is safe to show and store: no control character (NUL included) and no bidi control. */
export function isSafeFileName(name: string): boolean {
  return !CONTROLS.test(name) && !BIDI_CONTROLS.test(name);
}

/**
 * `text` fit for one line of a plain-text output (an e-mail digest, a log line): every run
 * of control characters and line separators becomes one space, and bidi controls are
 * dropped, so that the text can neither add a line nor reorder what follows it.
 */
export function oneLine(text: string): string {
  return text.replace(LINE_BREAKING, " ").replace(new RegExp(BIDI_CONTROLS.source, "g"), "");
}
