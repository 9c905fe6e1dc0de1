// The register's version (lib/audit/register-version.ts) is read on every list page and
// every agreement form: it must stay one step down an index however long the audit log grows.
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
