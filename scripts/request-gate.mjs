// What the server (scripts/serve.mjs) does to every request before Next.js sees it.
//
// 1. It records the connection's address in PEER_ADDRESS_HEADER, replacing any copy the
//    client sent (in `headers` and `rawHeaders`, the two places Next.js reads). Only this
//    process can write it, so lib/auth/client-address.ts can trust it.
// 2. It sets X-Forwarded-Host to the public URL's host, replacing the client's: Next.js
//    compares a server action's Origin with that header, so the comparison is with the
//    configured public URL, never with something the client or a proxy passed on.
// 2b. It gives the request an id (X-Request-Id: the proxy's when plausible, else a new one),
//    which the answer carries back and every log line of the request names.
// 3. It refuses, with a 4xx and a plain sentence in the reader's language, what Next.js would otherwise answer
//    with a 500 or parse first: a post from another origin, a malformed Origin, a body
//    over the limit (declared by Content-Length, before any of it is read), and a body of
//    unknown length. Anonymous requests (no valid session cookie) get a small limit.

import { decode } from "next-auth/jwt";
import { PEER_ADDRESS_HEADER } from "../lib/auth/trusted-proxies.mjs";
import { REQUEST_ID_HEADER, requestIdFor } from "../lib/logging/log.mjs";

export { PEER_ADDRESS_HEADER };

export const BODY_LIMITS = {
  /** A signed-in person: a 25 MB document and its form (lib/documents/accepted-types.ts). */
  signedInBytes: 26 * 1024 * 1024,
  /** Nobody signed in: the sign-in form and little else. */
  anonymousBytes: 64 * 1024,
};

const UNSAFE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/**
 * Addresses another origin may post to. The SAML POST binding: the identity provider's page posts
 * its signed answer to Pacta's assertion consumer service, from the IdP's origin, by design; the
 * answer itself is what is checked there (lib/auth/sso/saml.ts: signature, audience, recipient,
 * time, a request Pacta made, once).
 */
export const CROSS_ORIGIN_POST_PATHS = new Set(["/api/auth/saml/acs"]);

/** Replaces every copy of `name` among the request's headers with `value`. */
function setHeader(request, name, value) {
  request.headers[name] = value;
  const raw = [];
  for (let i = 0; i < request.rawHeaders.length; i += 2) {
    if (request.rawHeaders[i].toLowerCase() !== name) raw.push(request.rawHeaders[i], request.rawHeaders[i + 1]);
  }
  raw.push(name, value);
  request.rawHeaders = raw;
}

/** Steps 1, 2 and 2b above, in place; returns the request's id. */
export function stampRequest(request, publicOrigin) {
  setHeader(request, PEER_ADDRESS_HEADER, request.socket?.remoteAddress ?? "");
  setHeader(request, "x-forwarded-host", new URL(publicOrigin).host);
  const requestId = requestIdFor(request.headers[REQUEST_ID_HEADER]);
  setHeader(request, REQUEST_ID_HEADER, requestId);
  return requestId;
}

function parseCookies(header) {
  const cookies = new Map();
  for (const part of (header ?? "").split(";")) {
    const at = part.indexOf("=");
    if (at > 0) cookies.set(part.slice(0, at).trim(), part.slice(at + 1).trim());
  }
  return cookies;
}

/** The session cookie's value (next-auth splits a long one into name.0, name.1, …), or null. */
function sessionToken(cookieHeader, secure) {
  const name = `${secure ? "__Secure-" : ""}next-auth.session-token`;
  const cookies = parseCookies(cookieHeader);
  if (cookies.has(name)) return cookies.get(name);
  const chunks = [];
  for (let i = 0; cookies.has(`${name}.${i}`); i++) chunks.push(cookies.get(`${name}.${i}`));
  return chunks.length ? chunks.join("") : null;
}

/** Each request's decoded session cookie, read once however many ask. */
const decodedSessions = new WeakMap();

function decodedSession(request, { sessionSecret, secureCookies }) {
  if (!decodedSessions.has(request)) {
    const token = sessionToken(request.headers.cookie, secureCookies);
    decodedSessions.set(request, !token || !sessionSecret ? Promise.resolve(null) : decode({ token, secret: sessionSecret }).catch(() => null));
  }
  return decodedSessions.get(request);
}

/** Whether the request carries a session cookie this server signed (whether the session is still open is the app's question). */
async function hasSignedSession(request, options) {
  return !!(await decodedSession(request, options));
}

/** The user id in the request's signed session cookie, or null (for the log: whether the session is still open is the app's question). */
export async function sessionSubject(request, options) {
  const session = await decodedSession(request, options);
  return typeof session?.sub === "string" ? session.sub : null;
}

/**
 * Step 3 above: `{ status, key, values }` for a request to refuse before Next.js reads it
 * (the key of its message in the catalogues' "requestGate" section), or null. `options`: `publicOrigin` (lib/config/public-url.mjs), `sessionSecret`,
 * `secureCookies`.
 */
export async function refusal(request, options) {
  if (!UNSAFE_METHODS.has(request.method)) return null;
  const origin = request.headers.origin;
  const crossOriginAllowed = CROSS_ORIGIN_POST_PATHS.has((request.url ?? "").split("?")[0]);
  if (origin !== undefined && !crossOriginAllowed) {
    let parsed = null;
    try {
      parsed = new URL(origin);
    } catch {}
    // "null" is what a browser sends from a sandboxed or opaque context: not our page.
    if (origin === "null") return { status: 403, key: "opaqueOrigin", values: { publicOrigin: options.publicOrigin } };
    if (!parsed || (parsed.protocol !== "http:" && parsed.protocol !== "https:") || parsed.origin !== origin) {
      return { status: 400, key: "malformedOrigin", values: {} };
    }
    if (parsed.origin !== options.publicOrigin) {
      return { status: 403, key: "crossOrigin", values: { origin: parsed.origin, publicOrigin: options.publicOrigin } };
    }
  }
  const declared = request.headers["content-length"];
  if (declared === undefined) {
    if (request.headers["transfer-encoding"]) return { status: 411, key: "lengthRequired", values: {} };
    return null;
  }
  const length = Number(declared);
  if (!/^\d+$/.test(declared) || !Number.isSafeInteger(length)) return { status: 400, key: "malformedLength", values: {} };
  if (length <= BODY_LIMITS.anonymousBytes) return null;
  const limit = (await hasSignedSession(request, options)) ? BODY_LIMITS.signedInBytes : BODY_LIMITS.anonymousBytes;
  if (length > limit) {
    return { status: 413, key: limit === BODY_LIMITS.anonymousBytes ? "tooLargeAnonymous" : "tooLarge", values: { size: megabytes(length), limit: megabytes(limit) } };
  }
  return null;
}

function megabytes(bytes) {
  return bytes < 1024 * 1024 ? `${Math.ceil(bytes / 1024)} KB` : `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
}

// A multipart part header holding a control character (a NUL in an upload's file name, say):
// Next.js's form parser rejects the whole request and answers 500.
const MALFORMED_PART_HEADER = /\r\nContent-Disposition:[^\r\n]*[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/i;
/** Longer than any part header Next.js's parser accepts (16 KB), so a header split between chunks is still seen whole. */
const HEADER_WINDOW = 16 * 1024 + 64;

/**
 * Watches a multipart post as Next.js reads it, for a part header with a control
 * character in it (a NUL in a file name). When it sees one and Next.js then answers with
 * a server error, the answer is replaced by a 400 that says what was wrong; any other
 * answer goes out unchanged. (The body cannot be checked before Next.js reads it without
 * holding all of it; every chunk Next.js reads passes through the "data" event, in every
 * reading mode, so that is where it is looked at.)
 */
export function watchMultipart(request, response, describe) {
  if (request.method !== "POST" || !/^multipart\/form-data/i.test(request.headers["content-type"] ?? "")) return;
  let malformed = false;
  let tail = "";
  const emit = request.emit;
  request.emit = function (event, chunk, ...rest) {
    if (event === "data" && !malformed) {
      const text = tail + Buffer.from(chunk).toString("latin1");
      malformed = MALFORMED_PART_HEADER.test(text);
      tail = text.slice(-HEADER_WINDOW);
    }
    return emit.call(this, event, chunk, ...rest);
  };
  const original = { writeHead: response.writeHead, write: response.write, end: response.end };
  let replaced = false;
  const replace = () => {
    replaced = true;
    for (const name of response.getHeaderNames()) if (name !== REQUEST_ID_HEADER) response.removeHeader(name);
    original.writeHead.call(response, 400, { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" });
    original.end.call(response, `${describe(request, "malformedUpload", {})}\n`);
  };
  const failing = (status) => malformed && !response.headersSent && status >= 500;
  response.writeHead = function (status, ...rest) {
    if (replaced) return this;
    if (failing(status)) return replace(), this;
    return original.writeHead.call(this, status, ...rest);
  };
  response.write = function (...args) {
    if (replaced) return true;
    if (failing(response.statusCode)) return replace(), true;
    return original.write.apply(this, args);
  };
  response.end = function (...args) {
    if (replaced) return this;
    if (failing(response.statusCode)) return replace(), this;
    return original.end.apply(this, args);
  };
}

/**
 * Answers a refusal in plain text, in the reader's language (`describe`: lib/i18n/refusal-text.ts);
 * the body, if any, is read and thrown away (never parsed), so the client sees the answer.
 */
export function refuse(request, response, { status, key, values }, describe) {
  response.writeHead(status, { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" });
  response.end(`${describe(request, key, values)}\n`);
  request.resume();
}
