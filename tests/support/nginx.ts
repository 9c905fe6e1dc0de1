// A real nginx on loopback in front of Pacta servers, running the site file of
// docs/deploy/pacta.nginx.conf with only its ports and paths replaced; a self-signed
// certificate for 127.0.0.1 made with openssl. Stopped (and its folder removed) by `stop()`.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort } from "./server";

export const SITE_FILE = path.join("docs", "deploy", "pacta.nginx.conf");

export interface TestNginx {
  /** https://127.0.0.1:<port>: the public URL of the servers behind it. */
  origin: string;
  /** The certificate's PEM, to trust it in requests. */
  certificate: string;
  /** What nginx printed and logged so far (its error and access logs). */
  logs(): string;
  stop(): Promise<void>;
}

function nginxBinary(): string {
  for (const candidate of [process.env.PACTA_NGINX_PATH, "/usr/sbin/nginx", "/usr/bin/nginx"]) {
    if (candidate && fs.existsSync(candidate)) return candidate;
  }
  throw new Error("nginx is not installed (Debian: apt-get install nginx-light); the several-servers test runs it.");
}

/** The site file for this run: the upstream servers' ports, the listening ports and the files' paths replaced. */
export function templatedSite(options: { upstreamPorts: [number, number]; httpPort: number; httpsPort: number; certificate: string; key: string; logDir: string }): string {
  const site = fs.readFileSync(SITE_FILE, "utf8");
  const replacements: [string, string][] = [
    ["server 127.0.0.1:3001 ", `server 127.0.0.1:${options.upstreamPorts[0]} `],
    ["server 127.0.0.1:3002 ", `server 127.0.0.1:${options.upstreamPorts[1]} `],
    ["listen 80;", `listen 127.0.0.1:${options.httpPort};`],
    ["listen 443 ssl;", `listen 127.0.0.1:${options.httpsPort} ssl;`],
    ["/etc/ssl/certs/pacta.example.edu.pem", options.certificate],
    ["/etc/ssl/private/pacta.example.edu.key", options.key],
    ["/var/log/nginx/", `${options.logDir}/`],
  ];
  let result = site;
  for (const [from, to] of replacements) {
    if (!result.includes(from)) throw new Error(`${SITE_FILE} no longer contains "${from}": update tests/support/nginx.ts`);
    result = result.replaceAll(from, to);
  }
  return result;
}

export async function startNginx(upstreamPorts: [number, number]): Promise<TestNginx> {
  const binary = nginxBinary();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pacta-nginx-"));
  const certificate = path.join(dir, "cert.pem");
  const key = path.join(dir, "key.pem");
  const made = spawnSync("openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", certificate, "-days", "2", "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"], { encoding: "utf8" });
  if (made.status !== 0) throw new Error(`openssl could not make a certificate: ${made.stderr}`);
  const [httpPort, httpsPort] = [await freePort(), await freePort()];
  fs.writeFileSync(path.join(dir, "pacta.conf"), templatedSite({ upstreamPorts, httpPort, httpsPort, certificate, key, logDir: dir }));
  const temp = (name: string) => path.join(dir, name);
  fs.writeFileSync(
    path.join(dir, "nginx.conf"),
    [
      // As root, nginx's workers would otherwise run as nobody, who cannot read this folder.
      ...(process.getuid?.() === 0 ? ["user root;"] : []),
      "worker_processes 1;",
      `pid ${temp("nginx.pid")};`,
      `error_log ${temp("error.log")} warn;`,
      "events { worker_connections 256; }",
      "http {",
      `  client_body_temp_path ${temp("body")};`,
      `  proxy_temp_path ${temp("proxy")};`,
      `  fastcgi_temp_path ${temp("fastcgi")};`,
      `  uwsgi_temp_path ${temp("uwsgi")};`,
      `  scgi_temp_path ${temp("scgi")};`,
      `  access_log ${temp("access.log")};`,
      "  include /etc/nginx/mime.types;",
      `  include ${temp("pacta.conf")};`,
      "}",
      "",
    ].join("\n"),
  );
  let output = "";
  const child: ChildProcess = spawn(binary, ["-p", dir, "-c", path.join(dir, "nginx.conf"), "-g", "daemon off;"], { stdio: ["ignore", "pipe", "pipe"] });
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const origin = `https://127.0.0.1:${httpsPort}`;
  // Listening once the pid file is written (nginx writes it after binding).
  const deadline = Date.now() + 15_000;
  while (!fs.existsSync(temp("nginx.pid"))) {
    if (child.exitCode !== null) throw new Error(`nginx did not start:\n${output}`);
    if (Date.now() > deadline) throw new Error(`nginx did not start within 15 s:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const read = (name: string) => (fs.existsSync(temp(name)) ? fs.readFileSync(temp(name), "utf8") : "");
  return {
    origin,
    certificate: fs.readFileSync(certificate, "utf8"),
    logs: () => `${output}${read("error.log")}${read("pacta.error.log")}${read("pacta.access.log")}`,
    async stop() {
      if (child.exitCode === null) {
        child.kill("SIGQUIT"); // finishes its connections, then exits
        await exited;
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
