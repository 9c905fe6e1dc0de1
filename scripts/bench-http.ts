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

function run(url: string, cookie: string, seconds: number, connectionRate?: number): Promise<{ latencies: number[]; result: autocannon.Result }> {
  return new Promise((resolve, reject) => {
    const latencies: number[] = [];
    const instance = autocannon({ url, connections: CONNECTIONS, duration: seconds, headers: { cookie }, connectionRate }, (error, result) =>
      error ? reject(error) : resolve({ latencies, result }),
    );
    instance.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
}

/**
 * CONNECTIONS concurrent clients for SECONDS after a short warm-up; percentiles over every response.
 * Without `perSecond` each client sends its next request as soon as the last is answered (the most the
 * server can take); with it, each sends that many a second, like people reading what they asked for.
 */
export async function loadTest(url: string, cookie: string, perSecond?: number): Promise<LoadResult> {
  await run(url, cookie, 2, perSecond);
  const { latencies, result } = await run(url, cookie, SECONDS, perSecond);
  const sorted = latencies.sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return {
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
    requestsPerSecond: result.requests.total / SECONDS,
    requests: result.requests.total,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

export const LOAD_SETTINGS = { connections: CONNECTIONS, seconds: SECONDS };
