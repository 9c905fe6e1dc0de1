// A separate process importing 10,000 agreements is killed with SIGKILL in the middle
// of its transaction: the database holds none of the import (it would hold all of it
// had the process lived), and SQLite's integrity check says ok.
import { spawn } from "node:child_process";
import Sqlite from "better-sqlite3";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedArticle } from "@/prisma/seed/article-seed";
import { PROVIDERS, createTestDatabase, type TestDatabase, sqliteFile } from "../support/databases";

const ROWS = 10_000;

/** Is a write transaction open in the database right now (by anyone but us)? */
async function writeInProgress(provider: string, url: string): Promise<boolean> {
  if (provider === "sqlite") {
    const probe = new Sqlite(sqliteFile(url), { timeout: 0 });
    try {
      probe.exec("BEGIN IMMEDIATE"); // refused while another connection holds the write lock
      probe.exec("ROLLBACK");
      return false;
    } catch (error) {
      if ((error as { code?: string }).code?.startsWith("SQLITE_BUSY")) return true;
      throw error;
    } finally {
      probe.close();
    }
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(
      "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_xid IS NOT NULL",
    );
    return rows[0].n > 0;
  } finally {
    await client.end();
  }
}

describe.each(PROVIDERS)("an import killed mid-transaction on %s", (provider) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(provider);
    await seedArticle(t.db);
  });
  afterAll(async () => t?.drop());

  it("leaves none of it, and a sound database", async () => {
    const before = { agreements: await t.db.agreement.count(), organizations: await t.db.organization.count(), audit: await t.db.auditEvent.count() };
    // One process (tsx as a loader, not its CLI, which would run the script in a child that SIGKILL misses).
    const child = spawn(process.execPath, ["--import", "tsx", "tests/support/import-process.ts", String(ROWS)], {
      env: { ...process.env, DATABASE_URL: t.url },
      stdio: ["ignore", "pipe", "inherit"],
    });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.once("exit", (_code, signal) => resolve(signal)));

    // Wait until the import's transaction has started writing, let it write a while, then kill it.
    const deadline = Date.now() + 60_000;
    while (!(output.includes("importing") && (await writeInProgress(provider, t.url)))) {
      if (Date.now() > deadline || child.exitCode !== null) throw new Error(`the import never started writing: ${output}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(await writeInProgress(provider, t.url)).toBe(true);
    child.kill("SIGKILL");
    expect(await exited).toBe("SIGKILL");
    expect(output).not.toContain("imported");

    // The importer's account was committed before the import began; nothing of the import was.
    expect(await t.db.agreement.count()).toBe(before.agreements);
    expect(await t.db.organization.count()).toBe(before.organizations);
    expect(await t.db.auditEvent.count()).toBe(before.audit);
    if (provider === "sqlite") {
      const check = new Sqlite(sqliteFile(t.url));
      expect(check.pragma("integrity_check", { simple: true })).toBe("ok");
      check.close();
    }
    // And the database takes writes again at once.
    await expect(t.db.focusArea.create({ data: { name: "Written after the crash" } })).resolves.toMatchObject({ name: "Written after the crash" });
  });
});
