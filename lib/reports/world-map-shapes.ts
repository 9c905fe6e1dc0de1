// The world map's shapes: Natural Earth's countries at 1:110m (the world-atlas package, public
// domain data, shipped in node_modules: nothing is fetched at run time), projected once per
// process with d3-geo into SVG path data. Both the page and the PDF draw these paths.
import { createHash } from "node:crypto";
import { geoEqualEarth, geoPath } from "d3-geo";
import countries from "i18n-iso-countries";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import world from "world-atlas/countries-110m.json" with { type: "json" };

export const WORLD_MAP_SIZE = { width: 960, height: 470 } as const;

export interface CountryShape {
  /** ISO 3166-1 alpha-2 code ("CN"), or null for the few shapes without one (Kosovo, Northern Cyprus, Somaliland). */
  code: string | null;
  /** The English name in the map data, for shapes without a code. */
  name: string;
  /** SVG path data in the map's coordinates (WORLD_MAP_SIZE). */
  d: string;
}

let shapes: CountryShape[] | undefined;

/** Every country's outline (Antarctica left out: no partners there, and it takes a sixth of the height). */
export function worldMapShapes(): CountryShape[] {
  if (shapes) return shapes;
  const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const collection = feature(topology, topology.objects.countries);
  const features = collection.features.filter((f) => f.id !== "010");
  const projection = geoEqualEarth().fitSize([WORLD_MAP_SIZE.width, WORLD_MAP_SIZE.height], { type: "FeatureCollection", features });
  const path = geoPath(projection).digits(1);
  shapes = features.map((f) => ({
    code: (f.id !== undefined && countries.numericToAlpha2(String(f.id))) || null,
    name: f.properties.name,
    d: path(f) ?? "",
  }));
  return shapes;
}

let outlines: { svg: string; href: string } | undefined;

/**
 * The outlines as one SVG file, each country a `<path id="s{i}">` in worldMapShapes' order, and
 * the address the page uses for it: versioned by a hash of its content, so that a browser may keep
 * it for good and a new map data set is a new address.
 */
export function worldMapOutlines(): { svg: string; href: string } {
  if (outlines) return outlines;
  const { width, height } = WORLD_MAP_SIZE;
  const paths = worldMapShapes().map((shape, i) => `<path id="s${i}" d="${shape.d}"/>`);
  // `#world` is every outline at once: the map draws it as its background in one element.
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}"><g id="world">${paths.join("")}</g></svg>`;
  outlines = { svg, href: `/world-map.svg?v=${createHash("sha256").update(svg).digest("hex").slice(0, 16)}` };
  return outlines;
}
