import { CHINA_PROVINCES } from "@/lib/reports/china-provinces";
import { choroplethClasses, choroplethColour, DARK_COLOURS } from "@/lib/reports/choropleth";
import { MapLegend } from "./map-legend";
import type { MapArea } from "./world-map";

const TILE = { width: 88, height: 52, gap: 4 };
const COLUMNS = Math.max(...CHINA_PROVINCES.map((p) => p.tile[0])) + 1;
const ROWS = Math.max(...CHINA_PROVINCES.map((p) => p.tile[1])) + 1;

/**
 * China's provinces as a tile map: one equal tile per province where it lies, coloured by
 * its count; tiles with agreements link to the filtered list.
 */
export function ChinaTileMap({
  title,
  names,
  areas,
  legend,
}: {
  title: string;
  /** The name to write on each tile, by province code, in the reader's language. */
  names: Record<string, string>;
  areas: Record<string, MapArea>;
  legend: { title: string; none: string };
}) {
  const max = Math.max(0, ...Object.values(areas).map((a) => a.count));
  const classes = choroplethClasses(max);
  const width = COLUMNS * (TILE.width + TILE.gap);
  const height = ROWS * (TILE.height + TILE.gap);
  return (
    <figure>
      <svg viewBox={`0 0 ${width} ${height}`} className="mx-auto h-auto w-full max-w-2xl" aria-label={title} role="group" data-map="china">
        {CHINA_PROVINCES.map((p) => {
          const area = areas[p.code];
          const fill = choroplethColour(area?.count ?? 0, classes);
          const x = p.tile[0] * (TILE.width + TILE.gap);
          const y = p.tile[1] * (TILE.height + TILE.gap);
          const ink = DARK_COLOURS.includes(fill) ? "white" : "#0f172a";
          const tile = (
            <>
              <rect x={x} y={y} width={TILE.width} height={TILE.height} rx={6} fill={fill} stroke="#cbd5e1" strokeWidth={0.5} />
              <text x={x + TILE.width / 2} y={y + 21} textAnchor="middle" fontSize={12} fill={ink}>
                {names[p.code]}
              </text>
              <text x={x + TILE.width / 2} y={y + 40} textAnchor="middle" fontSize={14} fontWeight={600} fill={ink}>
                {area?.count ?? ""}
              </text>
            </>
          );
          if (!area) return <g key={p.code} aria-hidden>{tile}</g>;
          return (
            // Named by its <title> (SVG's accessible name), not aria-label: the tile's visible
            // name and count would then have to be the label's first words (WCAG 2.5.3).
            <a key={p.code} href={area.href} data-province={p.code} className="hover:opacity-80 focus:opacity-80">
              <title>{area.label}</title>
              {tile}
            </a>
          );
        })}
      </svg>
      <MapLegend title={legend.title} noneLabel={legend.none} classes={classes} />
    </figure>
  );
}
