// The client's IP address as the server sees it. Next.js sets X-Forwarded-For to the
// connection's address when the request has none; behind a reverse proxy, the proxy
// sets it. A client can send its own header, so the address is only ever used to slow
// guessing down (throttling per account does not depend on it).
export function clientAddress(headers: Record<string, string | string[] | undefined> | Headers): string | null {
  const raw = headers instanceof Headers ? headers.get("x-forwarded-for") : headers["x-forwarded-for"];
  const first = (Array.isArray(raw) ? raw[0] : raw)?.split(",")[0]?.trim();
  return first ? first.slice(0, 64) : null;
}
