const wholeNumber = new Intl.NumberFormat("en");

/** A count in a sentence: "1 agreement", "4,471 agreements". */
export function countOf(n: number, singular: string, plural = `${singular}s`): string {
  return `${wholeNumber.format(n)} ${n === 1 ? singular : plural}`;
}
