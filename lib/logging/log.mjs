// Pacta's structured log: one JSON line per request (scripts/serve.mjs) and per job run
// (lib/reminders), written by pino to standard output, where systemd's journal or the
// platform's collector picks it up. A line names what happened, never what was sent:
// no passwords, tokens, cookies, query strings or file contents (see requestLine).
// Plain JavaScript, since the server script loads it before any TypeScript.
import { randomUUID } from "node:crypto";
import pino from "pino";

/** The header that carries a request's id, in the request (from the proxy or made here) and in the answer. */
export const REQUEST_ID_HEADER = "x-request-id";

/** An id a proxy may pass on (nginx's $request_id is 32 hex digits); anything else is replaced. */
const ACCEPTED_REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

let logger;

/**
 * A logger with Pacta's settings writing to `destination` (standard output when left out);
 * PACTA_LOG_LEVEL chooses the level (default "info", "silent" for none).
 */
export function createLogger(destination) {
  return pino(
    {
      level: process.env.PACTA_LOG_LEVEL || "info",
      base: { pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      // Nothing in a line should hold a secret; these paths are a second guard should one be passed by mistake.
      redact: { paths: ["password", "token", "cookie", "authorization", "*.password", "*.token", "*.cookie", "*.authorization"], censor: "[removed]" },
    },
    destination,
  );
}

/** The process's one logger (createLogger to standard output). */
export function log() {
  logger ??= createLogger();
  return logger;
}

/** The request's id: the proxy's when it is a plausible one, otherwise a new one. */
export function requestIdFor(incoming) {
  const value = Array.isArray(incoming) ? incoming[0] : incoming;
  return typeof value === "string" && ACCEPTED_REQUEST_ID.test(value) ? value : randomUUID();
}

/**
 * The fields of a request's line: `{ requestId, method, route, status, durationMs, userId? }`.
 * `route` is the path without its query string (a query may hold a search or a token); `userId` is the
 * subject of the signed session cookie, when there is one.
 */
export function requestLine({ requestId, method, url, status, startedAt, userId }) {
  const path = (url ?? "/").split("?")[0];
  return {
    requestId,
    method,
    route: path.length > 300 ? `${path.slice(0, 300)}…` : path,
    status,
    durationMs: Math.round((performance.now() - startedAt) * 10) / 10,
    ...(userId ? { userId } : {}),
  };
}
