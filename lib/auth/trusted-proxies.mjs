// The one rule for reading PACTA_TRUSTED_PROXIES (the reverse proxies whose
// X-Forwarded-For is believed) and for reading an address. Used by the server at start
// (a list it cannot read stops it) and by lib/auth/client-address.ts for each request.
// Plain JavaScript with only Node's standard library, like the other start-up checks.
import { BlockList, isIP } from "node:net";

/** The header the server (scripts/request-gate.mjs) sets on every request to the connection's address, replacing any copy a client sent. */
export const PEER_ADDRESS_HEADER = "x-pacta-peer-address";

/** An address as written in a header or by Node ("::ffff:192.0.2.1", "[2001:db8::1]"), or null when it is not one. */
export function normaliseAddress(address) {
  let value = String(address ?? "").trim();
  if (value.startsWith("[") && value.includes("]")) value = value.slice(1, value.indexOf("]"));
  // An IPv4 peer on a dual-stack socket is reported mapped into IPv6: read it as IPv4.
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(value);
  if (mapped) value = mapped[1];
  return isIP(value) ? value.toLowerCase() : null;
}

/**
 * A BlockList of the addresses and CIDR ranges in `value` (separated by commas or
 * spaces: "10.0.0.5, 192.168.0.0/16, ::1"). Throws an Error naming the first entry that
 * is neither.
 */
export function parseTrustedProxies(value) {
  const list = new BlockList();
  for (const entry of String(value ?? "").split(/[\s,]+/).filter(Boolean)) {
    const [base, bits, extra] = entry.split("/");
    const address = normaliseAddress(base);
    const family = address && isIP(address) === 6 ? "ipv6" : "ipv4";
    const prefix = bits === undefined ? null : Number(bits);
    if (!address || extra !== undefined || (prefix !== null && !(/^\d+$/.test(bits) && prefix <= (family === "ipv6" ? 128 : 32)))) {
      throw new Error(`PACTA_TRUSTED_PROXIES: "${entry}" is not an IP address or a CIDR range (such as 10.0.0.0/8).`);
    }
    if (prefix === null) list.addAddress(address, family);
    else list.addSubnet(address, prefix, family);
  }
  return list;
}

/** Whether `address` (normalised) is in `list`. */
export function isTrustedProxy(list, address) {
  return list.check(address, isIP(address) === 6 ? "ipv6" : "ipv4");
}
