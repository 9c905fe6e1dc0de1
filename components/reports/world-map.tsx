import { WORLD_MAP_SIZE } from "@/lib/reports/world-map-shapes";
import { choroplethClasses, choroplethColour } from "@/lib/reports/choropleth";
import { MapLegend } from "./map-legend";

export interface MapArea {
  count: number;
  /** What a screen reader and the tooltip say: the name and the count. */
  label: string;
  href: string;
}

/**
 * A choropleth of the world drawn on the server as SVG: each country with agreements is a link
 * to the filtered list (named by its label), the others are drawing only. The outlines (about
 * 130 KB) are not in the page: the whole world is one `<use>` of the map's own file (`outlines`,
 * see app/world-map.svg), which the browser reads once and keeps, and each country with agreements
 * a `<use>` of its outline over it; the page carries only those colours and links (decisions 027, 029).
 */
export function WorldMap({
  title,
  shapes,
  outlines,
  areas,
  legend,
}: {
  title: string;
  /** The map's countries in the outlines file's order: `shapes[i]` is the outline `#s{i}`. */
  shapes: { code: string | null }[];
  /** The address of the outlines file. */
  outlines: string;
  areas: Record<string, MapArea>;
  legend: { title: string; none: string };
}) {
  const max = Math.max(0, ...Object.values(areas).map((a) => a.count));
  const classes = choroplethClasses(max);
  return (
    <figure>
      <svg viewBox={`0 0 ${WORLD_MAP_SIZE.width} ${WORLD_MAP_SIZE.height}`} className="h-auto w-full" aria-label={title} role="group" data-map="world">
        {/* Every country in the colour of none, then those with agreements over it: a page carries one element per country it links. */}
        <use href={`${outlines}#world`} fill={choroplethColour(0, classes)} stroke="white" strokeWidth={0.5} aria-hidden data-outline="world" />
        {shapes.map((shape, i) => {
          const area = shape.code ? areas[shape.code] : undefined;
          if (!area) return null;
          return (
            <a key={i} href={area.href} aria-label={area.label} data-country={shape.code} className="hover:opacity-80 focus:opacity-80">
              <title>{area.label}</title>
              <use href={`${outlines}#s${i}`} fill={choroplethColour(area.count, classes)} stroke="white" strokeWidth={0.5} />
            </a>
          );
        })}
      </svg>
      <MapLegend title={legend.title} noneLabel={legend.none} classes={classes} />
    </figure>
  );
}
