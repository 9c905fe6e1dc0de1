// The response for a file a person downloads: its type, its name, and no caching or sniffing.
import { Readable } from "node:stream";

export function downloadResponse(body: Readable | string, { type, filename, inline = false }: { type: string; filename: string; inline?: boolean }) {
  return new Response(typeof body === "string" ? body : (Readable.toWeb(body) as ReadableStream), {
    headers: {
      "Content-Type": type,
      "Content-Disposition": `${inline ? "inline" : "attachment"}; filename="${filename}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
