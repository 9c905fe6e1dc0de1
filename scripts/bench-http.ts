// HTTP load for `npm run bench`: the production build served by Pacta's own server
// (scripts/serve.mjs) on loopback, loaded by autocannon with a signed-in session.
import { spawnSync } from "node:child_process";
import autocannon from "autocannon";
import { hashPassword } from "../lib/auth/password";
import type { Database } from "../lib/prisma-client";
import { freePort, spawnServer, waitUntilServing, type RunningServer } from "../tests/support/server";

export const BENCH_DIST_DIR = ".next-bench";
const CONNECTIONS = Number(process.env.BENCH_HTTP_CONNECTIONS ?? 10);
const SECONDS = Number(process.env.BENCH_HTTP_SECONDS ?? 10);
/** People pause between pages, so they send fewer requests: three times as long for as many samples. */
const READERS_SECONDS = 3 * SECONDS;
const BENCH_EMAIL = "bench-viewer@example.edu";
const BENCH_PASSWORD = "bench viewer password";

export interface LoadResult {
  p50: number;
  p95: number;
  p99: number;
  requestsPerSecond: number;
  requests: number;
  errors: number;
}

export function buildForBench() {
  const build = spawnSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], {
    env: { ...process.env, PACTA_DIST_DIR: BENCH_DIST_DIR, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (build.status !== 0) throw new Error(`next build failed:\n${build.stdout}\n${build.stderr}`);
}

export async function startBenchServer(db: Database, databaseUrl: string): Promise<{ server: RunningServer; cookie: string }> {
  await db.user.upsert({
    where: { email: BENCH_EMAIL },
    create: { email: BENCH_EMAIL, name: "Bench Viewer", role: "VIEWER", passwordHash: await hashPassword(BENCH_PASSWORD) },
    update: {},
  });
  const server = spawnServer({ distDir: BENCH_DIST_DIR, databaseUrl, port: await freePort() });
  await waitUntilServing(`${server.baseURL}/sign-in`, server.process);
  return { server, cookie: await signInCookie(server.baseURL) };
}

/** Signs in as next-auth's credentials form does and returns the session cookie. */
async function signInCookie(baseURL: string): Promise<string> {
  const csrf = await fetch(`${baseURL}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookies = (response: Response) => response.headers.getSetCookie().map((c) => c.split(";")[0]);
  const response = await fetch(`${baseURL}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookies(csrf).join("; ") },
    body: new URLSearchParams({ csrfToken, email: BENCH_EMAIL, password: BENCH_PASSWORD, json: "true" }),
    redirect: "manual",
  });
  const session = cookies(response).find((c) => c.startsWith("next-auth.session-token="));
  if (!session) throw new Error(`signing in for the benchmark failed (HTTP ${response.status})`);
  return session;
}

function run(url: string, cookie: string, seconds: number): Promise<{ latencies: number[]; result: autocannon.Result }> {
  return new Promise((resolve, reject) => {
    const latencies: number[] = [];
    const instance = autocannon({ url, connections: CONNECTIONS, duration: seconds, headers: { cookie } }, (error, result) =>
      error ? reject(error) : resolve({ latencies, result }),
    );
    instance.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
}

function summarize(latencies: number[], requests: number, errors: number, seconds: number): LoadResult {
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99), requestsPerSecond: requests / seconds, requests, errors };
}

/**
 * CONNECTIONS clients for SECONDS after a short warm-up, each sending its next request as soon
 * as the last is answered: the most the server can take. Percentiles over every response.
 */
export async function loadTest(url: string, cookie: string): Promise<LoadResult> {
  await run(url, cookie, 2);
  const { latencies, result } = await run(url, cookie, SECONDS);
  return summarize(latencies, result.requests.total, result.errors + result.timeouts + result.non2xx, SECONDS);
}

/** A small seeded generator (mulberry32), so that every run reads the same "random" pauses. */
function seededRandom(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * CONNECTIONS people using the page at once, the way people do: each loads it, reads for
 * 0.5 to 1.5 s (one page a second on average, a brisk reader), and loads it again; they
 * start at different moments, as people do. Percentiles over every response in 3 × SECONDS after a 2 s warm-up.
 */
export async function readersLoadTest(url: string, cookie: string): Promise<LoadResult> {
  const random = seededRandom(2026);
  const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  const started = performance.now();
  const measureFrom = started + 2_000;
  const end = measureFrom + READERS_SECONDS * 1_000;
  const latencies: number[] = [];
  let errors = 0;
  const reader = async () => {
    await pause(random() * 1_000);
    while (performance.now() < end) {
      const sent = performance.now();
      let ok = false;
      try {
        const response = await fetch(url, { headers: { cookie } });
        await response.arrayBuffer();
        ok = response.ok;
      } catch {
        ok = false;
      }
      if (sent >= measureFrom) {
        latencies.push(performance.now() - sent);
        if (!ok) errors++;
      }
      await pause(500 + random() * 1_000);
    }
  };
  await Promise.all(Array.from({ length: CONNECTIONS }, reader));
  return summarize(latencies, latencies.length, errors, READERS_SECONDS);
}

export const LOAD_SETTINGS = { connections: CONNECTIONS, seconds: SECONDS };
