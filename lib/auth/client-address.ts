// The client's IP address, as far as this server can know it.
//
// The one address nobody can forge is the connection's: the server (scripts/serve.mjs)
// writes it into the PEER_ADDRESS_HEADER of every request, replacing any copy the
// client sent. When that peer is one of the reverse proxies named in
// PACTA_TRUSTED_PROXIES, the proxy's X-Forwarded-For is believed, read from the right:
// each trusted proxy appended the address it saw, so the right-most entry that is not a
// trusted proxy is the client (anything to its left is the client's own claim). With no
// trusted proxies (the default), X-Forwarded-For is ignored altogether.
import type { BlockList } from "node:net";
import { isTrustedProxy as isTrusted, normaliseAddress as normalise, parseTrustedProxies, PEER_ADDRESS_HEADER } from "./trusted-proxies.mjs";

type HeaderBag = Record<string, string | string[] | undefined> | Headers;

// The rule for reading the list and an address is shared with the server's start-up check.
export { parseTrustedProxies, PEER_ADDRESS_HEADER };

let cachedSource: string | undefined;
let cachedList: BlockList | undefined;
function configuredProxies(): BlockList {
  const source = process.env.PACTA_TRUSTED_PROXIES;
  if (!cachedList || cachedSource !== source) {
    cachedList = parseTrustedProxies(source);
    cachedSource = source;
  }
  return cachedList;
}

function header(headers: HeaderBag, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const raw = headers[name];
  return Array.isArray(raw) ? raw.join(",") : raw;
}

/**
 * The client's address (at most 64 characters) or null when the server does not know
 * its connection's address (a server not started by scripts/serve.mjs, such as
 * `next dev`): then only the per-account limits apply. `trusted` defaults to
 * PACTA_TRUSTED_PROXIES.
 */
export function clientAddress(headers: HeaderBag, trusted: BlockList = configuredProxies()): string | null {
  const peer = normalise(header(headers, PEER_ADDRESS_HEADER) ?? "");
  if (!peer) return null;
  if (!isTrusted(trusted, peer)) return peer;
  // Several X-Forwarded-For headers count as one list, in order.
  const chain = (header(headers, "x-forwarded-for") ?? "").split(",");
  let client = peer;
  for (let i = chain.length - 1; i >= 0; i--) {
    const hop = normalise(chain[i]);
    // A hop that is not an address was not written by a proxy we trust: stop at the last good one.
    if (!hop) break;
    client = hop;
    if (!isTrusted(trusted, hop)) break;
  }
  return client.slice(0, 64);
}
