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

/** The id under which the build registered lib/organizations/actions.ts's createOrganization. */
function actionId(exportedName: string): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(inject("distDir"), "server", "server-reference-manifest.json"), "utf8"));
  const entry = Object.entries(manifest.node as Record<string, { filename: string; exportedName: string }>).find(
    ([, action]) => action.filename === "lib/organizations/actions.ts" && action.exportedName === exportedName,
  );
  if (!entry) throw new Error(`no server action ${exportedName} in the build`);
  return entry[0];
}

/** Calls the action as React does: its id in a header, its arguments (previous state, input) as the body. */
function postAction(origin: string, body: string) {
  return fetch(`${baseURL}/organizations/new`, {
    method: "POST",
    headers: { "Next-Action": createOrganizationId, "Content-Type": "text/plain;charset=UTF-8", Origin: origin, Cookie: cookie, Accept: "text/x-component" },
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
    expect(forged.status).toBeGreaterThanOrEqual(400);
    expect(await organizationNamed("Forged Partner Ltd")).toBe(0);

    const genuine = await postAction(baseURL, input("Genuine Partner Ltd"));
    expect(genuine.status).toBeLessThan(400);
    expect(await organizationNamed("Genuine Partner Ltd")).toBe(1);
  });

  it("refuse a body over the limit (26 MB, set for document uploads) and write nothing", async () => {
    const huge = JSON.stringify([null, { name: "Oversized Partner Ltd", kind: "COMPANY", notes: "x".repeat(27 * 1024 * 1024) }]);
    const response = await postAction(baseURL, huge);
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(await organizationNamed("Oversized Partner Ltd")).toBe(0);
  });
});
