// The world map's shapes: Natural Earth's countries at 1:110m (the world-atlas package, public
// domain data, shipped in node_modules: nothing is fetched at run time), projected once per
// process with d3-geo into SVG path data. Both the page and the PDF draw these paths.
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
