// Reads of the audit log that run on every page of a kind must not grow with the log: the
// register's version (lib/audit/register-version.ts, every list page and agreement form) and
// the audit page's list of actions.
import Sqlite from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { createTestDatabase, sqliteFile } from "../support/databases";

describe("the register's version on SQLite", () => {
  it("reads the newest audit event down the index on its time, without sorting the log", async () => {
    const { keptUntilTheRegisterChanges } = await import("@/lib/audit/register-version");
    const { createPrismaClient } = await import("@/lib/prisma-client");
    const t = await createTestDatabase("sqlite");
    const statements: string[] = [];
    const counted = createPrismaClient(t.url, { onQuery: (sql) => statements.push(sql) });
    const file = new Sqlite(sqliteFile(t.url));
    try {
      // A log of some size, with statistics, so that the plan is the one a real register gets.
      const insert = file.prepare("INSERT INTO AuditEvent (id, at, action, entityType, entityId) VALUES (?, ?, 'agreement.updated', 'Agreement', ?)");
      file.transaction(() => {
        for (let i = 0; i < 5_000; i++) insert.run(`event-${i}`, new Date(Date.UTC(2024, 0, 1) + i * 60_000).toISOString(), `agreement-${i % 50}`);
      })();
      file.exec("ANALYZE");

      const read = keptUntilTheRegisterChanges(async () => "choices");
      await expect(read(counted)).resolves.toBe("choices");
      const version = statements.find((s) => /FROM\s+\S*AuditEvent/i.test(s));
      expect(version).toBeDefined();
      const parameters = (version!.match(/\?/g) ?? []).map((_, i) => (i === 0 ? 1 : 0));
      const plan = file.prepare(`EXPLAIN QUERY PLAN ${version}`).all(...parameters) as { detail: string }[];
      const details = plan.map((step) => step.detail).join(" / ");
      expect(details).toMatch(/USING (COVERING )?INDEX AuditEvent_at_idx/);
      expect(details).not.toMatch(/TEMP B-TREE/);
    } finally {
      file.close();
      await counted.$disconnect();
      await t.drop();
    }
  });
});

describe("the audit page's list of actions on SQLite", () => {
  it("is read from an index on the action, grouped in SQL, not by reading every event", async () => {
    const { listAuditEvents } = await import("@/lib/audit/queries");
    const { createPrismaClient } = await import("@/lib/prisma-client");
    const t = await createTestDatabase("sqlite");
    const statements: string[] = [];
    const counted = createPrismaClient(t.url, { onQuery: (sql) => statements.push(sql) });
    const file = new Sqlite(sqliteFile(t.url));
    try {
      const insert = file.prepare("INSERT INTO AuditEvent (id, at, action, entityType, entityId) VALUES (?, ?, ?, 'Agreement', ?)");
      const actions = ["agreement.updated", "agreement.created", "agreement.status-changed"];
      file.transaction(() => {
        for (let i = 0; i < 5_000; i++) insert.run(`event-${i}`, new Date(Date.UTC(2024, 0, 1) + i * 60_000).toISOString(), actions[i % 3], `agreement-${i % 50}`);
      })();
      file.exec("ANALYZE");

      const log = await listAuditEvents({}, counted);
      expect(log.actions).toEqual([...actions].sort());
      expect(log.total).toBe(5_000);
      const read = statements.find((s) => /SELECT\s+\S*action\S*(\s+AS\s+\S+)?\s+FROM\s+\S*AuditEvent/i.test(s) && /GROUP BY|DISTINCT/i.test(s));
      expect(read, statements.join("\n")).toBeDefined();
      const parameters = (read!.match(/\?/g) ?? []).map(() => 0);
      const plan = (file.prepare(`EXPLAIN QUERY PLAN ${read}`).all(...parameters) as { detail: string }[]).map((step) => step.detail).join(" / ");
      expect(plan).toMatch(/COVERING INDEX AuditEvent_action_idx/);
    } finally {
      file.close();
      await counted.$disconnect();
      await t.drop();
    }
  });
});
