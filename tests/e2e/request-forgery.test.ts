// Server actions are plain HTTP endpoints. A POST from another site, carrying the
// user's cookie, must write nothing; so must a body over the limit. The same request
// from the app's own origin, sent the same way, does write: the refusals are real.
import fs from "node:fs";
import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient, type Database } from "@/lib/prisma-client";
import { launchBrowser, signIn, VIEWPORTS } from "../support/browser";

const baseURL = inject("baseURL");
const password = inject("demoPassword");

let browser: Browser;
let db: Database;
let cookie: string;
let createOrganizationId: string;

/** The id under which the build registered `exportedName` of `filename` (lib/organizations/actions.ts's, unless told). */
function actionId(exportedName: string, filename = "lib/organizations/actions.ts"): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(inject("distDir"), "server", "server-reference-manifest.json"), "utf8"));
  const entry = Object.entries(manifest.node as Record<string, { filename: string; exportedName: string }>).find(
    ([, action]) => action.filename === filename && action.exportedName === exportedName,
  );
  if (!entry) throw new Error(`no server action ${exportedName} in the build`);
  return entry[0];
}

/** Calls the action as React does: its id in a header, its arguments (previous state, input) as the body. */
function postAction(origin: string, body: string, headers: Record<string, string> = {}) {
  return fetch(`${baseURL}/organizations/new`, {
    method: "POST",
    headers: { "Next-Action": createOrganizationId, "Content-Type": "text/plain;charset=UTF-8", Origin: origin, Cookie: cookie, Accept: "text/x-component", ...headers },
    body,
    redirect: "manual",
  });
}

const organizationNamed = (name: string) => db.organization.count({ where: { name } });

beforeAll(async () => {
  browser = await launchBrowser();
  db = createPrismaClient(inject("databaseUrl"));
  const context = await browser.newContext({ viewport: VIEWPORTS.desktop });
  await signIn(await context.newPage(), baseURL, "editor@pacta.local", password);
  cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  await context.close();
  createOrganizationId = actionId("createOrganization");
});
afterAll(async () => {
  await browser?.close();
  await db?.$disconnect();
});

describe("server actions from outside", () => {
  it("write nothing when posted from another origin, and write when posted from the app's own", async () => {
    const input = (name: string) => JSON.stringify([null, { name, kind: "COMPANY" }]);

    const forged = await postAction("https://attacker.example", input("Forged Partner Ltd"));
    expect(forged.status).toBe(403);
    expect(await forged.text()).toMatch(/sent from https:\/\/attacker\.example, not from Pacta's own pages/);
    expect(await organizationNamed("Forged Partner Ltd")).toBe(0);

    // A proxy that passes the client's X-Forwarded-Host on must not make the attacker's origin "ours".
    const viaHost = await postAction("https://attacker.example", input("Forwarded Partner Ltd"), { "X-Forwarded-Host": "attacker.example", "X-Forwarded-Proto": "https" });
    expect(viaHost.status).toBe(403);
    expect(await organizationNamed("Forwarded Partner Ltd")).toBe(0);

    for (const malformed of ["not an origin", "https://", "ftp://127.0.0.1"]) {
      const response = await postAction(malformed, input("Malformed Partner Ltd"));
      expect(response.status, malformed).toBe(400);
      expect(await response.text()).toMatch(/Origin header is malformed/);
    }
    expect(await organizationNamed("Malformed Partner Ltd")).toBe(0);

    const genuine = await postAction(baseURL, input("Genuine Partner Ltd"));
    expect(genuine.status).toBeLessThan(400);
    expect(await organizationNamed("Genuine Partner Ltd")).toBe(1);
  });

  it("refuse a body over the limit (26 MB, set for document uploads) and write nothing", async () => {
    const huge = JSON.stringify([null, { name: "Oversized Partner Ltd", kind: "COMPANY", notes: "x".repeat(27 * 1024 * 1024) }]);
    const response = await postAction(baseURL, huge);
    expect(response.status).toBe(413);
    expect(await response.text()).toMatch(/too large: 27 MB, more than the 26 MB allowed/);
    expect(await organizationNamed("Oversized Partner Ltd")).toBe(0);
  });

  it("refuse an anonymous body over 64 KB before reading it (413, not a 500 after parsing 26 MB)", async () => {
    const body = JSON.stringify([null, { name: "Anonymous Partner Ltd", kind: "COMPANY", notes: "x".repeat(5 * 1024 * 1024) }]);
    const response = await postAction(baseURL, body, { Cookie: "next-auth.session-token=not-a-signed-token" });
    expect(response.status).toBe(413);
    expect(await response.text()).toMatch(/before signing in/);
    expect(await organizationNamed("Anonymous Partner Ltd")).toBe(0);
  });

  it("answer 400, not 500, for an upload whose file name holds a NUL, and store nothing", async () => {
    const documentsBefore = await db.documentVersion.count();
    const { reference } = await db.agreement.findFirstOrThrow({ select: { reference: true } });
    // The action's arguments as React encodes a form: the previous state, then the form's fields.
    const form = new FormData();
    form.append("0", JSON.stringify(["$undefined", "$K1"]));
    form.append("1_reference", reference);
    form.append("1_kind", "ANNEX");
    form.append("1_file", new File([new TextEncoder().encode("%PDF-1.4\n%%EOF\n")], "contract\u0000.pdf", { type: "application/pdf" }));
    // Posted to the agreement's page, where the upload form and its action live.
    const response = await fetch(`${baseURL}/agreements/${encodeURIComponent(reference)}`, {
      method: "POST",
      headers: { "Next-Action": actionId("attachDocument", "lib/documents/actions.ts"), Origin: baseURL, Cookie: cookie, Accept: "text/x-component" },
      body: form,
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/holds a control character \(such as NUL\)/);
    expect(await db.documentVersion.count()).toBe(documentsBefore);
  });
});
