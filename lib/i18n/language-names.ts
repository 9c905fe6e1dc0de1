// Names of languages in the reader's language, from the platform's CLDR data (Intl.DisplayNames).

/** A language's name (`tag` in BCP 47: "en", "zh-CN") in `locale`'s language; the tag itself when unknown or malformed. */
export function languageName(locale: string, tag: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: "language" }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}
