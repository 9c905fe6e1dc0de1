// Starting Pacta's production server (the one `npm start` runs) on a free port, for
// the end-to-end tests.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import net from "node:net";
import path from "node:path";

export const SERVE_SCRIPT = path.join("scripts", "serve.mjs");

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export async function waitUntilServing(url: string, server: ChildProcess, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the server exited with code ${server.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the server did not answer ${url} within ${timeoutMs} ms`);
}

export interface RunningServer {
  baseURL: string;
  process: ChildProcess;
  /** Everything the server printed so far. */
  output(): string;
  exited: Promise<number | null>;
}

/** Spawns the server on the built `distDir` against `databaseUrl`; `env` overrides (a bad secret, say). */
export function spawnServer(options: { distDir: string; databaseUrl: string; port: number; env?: Record<string, string> }): RunningServer {
  const baseURL = `http://127.0.0.1:${options.port}`;
  let output = "";
  const child = spawn(process.execPath, [SERVE_SCRIPT], {
    env: {
      ...process.env,
      PACTA_DIST_DIR: options.distDir,
      NEXT_TELEMETRY_DISABLED: "1",
      NODE_ENV: "production",
      PORT: String(options.port),
      HOST: "127.0.0.1",
      DATABASE_URL: options.databaseUrl,
      NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
      PACTA_PUBLIC_URL: baseURL,
      ...options.env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => {
    output += chunk;
    process.stderr.write(chunk);
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { baseURL, process: child, output: () => output, exited };
}
