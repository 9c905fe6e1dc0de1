// The log's rules that do not need a server: which request ids are taken from a proxy, what a
// request's line holds (never the query string), and that a secret passed by mistake is removed.
import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger, requestIdFor, requestLine } from "@/lib/logging/log.mjs";

describe("request ids", () => {
  it("keeps a plausible id from the proxy (nginx's $request_id) and replaces anything else", () => {
    expect(requestIdFor("0123456789abcdef0123456789abcdef")).toBe("0123456789abcdef0123456789abcdef");
    expect(requestIdFor(["0123456789abcdef", "other"])).toBe("0123456789abcdef");
    for (const forged of [undefined, "", "short", "has spaces in it", "line\nbreak-and-more", "x".repeat(65), "<script>alert(1)</script>"]) {
      expect(requestIdFor(forged)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    }
  });
});

describe("a request's line", () => {
  it("names the path without its query string, the status, the user and the duration in milliseconds", () => {
    const line = requestLine({ requestId: "r-12345678", method: "GET", url: "/agreements?q=confidential&token=abc", status: 200, startedAt: performance.now() - 12, userId: "u1" });
    expect(line).toMatchObject({ requestId: "r-12345678", method: "GET", route: "/agreements", status: 200, userId: "u1" });
    expect(line.durationMs).toBeGreaterThanOrEqual(11);
    expect(JSON.stringify(line)).not.toContain("confidential");
  });

  it("leaves the user out when nobody is signed in", () => {
    expect(requestLine({ requestId: "r-12345678", method: "GET", url: "/sign-in", status: 200, startedAt: performance.now() })).not.toHaveProperty("userId");
  });
});

describe("redaction", () => {
  it("removes a password, token or cookie passed to a line by mistake", () => {
    let written = "";
    const sink = new Writable({ write: (chunk, _encoding, done) => ((written += chunk), done()) });
    const logger = createLogger(sink);
    logger.info({ password: "hunter2-secret", nested: { token: "tok-secret", cookie: "c-secret" } }, "attempt");
    expect(written).not.toMatch(/hunter2-secret|tok-secret|c-secret/);
    expect(written).toContain("[removed]");
  });
});
