// What the server refuses before Next.js reads a request, and the headers it alone may set.
import { spawnSync } from "node:child_process";
import http, { type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { createRequire } from "node:module";
import { pipeline } from "node:stream";
import { encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { BODY_LIMITS, PEER_ADDRESS_HEADER as GATE_HEADER, refusal, stampRequest, watchMultipart } from "@/scripts/request-gate.mjs";
import { publicUrl, servedOverHttps } from "@/lib/config/public-url.mjs";
import { clientAddress, parseTrustedProxies, PEER_ADDRESS_HEADER } from "@/lib/auth/client-address";
import { refusalText } from "@/lib/i18n/refusal-text";

const publicOrigin = "https://pacta.example.edu";
const sessionSecret = "a-test-secret-that-is-long-enough-0123456789";
const options = { publicOrigin, sessionSecret, secureCookies: true };

function request(method: string, headers: Record<string, string>, remoteAddress = "198.51.100.7") {
  const rawHeaders = Object.entries(headers).flat();
  const lower = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
  return { method, headers: lower as Record<string, string | undefined>, rawHeaders, socket: { remoteAddress } };
}

describe("the request gate", () => {
  it("records the connection's address, replacing any copy the client sent", () => {
    const forged = request("POST", { [PEER_ADDRESS_HEADER]: "203.0.113.66", "X-Forwarded-For": "203.0.113.66" });
    stampRequest(forged, publicOrigin);
    expect(GATE_HEADER).toBe(PEER_ADDRESS_HEADER);
    expect(forged.headers[PEER_ADDRESS_HEADER]).toBe("198.51.100.7");
    const copies = forged.rawHeaders.flatMap((h, i) => (i % 2 === 0 && h.toLowerCase() === PEER_ADDRESS_HEADER ? [forged.rawHeaders[i + 1]] : []));
    expect(copies).toEqual(["198.51.100.7"]);
    expect(clientAddress(forged.headers, parseTrustedProxies(undefined))).toBe("198.51.100.7");
  });

  it("replaces X-Forwarded-Host with the public URL's host", () => {
    const forged = request("POST", { "X-Forwarded-Host": "attacker.example", Origin: "https://attacker.example" });
    stampRequest(forged, publicOrigin);
    expect(forged.headers["x-forwarded-host"]).toBe("pacta.example.edu");
    expect(forged.rawHeaders).not.toContain("attacker.example");
  });

  it("refuses posts from another origin (403) and malformed origins (400); lets its own through", async () => {
    expect(await refusal(request("POST", { Origin: "https://attacker.example", "Content-Length": "10" }), options)).toMatchObject({ status: 403 });
    expect(await refusal(request("POST", { Origin: "null", "Content-Length": "10" }), options)).toMatchObject({ status: 403 });
    // The host the client names is not the public URL's: only the configured URL counts.
    expect(await refusal(request("POST", { Origin: "http://pacta.example.edu", Host: "pacta.example.edu", "Content-Length": "10" }), options)).toMatchObject({ status: 403 });
    for (const malformed of ["https://", "not a url", "ftp://pacta.example.edu", "https://pacta.example.edu/path", "https://pacta.example.edu:443"]) {
      expect(await refusal(request("POST", { Origin: malformed, "Content-Length": "10" }), options), malformed).toMatchObject({ status: 400 });
    }
    expect(await refusal(request("POST", { Origin: publicOrigin, "Content-Length": "10" }), options)).toBeNull();
    expect(await refusal(request("GET", { Origin: "https://attacker.example" }), options)).toBeNull();
  });

  it("refuses an oversized body by its declared length, with a smaller limit for anonymous requests", async () => {
    const large = String(BODY_LIMITS.anonymousBytes + 1);
    const refused = await refusal(request("POST", { Origin: publicOrigin, "Content-Length": large }), options);
    expect(refused).toMatchObject({ status: 413, key: "tooLargeAnonymous" });
    expect(refusalText({ headers: {} }, refused!.key, refused!.values)).toBe("The request is too large: 65 KB, more than the 64 KB allowed before signing in.");
    // In the reader's language: the language cookie first, then the browser's preference.
    expect(refusalText({ headers: { "accept-language": "zh-CN,zh;q=0.9" } }, refused!.key, refused!.values)).toBe("请求过大：65 KB，超过登录前允许的 64 KB。");
    expect(refusalText({ headers: { "accept-language": "zh-CN", cookie: "pacta-locale=en" } }, "malformedOrigin", {})).toBe("The request's Origin header is malformed.");
    // A forged cookie does not raise the limit.
    expect(await refusal(request("POST", { "Content-Length": large, Cookie: "__Secure-next-auth.session-token=forged" }), options)).toMatchObject({ status: 413 });
    const token = await encode({ token: { sub: "someone" }, secret: sessionSecret });
    const signedIn = { Cookie: `__Secure-next-auth.session-token=${token}` };
    expect(await refusal(request("POST", { ...signedIn, "Content-Length": large }), options)).toBeNull();
    expect(await refusal(request("POST", { ...signedIn, "Content-Length": String(BODY_LIMITS.signedInBytes + 1) }), options)).toMatchObject({ status: 413 });
    expect(await refusal(request("POST", { "Transfer-Encoding": "chunked" }), options)).toMatchObject({ status: 411 });
    expect(await refusal(request("POST", { "Content-Length": "12abc" }), options)).toMatchObject({ status: 400 });
  });
});

describe("the public URL", () => {
  it("is required, an origin, and decides whether cookies are Secure", () => {
    expect(publicUrl({}).problem).toMatch(/PACTA_PUBLIC_URL is not set/);
    expect(publicUrl({ PACTA_PUBLIC_URL: "https://pacta.example.edu/" })).toEqual({ origin: "https://pacta.example.edu" });
    expect(publicUrl({ NEXTAUTH_URL: "http://localhost:3000" })).toEqual({ origin: "http://localhost:3000" });
    expect(publicUrl({ PACTA_PUBLIC_URL: "https://pacta.example.edu/pacta" }).problem).toMatch(/without a path/);
    expect(publicUrl({ PACTA_PUBLIC_URL: "pacta.example.edu" }).problem).toMatch(/not an address/);
    expect(servedOverHttps({ PACTA_PUBLIC_URL: "https://pacta.example.edu", NEXTAUTH_URL: "http://localhost:3000" })).toBe(true);
    expect(servedOverHttps({ PACTA_PUBLIC_URL: "http://localhost:3000" })).toBe(false);
  });

  it("is checked when the server starts, with the trusted-proxy list, before anything else loads", () => {
    const start = (env: Record<string, string>) =>
      spawnSync(process.execPath, ["scripts/serve.mjs"], {
        env: { PATH: process.env.PATH ?? "", NEXTAUTH_SECRET: sessionSecret, PACTA_WORKERS: "1", ...env } as unknown as NodeJS.ProcessEnv,
        encoding: "utf8",
        timeout: 20_000,
      });
    const missing = start({});
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/Pacta will not start: PACTA_PUBLIC_URL is not set/);
    const proxies = start({ PACTA_PUBLIC_URL: publicOrigin, PACTA_TRUSTED_PROXIES: "10.0.0.0/8, proxy.example" });
    expect(proxies.status).toBe(1);
    expect(proxies.stderr).toMatch(/Pacta will not start: PACTA_TRUSTED_PROXIES: "proxy\.example" is not an IP address/);
  });

  it("answers 400, not 500, for an upload whose file name holds a NUL, and leaves every other answer alone", async () => {
    // A stand-in for Next.js's action handler: the same form parser, piped the same way, a 500 when it fails.
    const busboy = createRequire(import.meta.url)("next/dist/compiled/busboy") as (options: { headers: IncomingHttpHeaders }) => NodeJS.WritableStream;
    const server = http.createServer((request, response) => {
      watchMultipart(request, response, refusalText);
      const parser = busboy({ headers: request.headers });
      pipeline(request, parser as unknown as NodeJS.WritableStream, (error) => {
        response.statusCode = error ? 500 : 200;
        response.setHeader("Content-Length", error ? 5 : 2);
        response.end(error ? "error" : "ok");
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    const upload = (fileName: string) => {
      const form = new FormData();
      form.append("kind", "ANNEX");
      form.append("file", new File([new Uint8Array(64 * 1024).fill(0x41)], fileName));
      return fetch(`http://127.0.0.1:${port}/`, { method: "POST", body: form });
    };
    try {
      const refused = await upload("contract\u0000.pdf");
      expect(refused.status).toBe(400);
      expect(await refused.text()).toMatch(/control character \(such as NUL\)/);
      const fine = await upload("contract.pdf");
      expect([fine.status, await fine.text()]).toEqual([200, "ok"]);
    } finally {
      server.close();
    }
  });
});
