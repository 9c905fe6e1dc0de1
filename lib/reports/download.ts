// The response for a file a person downloads: its type, its name (any script, with a plain
// fallback for old clients), and no caching or sniffing.
import { Readable } from "node:stream";
import contentDisposition from "content-disposition";

export function downloadResponse(
  body: Readable | string,
  { type, filename, inline = false, length }: { type: string; filename: string; inline?: boolean; length?: number },
) {
  return new Response(typeof body === "string" ? body : (Readable.toWeb(body) as ReadableStream), {
    headers: {
      "Content-Type": type,
      "Content-Disposition": contentDisposition(filename, { type: inline ? "inline" : "attachment" }),
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
      ...(length !== undefined ? { "Content-Length": String(length) } : {}),
    },
  });
}

/** A short answer in words for a download that cannot be given (signed out, not allowed, not found). */
export function plainTextResponse(body: string, status: number): Response {
  return new Response(`${body}\n`, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}
