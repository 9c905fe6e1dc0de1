// The one text rule of Pacta: the form in which names are compared and searched.
// Search documents, partner matching, duplicate detection and the import all call
// `foldText`, so "Wuhan  University", "ＷＵＨＡＮ University" and "wuhan\u200Buniversity"
// are one name everywhere, and `lodz` finds "Łódź".
// Stored search documents hold its output: a change here must raise SEARCH_RULE_VERSION
// (lib/agreements/search-document.ts), so an upgrade rebuilds them; a unit test pins it.

/**
 * Letters that Unicode decomposition leaves whole (they are letters of their own, not a
 * base letter with a mark), folded to the Latin spelling people type on an English keyboard.
 * Source: the usual transliterations (DIN 5007-2 for ß, Danish/Norwegian ø æ, Polish ł,
 * Croatian/Vietnamese đ, French œ, Turkish dotless ı, Icelandic þ ð).
 */
const UNDECOMPOSED_LETTERS: Record<string, string> = {
  ß: "ss",
  ẞ: "ss",
  ł: "l",
  Ł: "l",
  ø: "o",
  Ø: "o",
  æ: "ae",
  Æ: "ae",
  đ: "d",
  Đ: "d",
  ð: "d",
  Ð: "d",
  œ: "oe",
  Œ: "oe",
  ı: "i",
  þ: "th",
  Þ: "th",
  ħ: "h",
  Ħ: "h",
  ŀ: "l",
  Ŀ: "l",
  ŧ: "t",
  Ŧ: "t",
};
const UNDECOMPOSED = new RegExp(`[${Object.keys(UNDECOMPOSED_LETTERS).join("")}]`, "gu");

// A zero-width space stands between words (a space that was not shown); joiners, the word
// joiner, the byte-order mark and the soft hyphen stand inside a word and simply go.
const ZERO_WIDTH_SPACE = /\u200B/g;
const INVISIBLE_IN_WORD = /[\u00AD\u200C\u200D\u2060\uFEFF]/g;
// Every hyphen and dash (hyphen-minus, ‐ ‑ ‒ – — ―, minus sign, small and full-width forms after NFKC).
const DASHES = /[\p{Pd}\u2212]/gu;
// Apostrophes typed with other keys ("King’s", "Xiʼan", a backtick or an acute accent) are one "'";
// the middle dots between the parts of a foreign name in Chinese (约翰·霍普金斯, typed as •, ・ or ‧)
// are one "·".
const APOSTROPHES = /[\u2018\u2019\u02BB\u02BC\u0060\u00B4\u2032]/g;
const MIDDLE_DOTS = /[\u2022\u2027\u2219\u22C5\u30FB\uFF65]/g;
// Accents come off Latin, Greek and Cyrillic letters only: in Japanese kana the voicing
// mark makes another letter (か/が), and Indic vowel signs are letters in all but name.
const MARKS_ON_ALPHABETIC = /([\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}])\p{M}+/gu;

/**
 * Folds a text to its comparison form: Unicode NFKC (full-width letters and digits become
 * ASCII), every dash a `-`, every apostrophe a `'`, every middle dot a `·`, Greek final sigma σ, diacritics removed from Latin, Greek and Cyrillic letters, letters that do not decompose folded
 * (ł→l, ø→o, ß→ss, æ→ae, đ→d, œ→oe, ı→i), lower case, and every run of white space
 * (no-break, ideographic and zero-width spaces included) one ASCII space, trimmed.
 * Chinese, Japanese and Korean text passes through unchanged apart from width and spaces.
 *
 * @param text any string; an empty or blank one folds to "".
 * @returns the folded string, never longer than needed for comparison; idempotent.
 */
export function foldText(text: string): string {
  return text
    .replace(ZERO_WIDTH_SPACE, " ")
    .replace(INVISIBLE_IN_WORD, "")
    .normalize("NFKC")
    .replace(DASHES, "-")
    .replace(APOSTROPHES, "'")
    .replace(MIDDLE_DOTS, "·")
    .normalize("NFD")
    .replace(MARKS_ON_ALPHABETIC, "$1")
    .replace(UNDECOMPOSED, (letter) => UNDECOMPOSED_LETTERS[letter] ?? letter)
    .toLowerCase()
    // Greek final sigma is sigma: capitals lower-case to σ, so "ΑΘΗΝΑΣ" and "Αθήνας" are one word.
    .replace(/ς/g, "σ")
    .replace(UNDECOMPOSED, (letter) => UNDECOMPOSED_LETTERS[letter] ?? letter)
    .normalize("NFC")
    .replace(/\s+/gu, " ")
    .trim();
}

/** The words of a folded text (split on spaces), for all-words search and matching. */
export function foldedWords(text: string): string[] {
  const folded = foldText(text);
  return folded === "" ? [] : folded.split(" ");
}
