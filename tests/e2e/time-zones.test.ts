// The production server counts "today" in the institution's zone (PACTA_TIME_ZONE), on both
// sides of UTC, with the machine's zone (TZ) set to the same: an agreement whose last day is
// 30 November 2026 is active until midnight there, in its page and in the list's status
// filter and "ends within" window, and expired from the first minute after. The clock is a
// file the test writes (PACTA_CLOCK_FILE; a production server honours it only with
// PACTA_ALLOW_TEST_CLOCK=1), so no test waits for midnight.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "@/lib/prisma-client";
import { seedArticle } from "@/prisma/seed/article-seed";
import { ensureDemoUsers } from "@/prisma/seed/demo-users";
import { launchBrowser, signIn } from "../support/browser";
import { migrate } from "../support/databases";
import { createTestAgreement, createUser } from "../support/factories";
import { freePort, spawnServer, waitUntilServing, type RunningServer } from "../support/server";

const distDir = inject("distDir");
const PASSWORD = "time zone test password";
const TITLE = "Ends at midnight on 30 November";

let dir: string;
let databaseUrl: string;
let reference: string;
let rolling: string;
let browser: Browser;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "pacta-zones-"));
  databaseUrl = `file:${path.join(dir, "zones.db")}`;
  migrate(databaseUrl);
  const db = createPrismaClient(databaseUrl);
  await seedArticle(db);
  await ensureDemoUsers(db, PASSWORD);
  const editor = await createUser(db, "EDITOR");
  reference = (await createTestAgreement(db, editor, { title: TITLE, status: "ACTIVE", signedOn: "2025-12-01", expiresOn: "2026-11-30" })).reference;
  rolling = (
    await createTestAgreement(db, editor, { title: "Tacit renewal", status: "ACTIVE", effectiveFrom: "2023-09-01", signedOn: "2023-08-20", termMonths: 12, automaticRenewal: true, noticePeriodDays: 60 })
  ).reference;
  await db.$disconnect();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe.each([
  { zone: "Asia/Shanghai", lastMinute: "2026-11-30T15:59:00Z", firstMinuteAfter: "2026-11-30T16:01:00Z" },
  { zone: "America/Los_Angeles", lastMinute: "2026-12-01T07:59:00Z", firstMinuteAfter: "2026-12-01T08:01:00Z" },
])("a server in $zone", ({ zone, lastMinute, firstMinuteAfter }) => {
  let server: RunningServer;
  let page: Page;
  const clockFile = () => path.join(dir, `clock-${zone.replace("/", "-")}`);

  beforeAll(async () => {
    fs.writeFileSync(clockFile(), lastMinute);
    server = spawnServer({
      distDir,
      databaseUrl,
      port: await freePort(),
      env: { TZ: zone, PACTA_TIME_ZONE: zone, PACTA_CLOCK_FILE: clockFile(), PACTA_ALLOW_TEST_CLOCK: "1", PACTA_WORKERS: "1", PACTA_REMINDERS: "off", PACTA_STORAGE_DIR: path.join(dir, "files") },
    });
    await waitUntilServing(`${server.baseURL}/sign-in`, server.process);
    page = await browser.newPage();
    await signIn(page, server.baseURL, "viewer@pacta.local", PASSWORD);
  });
  afterAll(async () => {
    await page?.close();
    server?.process.kill("SIGTERM");
    await server?.exited;
  });

  /** The agreement's row in the list with these filters, or null when the list leaves it out. */
  const rowText = async (filters: string) => {
    await page.goto(`${server.baseURL}/agreements?q=${encodeURIComponent(TITLE)}${filters}`);
    const row = page.locator("tbody tr", { hasText: reference });
    return (await row.count()) === 0 ? null : await row.innerText();
  };
  const pageStatus = async () => {
    await page.goto(`${server.baseURL}/agreements/${reference}`);
    return page.locator("article header > div").first().innerText();
  };

  it("keeps the agreement active through the last minute of its last day there", async () => {
    fs.writeFileSync(clockFile(), lastMinute);
    expect(await rowText("")).toContain("Active");
    expect(await rowText("&status=ACTIVE")).not.toBeNull();
    expect(await rowText("&status=EXPIRED")).toBeNull();
    expect(await rowText("&expiringWithin=30")).not.toBeNull();
    expect(await pageStatus()).toContain("Active");
  });

  it("shows what people act on for an agreement that renews automatically, in the reader's date format", async () => {
    fs.writeFileSync(clockFile(), lastMinute);
    await page.goto(`${server.baseURL}/agreements/${rolling}`);
    const facts = await page.locator("aside").first().innerText();
    expect(facts).toContain("Renews automatically on 1 September 2027; notice by 2 July 2027.");
    expect(facts).toMatch(/Runs until\s*31 August 2027\s*\(from automatic renewal\)/);
    expect(facts).toMatch(/Running period\s*1 September 2026 – 31 August 2027/);
  });

  it("shows it expired from the first minute after midnight there", async () => {
    fs.writeFileSync(clockFile(), firstMinuteAfter);
    expect(await rowText("")).toContain("Expired");
    expect(await rowText("&status=ACTIVE")).toBeNull();
    expect(await rowText("&status=EXPIRED")).not.toBeNull();
    expect(await rowText("&expiringWithin=30")).toBeNull();
    expect(await pageStatus()).toContain("Expired");
  });
});

describe("a time zone that does not exist", () => {
  it("stops the server at once, naming the variable", async () => {
    const server = spawnServer({ distDir, databaseUrl, port: await freePort(), env: { PACTA_TIME_ZONE: "Europe/Atlantis" } });
    expect(await server.exited).toBe(1);
    expect(server.output()).toContain('PACTA_TIME_ZONE="Europe/Atlantis" is not a time zone name');
  });
});
