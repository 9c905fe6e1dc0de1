#!/usr/bin/env node
// Serves the production build (what `next start` does), and shuts down gracefully:
// on SIGTERM or SIGINT it stops accepting connections, lets the requests in flight
// finish, then closes the database (SQLite folds its write-ahead log back into the
// database file) and exits 0. `npm start` runs this; so do the end-to-end tests.
import http from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { sessionSecretProblem } from "./session-secret.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const port = Number(process.env.PORT || 3000);
const hostname = process.env.HOST || "0.0.0.0";
/** How long requests in flight may take to finish after a shutdown signal. */
const SHUTDOWN_GRACE_MS = Number(process.env.PACTA_SHUTDOWN_GRACE_MS || 25_000);

// A production server, however it was started (set before Next.js loads).
process.env.NODE_ENV = "production";
const secretProblem = sessionSecretProblem(process.env.NEXTAUTH_SECRET);
if (secretProblem) {
  console.error(`✖ Pacta will not start: ${secretProblem}`);
  process.exit(1);
}
const { default: next } = await import("next");
const app = next({ dev: false, dir: root, hostname, port });
try {
  await app.prepare();
} catch (error) {
  console.error(`✖ ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
const handle = app.getRequestHandler();
const server = http.createServer((request, response) => handle(request, response));
server.listen(port, hostname, () => console.log(`✓ Ready: serving on http://${hostname === "0.0.0.0" ? "localhost" : hostname}:${port}`));

let shuttingDown = false;
async function shutDown(signal) {
  if (shuttingDown) return;
  shuttingDown = true;
  console.log(`${signal}: no new connections; finishing the requests in flight…`);
  const closed = new Promise((resolve) => server.close(resolve));
  // Keep-alive connections that fall idle are closed as they do; after the grace period, all of them.
  const idle = setInterval(() => server.closeIdleConnections(), 100);
  const force = setTimeout(() => server.closeAllConnections(), SHUTDOWN_GRACE_MS);
  await closed;
  clearInterval(idle);
  clearTimeout(force);
  await app.close?.();
  // The app's one database client (lib/db.ts keeps it on globalThis).
  await globalThis.pactaDb?.$disconnect();
  console.log("Requests finished and database closed. Goodbye.");
  process.exit(0);
}
for (const signal of ["SIGTERM", "SIGINT"]) process.on(signal, () => void shutDown(signal));
