// Reads of the audit log that run on every page of a kind must not grow with the log: the
// register's version (lib/audit/register-version.ts, every list page and agreement form) and
// the audit page's list of actions. Checked by SQLite's plan for the statement Pacta sends.
import Sqlite from "better-sqlite3";
import { describe, expect, it } from "vitest";
import type { Database } from "@/lib/prisma-client";
import { createTestDatabase, sqliteFile } from "../support/databases";

const ACTIONS = ["agreement.updated", "agreement.created", "agreement.status-changed"];
const EVENTS = 5_000;

/**
 * A SQLite database whose log holds EVENTS events (with statistics, so that the plan is the one
 * a real register gets), a client that records the statements it sends, and SQLite's plan for one.
 */
async function withAuditLog(work: (log: { client: Database; statements: string[]; planOf(sql: string): string }) => Promise<void>) {
  const { createPrismaClient } = await import("@/lib/prisma-client");
  const t = await createTestDatabase("sqlite");
  const statements: string[] = [];
  const client = createPrismaClient(t.url, { onQuery: (sql) => statements.push(sql) });
  const file = new Sqlite(sqliteFile(t.url));
  try {
    const insert = file.prepare("INSERT INTO AuditEvent (id, at, action, entityType, entityId) VALUES (?, ?, ?, 'Agreement', ?)");
    file.transaction(() => {
      for (let i = 0; i < EVENTS; i++) insert.run(`event-${i}`, new Date(Date.UTC(2024, 0, 1) + i * 60_000).toISOString(), ACTIONS[i % 3], `agreement-${i % 50}`);
    })();
    file.exec("ANALYZE");
    // LIMIT 1 OFFSET 0 where a statement has them; no other parameters in these reads.
    const planOf = (sql: string) =>
      (file.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...(sql.match(/\?/g) ?? []).map((_, i) => (i === 0 ? 1 : 0))) as { detail: string }[])
        .map((step) => step.detail)
        .join(" / ");
    await work({ client, statements, planOf });
  } finally {
    file.close();
    await client.$disconnect();
    await t.drop();
  }
}

describe("reads of the audit log on SQLite", () => {
  it("the register's version: the newest event, one step down the index on its time, without sorting the log", () =>
    withAuditLog(async ({ client, statements, planOf }) => {
      const { keptUntilTheRegisterChanges } = await import("@/lib/audit/register-version");
      const read = keptUntilTheRegisterChanges(async () => "choices");
      await expect(read(client)).resolves.toBe("choices");
      const version = statements.find((s) => /FROM\s+\S*AuditEvent/i.test(s));
      expect(version).toBeDefined();
      const plan = planOf(version!);
      expect(plan).toMatch(/USING (COVERING )?INDEX AuditEvent_at_idx/);
      expect(plan).not.toMatch(/TEMP B-TREE/);
    }));

  it("the audit page's actions: grouped in SQL from an index on the action, not by reading every event", () =>
    withAuditLog(async ({ client, statements, planOf }) => {
      const { listAuditEvents } = await import("@/lib/audit/queries");
      const log = await listAuditEvents({}, client);
      expect(log.actions).toEqual([...ACTIONS].sort());
      expect(log.total).toBe(EVENTS);
      const read = statements.find((s) => /SELECT\s+\S*action\S*(\s+AS\s+\S+)?\s+FROM\s+\S*AuditEvent/i.test(s) && /GROUP BY|DISTINCT/i.test(s));
      expect(read, statements.join("\n")).toBeDefined();
      expect(planOf(read!)).toMatch(/COVERING INDEX AuditEvent_action_idx/);
    }));
});
