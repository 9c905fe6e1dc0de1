// How a type-ahead decides that a record matches what was typed, and which matches come first.
import { foldedWords, foldText } from "../text/fold";

/**
 * Whether every word typed is found in the names (each folded): "wuhan univ" finds
 * "Wuhan University", "智能制造" finds 柳州智能制造研究院, "lodz" finds "Łódź".
 * Returns 0 for no match, else a rank (1: a name starts with the text typed, 2: it contains it).
 */
export function lookupRank(query: string, names: readonly (string | null | undefined)[]): 0 | 1 | 2 {
  const words = foldedWords(query);
  if (words.length === 0) return 0;
  const folded = names.filter((n): n is string => Boolean(n)).map(foldText);
  const haystack = folded.join(" \u0000 ");
  if (!words.every((word) => haystack.includes(word))) return 0;
  const whole = foldText(query);
  return folded.some((name) => name.startsWith(whole)) ? 1 : 2;
}
