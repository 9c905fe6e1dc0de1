// The world map's outlines, which the dashboard's map draws by reference (components/reports/world-map.tsx).
// Public map data (Natural Earth), the same for everyone: no session needed. The address carries a hash of
// the content, so the browser keeps the file for a year.
import { worldMapOutlines } from "@/lib/reports/world-map-shapes";

export const dynamic = "force-static";

export function GET() {
  return new Response(worldMapOutlines().svg, {
    headers: { "Content-Type": "image/svg+xml; charset=utf-8", "Cache-Control": "public, max-age=31536000, immutable" },
  });
}
