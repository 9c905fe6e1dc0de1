#!/usr/bin/env node
// Serves the production build (what `next start` does) with one server process per
// CPU core, and shuts down gracefully: on SIGTERM or SIGINT it stops accepting
// connections, lets the requests in flight finish, then closes the database (SQLite
// folds its write-ahead log back into the database file) and exits 0. `npm start`
// runs this; so do the end-to-end tests.
//
// Why several processes: a page is rendered and (on SQLite) queried on one JavaScript
// thread, so one process uses one core however many the machine has. The primary
// process only hands connections to its workers (node:cluster); each worker is a whole
// Pacta server with its own database connection. SQLite's write-ahead log lets them read
// at once and queues their writes; a worker that dies is replaced.
import cluster from "node:cluster";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { publicUrl, servedOverHttps } from "../lib/config/public-url.mjs";
import { refusal, refuse, sessionSubject, stampRequest, watchMultipart } from "./request-gate.mjs";
import { log, requestLine } from "../lib/logging/log.mjs";
import { sessionSecretProblem } from "./session-secret.mjs";
import { parseTrustedProxies } from "../lib/auth/trusted-proxies.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const port = Number(process.env.PORT || 3000);
const hostname = process.env.HOST || "0.0.0.0";
/** How long requests in flight may take to finish after a shutdown signal. */
const SHUTDOWN_GRACE_MS = Number(process.env.PACTA_SHUTDOWN_GRACE_MS || 25_000);
const WORKERS = Number(process.env.PACTA_WORKERS || os.availableParallelism());
const SIGNALS = ["SIGTERM", "SIGINT"];
const address = `http://${hostname === "0.0.0.0" ? "localhost" : hostname}:${port}`;

// A production server, however it was started (set before Next.js loads).
process.env.NODE_ENV = "production";

if (cluster.isPrimary) {
  const secretProblem = sessionSecretProblem(process.env.NEXTAUTH_SECRET);
  if (secretProblem) {
    console.error(`✖ Pacta will not start: ${secretProblem}`);
    process.exit(1);
  }
  const { problem } = publicUrl();
  if (problem) {
    console.error(`✖ Pacta will not start: ${problem}`);
    process.exit(1);
  }
  try {
    parseTrustedProxies(process.env.PACTA_TRUSTED_PROXIES);
  } catch (error) {
    console.error(`✖ Pacta will not start: ${error.message}`);
    process.exit(1);
  }
  if (!Number.isInteger(WORKERS) || WORKERS < 1) {
    console.error(`✖ Pacta will not start: PACTA_WORKERS must be a whole number of at least 1 (it is "${process.env.PACTA_WORKERS}").`);
    process.exit(1);
  }
  // Every "today" is the day in this zone: a wrong name would shift them all (lib/dates/institution-time.ts).
  const timeZone = process.env.PACTA_TIME_ZONE?.trim();
  if (timeZone) {
    try {
      new Intl.DateTimeFormat("en", { timeZone });
    } catch {
      console.error(`✖ Pacta will not start: PACTA_TIME_ZONE="${timeZone}" is not a time zone name such as "Europe/Berlin" or "Asia/Shanghai".`);
      process.exit(1);
    }
  }
}

// next-auth builds its addresses from NEXTAUTH_URL: the public URL, whichever name set it.
const { origin: PUBLIC_ORIGIN } = publicUrl();
process.env.NEXTAUTH_URL = PUBLIC_ORIGIN;
const GATE = { publicOrigin: PUBLIC_ORIGIN, sessionSecret: process.env.NEXTAUTH_SECRET, secureCookies: servedOverHttps() };

if (cluster.isPrimary && WORKERS > 1) await runPrimary();
else await runServer();

/** Forks the workers, replaces one that dies, and on a signal stops them all gracefully. */
async function runPrimary() {
  let shuttingDown = false;
  let announced = false;
  let failed = false;
  /** Workers that serve; the others are still starting. */
  const serving = new Set();
  const fork = () => {
    const worker = cluster.fork();
    worker.on("message", (message) => {
      if (message !== "listening") return;
      serving.add(worker);
      if (announced) console.log("✓ The new server process is serving.");
      else if (serving.size === WORKERS) {
        announced = true;
        console.log(`✓ Ready: serving on ${address} (${WORKERS} server processes)`);
      }
    });
  };
  cluster.on("exit", (worker, code, signal) => {
    const wasServing = serving.delete(worker);
    if (shuttingDown) {
      // One that was still starting is stopped with SIGKILL: it holds no request and no database.
      if (wasServing && code !== 0) failed = true;
      if (Object.keys(cluster.workers ?? {}).length === 0) {
        console.log(failed ? "✖ A server process did not stop cleanly." : "Requests finished and database closed. Goodbye.");
        process.exit(failed ? 1 : 0);
      }
      return;
    }
    if (!announced) {
      // It never served: a broken build or database, which a new process would not fix.
      // The other workers exit when the primary does (they lose their channel to it).
      console.error(`✖ A server process failed to start (exit ${code ?? signal}).`);
      process.exit(1);
    }
    console.error(`✖ A server process stopped unexpectedly (exit ${code ?? signal}); starting another.`);
    fork();
  });
  for (let i = 0; i < WORKERS; i++) fork();

  for (const signal of SIGNALS) {
    process.on(signal, () => {
      if (shuttingDown) return;
      shuttingDown = true;
      const stopping = [...serving];
      let stopped = 0;
      const announceStopped = () => console.log(`${signal}: no new connections; finishing the requests in flight…`);
      for (const worker of Object.values(cluster.workers ?? {})) if (!serving.has(worker)) worker.process.kill("SIGKILL");
      if (stopping.length === 0) announceStopped();
      for (const worker of stopping) {
        worker.on("message", (message) => {
          // Its listener is closed: this message follows the close on the same channel.
          if (message === "stopped listening" && ++stopped === stopping.length) announceStopped();
        });
        worker.send({ shutdown: signal });
      }
    });
  }
}

/** One Pacta server: the whole app in this process (alone, or as one of the primary's workers). */
async function runServer() {
  let app;
  let server;
  let shuttingDown = false;
  async function shutDown(signal) {
    if (shuttingDown) return;
    shuttingDown = true;
    if (!server) {
      // Still starting: no connections and no database yet.
      if (cluster.isWorker) process.send("stopped listening", () => process.exit(0));
      else process.exit(0);
      return;
    }
    const closed = new Promise((resolve) => server.close(resolve));
    if (cluster.isWorker) process.send("stopped listening");
    else console.log(`${signal}: no new connections; finishing the requests in flight…`);
    // Keep-alive connections that fall idle are closed as they do; after the grace period, all of them.
    const idle = setInterval(() => server.closeIdleConnections(), 100);
    const force = setTimeout(() => server.closeAllConnections(), SHUTDOWN_GRACE_MS);
    await closed;
    clearInterval(idle);
    clearTimeout(force);
    await app.close?.();
    // The app's one database client (lib/db.ts keeps it on globalThis).
    await globalThis.pactaDb?.$disconnect();
    if (!cluster.isWorker) console.log("Requests finished and database closed. Goodbye.");
    process.exit(0);
  }
  if (cluster.isWorker) {
    process.on("message", (message) => message?.shutdown && void shutDown(message.shutdown));
    // The primary decides when to stop: a signal sent to the whole group (Ctrl-C) reaches it too.
    for (const signal of SIGNALS) process.on(signal, () => {});
  } else {
    for (const signal of SIGNALS) process.on(signal, () => void shutDown(signal));
  }

  const { default: next } = await import("next");
  // The gate's refusals are worded from the app's catalogues, in the reader's language (one TypeScript module, loaded with tsx).
  const { tsImport } = await import("tsx/esm/api");
  const { refusalText } = await tsImport("../lib/i18n/refusal-text.ts", import.meta.url);
  app = next({ dev: false, dir: root, hostname, port });
  try {
    await app.prepare();
  } catch (error) {
    console.error(`✖ ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  }
  if (shuttingDown) return;
  const handle = app.getRequestHandler();
  // scripts/request-gate.mjs: the connection's address recorded, the public host set, and
  // cross-origin, malformed and oversized posts refused before Next.js reads them, and a
  // multipart post with a control character in a part header answered 400, not 500.
  server = http.createServer(async (request, response) => {
    const startedAt = performance.now();
    const requestId = stampRequest(request, PUBLIC_ORIGIN);
    // Quoted by a person from an error page, or by the proxy's log: one id for the request everywhere.
    response.setHeader("X-Request-Id", requestId);
    // One line per request once its answer is over (or the client went away): lib/logging/log.mjs.
    const { method, url } = request;
    response.once("close", () => {
      void sessionSubject(request, GATE).then((userId) => {
        const line = requestLine({ requestId, method, url, status: response.statusCode, startedAt, userId });
        log().info(response.writableFinished ? line : { ...line, aborted: true }, "request");
      });
    });
    const refused = await refusal(request, GATE);
    if (refused) return refuse(request, response, refused, refusalText);
    watchMultipart(request, response, refusalText);
    handle(request, response);
  });
  // Without this, a taken port left the process running without listening (and, with
  // several processes, the primary waiting for it forever).
  server.once("error", (error) => {
    const reason = error.code === "EADDRINUSE" ? `port ${port} is in use (another program is listening there; stop it or choose another PORT)` : error.message;
    console.error(`✖ Pacta will not start: ${reason}.`);
    process.exit(1);
  });
  server.listen(port, hostname, () => {
    if (cluster.isWorker) process.send("listening");
    else console.log(`✓ Ready: serving on ${address}`);
  });
}
