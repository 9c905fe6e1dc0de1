// The per-address sign-in limit is only as good as the address: a client must not be able to choose it.
import { describe, expect, it } from "vitest";
import { clientAddress, parseTrustedProxies, PEER_ADDRESS_HEADER } from "@/lib/auth/client-address";

const none = parseTrustedProxies(undefined);
const proxy = parseTrustedProxies("10.0.0.5");
const request = (peer: string | undefined, forwardedFor?: string) =>
  new Headers({ ...(peer ? { [PEER_ADDRESS_HEADER]: peer } : {}), ...(forwardedFor ? { "x-forwarded-for": forwardedFor } : {}) });

describe("the client's address", () => {
  it("without a trusted proxy is the connection's, whatever X-Forwarded-For claims", () => {
    expect(clientAddress(request("198.51.100.7", "203.0.113.1"), none)).toBe("198.51.100.7");
    // Changing the claim on every attempt changes nothing.
    for (const forged of ["1.1.1.1", "2.2.2.2", "192.0.2.44, 10.0.0.5"]) {
      expect(clientAddress(request("198.51.100.7", forged), none)).toBe("198.51.100.7");
    }
    expect(clientAddress(request("::ffff:198.51.100.7"), none)).toBe("198.51.100.7");
  });

  it("through a trusted proxy is the right-most entry the proxy did not write itself", () => {
    // The proxy appends what it saw ($proxy_add_x_forwarded_for): the client's claim stays on the left.
    expect(clientAddress(request("10.0.0.5", "192.0.2.44, 198.51.100.7"), proxy)).toBe("198.51.100.7");
    expect(clientAddress(request("10.0.0.5", "198.51.100.7"), proxy)).toBe("198.51.100.7");
    // Poisoned entries to the left of the proxy's own are never reached.
    expect(clientAddress(request("10.0.0.5", "not an address, 198.51.100.7"), proxy)).toBe("198.51.100.7");
  });

  it("walks past every trusted hop, and stops at garbage a proxy would not have written", () => {
    const chain = parseTrustedProxies("10.0.0.0/8, 2001:db8::/32");
    expect(clientAddress(request("10.0.0.5", "203.0.113.9, 10.1.2.3"), chain)).toBe("203.0.113.9");
    expect(clientAddress(request("2001:db8::1", "203.0.113.9, 2001:db8::2"), chain)).toBe("203.0.113.9");
    expect(clientAddress(request("10.0.0.5", "garbage"), chain)).toBe("10.0.0.5");
    expect(clientAddress(request("10.0.0.5"), chain)).toBe("10.0.0.5");
  });

  it("from an untrusted peer ignores X-Forwarded-For even when a proxy is configured", () => {
    expect(clientAddress(request("198.51.100.7", "10.0.0.5"), proxy)).toBe("198.51.100.7");
  });

  it("is unknown when the server did not record the connection (never taken from X-Forwarded-For)", () => {
    expect(clientAddress(request(undefined, "203.0.113.1"), none)).toBeNull();
    expect(clientAddress({ "x-forwarded-for": "203.0.113.1" }, none)).toBeNull();
  });

  it("refuses a trusted-proxy list it cannot read", () => {
    expect(() => parseTrustedProxies("10.0.0.0/33")).toThrow(/10\.0\.0\.0\/33/);
    expect(() => parseTrustedProxies("proxy.example")).toThrow(/proxy\.example/);
    expect(() => parseTrustedProxies("::1 127.0.0.1")).not.toThrow();
  });
});
