// The home page counts its figures once and keeps them until the register changes (an audit
// event: decision 007) or the institution's day turns, so that many readers cost one count.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordAudit } from "@/lib/audit/record-audit";
import { keptDashboard } from "@/lib/reports/dashboard-kept";
import { seedArticle } from "@/prisma/seed/article-seed";
import { PROVIDERS, createTestDatabase, type TestDatabase } from "../support/databases";
import { createTestAgreement, createUser } from "../support/factories";

describe.each(PROVIDERS)("the dashboard kept until the register changes on %s", (provider) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(provider);
    await seedArticle(t.db);
  });
  afterAll(async () => t?.drop());

  it("counts once, answers again from what it kept, and counts anew after a change or on another day", async () => {
    const first = await keptDashboard(t.db, "2026-11-30");
    // A row written behind the register's back (no audit event): the kept figures stand.
    const editor = await createUser(t.db, "EDITOR");
    const before = first.figures.total;
    const known = new Set((await t.db.auditEvent.findMany({ select: { id: true } })).map((e) => e.id));
    await createTestAgreement(t.db, editor);
    await t.db.auditEvent.deleteMany({ where: { id: { notIn: [...known] } } });
    expect((await keptDashboard(t.db, "2026-11-30")).figures.total).toBe(before);
    // Another day is counted afresh.
    expect((await keptDashboard(t.db, "2026-12-01")).figures.total).toBe(before + 1);
    // A change recorded in the audit log (every command writes one) makes the kept figures go.
    await t.db.$transaction((tx) => recordAudit(tx, { actorId: editor.id, action: "agreement.updated", entityType: "Agreement", entityId: "x", changes: {} }));
    expect((await keptDashboard(t.db, "2026-11-30")).figures.total).toBe(before + 1);
  });
});
