// The colour classes of the dashboard's maps (on the page and in the PDF): five steps of the
// brand's blue, equal intervals up to the largest count, so that a legend can say which counts
// each colour means. Hex, because the PDF writer reads no other notation.
export const CHOROPLETH_COLOURS = ["#b3cbef", "#86aae3", "#5a88d3", "#3463b5", "#1d4283"] as const;
export const NO_AGREEMENT_COLOUR = "#eef1f5";
/** The classes whose colour is dark enough for white text. */
export const DARK_COLOURS: readonly string[] = CHOROPLETH_COLOURS.slice(3);

/** The classes for counts up to `max`: each a colour and the lowest and highest count it stands for. */
export function choroplethClasses(max: number): { colour: string; from: number; to: number }[] {
  const steps = Math.min(CHOROPLETH_COLOURS.length, Math.max(max, 1));
  return Array.from({ length: steps }, (_, i) => ({
    colour: CHOROPLETH_COLOURS[Math.round((i * (CHOROPLETH_COLOURS.length - 1)) / Math.max(steps - 1, 1))],
    from: Math.floor((i * max) / steps) + 1,
    to: Math.floor(((i + 1) * max) / steps),
  }));
}

/** The colour of a count (0: no agreement). */
export function choroplethColour(count: number, classes: { colour: string; from: number; to: number }[]): string {
  if (count <= 0) return NO_AGREEMENT_COLOUR;
  return (classes.find((c) => count >= c.from && count <= c.to) ?? classes[classes.length - 1]).colour;
}
