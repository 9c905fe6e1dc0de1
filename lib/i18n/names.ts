// Names in two scripts: which one a reader sees first, and in what order lists of names go.
import { intlLocaleOf, type Locale } from "./locales";

export interface Names {
  name: string | null;
  localName: string | null;
}

/** A name in both scripts, the reader's language first: 武汉理工大学 before Wuhan University of Technology in Chinese. */
export function namesInOrder(locale: Locale, names: Names): [string, string | null] {
  const { name, localName } = names;
  if (locale === "zh-CN" && localName) return [localName, name];
  return [name ?? localName ?? "", name ? localName : null];
}

const collators = new Map<Locale, Intl.Collator>();
/** The language's own order: English alphabetically, Chinese by pinyin (ICU's default for zh). */
export function collatorFor(locale: Locale): Intl.Collator {
  let collator = collators.get(locale);
  if (!collator) collators.set(locale, (collator = new Intl.Collator(intlLocaleOf(locale), { sensitivity: "base", numeric: true })));
  return collator;
}

/** Sorts by the name the reader sees first, in the reader's collation (a new array). */
export function sortByName<T extends Names>(locale: Locale, rows: readonly T[]): T[] {
  const collator = collatorFor(locale);
  const keyed = rows.map((row) => ({ row, key: namesInOrder(locale, row)[0] }));
  keyed.sort((a, b) => collator.compare(a.key, b.key));
  return keyed.map(({ row }) => row);
}

/** An entry of a reference list (agreement type, focus area): its English name and its Chinese one. */
export interface ReferenceItem {
  name: string | null;
  localName: string | null;
}

/**
 * The name of a reference-list entry in the reader's language: the Chinese name for a Chinese
 * reader, the English one for an English reader, else whichever the entry has ("" for none).
 */
export function referenceName(item: ReferenceItem | null | undefined, locale: Locale): string {
  if (!item) return "";
  const [first, second] = locale === "zh-CN" ? [item.localName, item.name] : [item.name, item.localName];
  return first?.trim() || second?.trim() || "";
}

/** A person's position in the reader's language: the local form (校长) for a Chinese reader when known, else the English one. */
export function positionIn(person: { position: string | null; localPosition?: string | null }, locale: Locale): string | null {
  const [first, second] = locale === "zh-CN" ? [person.localPosition, person.position] : [person.position, person.localPosition];
  return first || second || null;
}
