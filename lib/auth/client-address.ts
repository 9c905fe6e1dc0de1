// The client's IP address, as far as this server can know it.
//
// The one address nobody can forge is the connection's: the server (scripts/serve.mjs)
// writes it into the PEER_ADDRESS_HEADER of every request, replacing any copy the
// client sent. When that peer is one of the reverse proxies named in
// PACTA_TRUSTED_PROXIES, the proxy's X-Forwarded-For is believed, read from the right:
// each trusted proxy appended the address it saw, so the right-most entry that is not a
// trusted proxy is the client (anything to its left is the client's own claim). With no
// trusted proxies (the default), X-Forwarded-For is ignored altogether.
import { BlockList, isIP } from "node:net";

/** Set by scripts/serve.mjs on every request to the connection's address (a client's copy is dropped). */
export const PEER_ADDRESS_HEADER = "x-pacta-peer-address";

type HeaderBag = Record<string, string | string[] | undefined> | Headers;

/** An IPv4 address mapped into IPv6 (::ffff:192.0.2.1), as Node reports IPv4 peers on a dual-stack socket, read as IPv4. */
function normalise(address: string): string | null {
  let value = address.trim();
  if (value.startsWith("[") && value.includes("]")) value = value.slice(1, value.indexOf("]"));
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(value);
  if (mapped) value = mapped[1];
  return isIP(value) ? value.toLowerCase() : null;
}

/**
 * Parses PACTA_TRUSTED_PROXIES: addresses and CIDR ranges separated by commas or spaces
 * ("10.0.0.5, 192.168.0.0/16, ::1"). Throws an Error naming the first entry that is neither.
 */
export function parseTrustedProxies(value: string | undefined): BlockList {
  const list = new BlockList();
  for (const entry of (value ?? "").split(/[\s,]+/).filter(Boolean)) {
    const [base, bits, extra] = entry.split("/");
    const address = normalise(base);
    const family = address && isIP(address) === 6 ? "ipv6" : "ipv4";
    const prefix = bits === undefined ? null : Number(bits);
    if (!address || extra !== undefined || (prefix !== null && !(Number.isInteger(prefix) && prefix >= 0 && prefix <= (family === "ipv6" ? 128 : 32)))) {
      throw new Error(`PACTA_TRUSTED_PROXIES: "${entry}" is not an IP address or a CIDR range (such as 10.0.0.0/8).`);
    }
    if (prefix === null) list.addAddress(address, family);
    else list.addSubnet(address, prefix, family);
  }
  return list;
}

function isTrusted(trusted: BlockList, address: string): boolean {
  return trusted.check(address, isIP(address) === 6 ? "ipv6" : "ipv4");
}

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
