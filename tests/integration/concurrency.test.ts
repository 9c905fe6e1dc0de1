// 50 writers at once, for a bounded time, on both databases: edits, status changes,
// renewals and new agreements in a year no one has used yet (so that many writers
// race to create its reference counter). Several clients share the database, as the
// server and a script (an import, a backup) would.
// Every save must either land or be refused as a conflict; nothing else may reach a
// user. Each agreement's version counts the saves that landed on it (no lost update)
// and the audit log holds one event per save.
// PACTA_LONG_TESTS=1 runs it for 30 seconds instead of 3.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { executeCommand, type ActionResult } from "@/lib/actions/command";
import type { CurrentUser } from "@/lib/auth/current-user-type";
import { agreementCommands } from "@/lib/agreements/commands";
import { createPrismaClient, type Database } from "@/lib/prisma-client";
import { PROVIDERS, createTestDatabase, type TestDatabase } from "../support/databases";
import { createTestAgreement, createUser } from "../support/factories";
import { seedArticle } from "@/prisma/seed/article-seed";

const WRITERS = 50;
const CLIENTS = 3;
const DURATION_MS = process.env.PACTA_LONG_TESTS ? 30_000 : 3_000;
// A year of its own for the references of new agreements, in the past: the chronology rule refuses signing dates more than a year ahead.
const NEW_YEAR = 2001;

type Operation = "edit" | "status" | "renew" | "create";

describe.each(PROVIDERS)("50 concurrent writers on %s", (provider) => {
  let t: TestDatabase;
  let clients: Database[];
  let writers: CurrentUser[];
  let references: string[];

  beforeAll(async () => {
    t = await createTestDatabase(provider);
    await seedArticle(t.db);
    const admin = await createUser(t.db, "ADMIN");
    writers = await Promise.all(Array.from({ length: 5 }, () => createUser(t.db, "EDITOR")));
    references = [];
    for (let i = 0; i < 6; i++) {
      const { reference } = await createTestAgreement(t.db, admin, { status: i % 2 === 0 ? "ACTIVE" : "NEGOTIATING", signedOn: "2022-05-01" });
      references.push(reference);
    }
    clients = [t.db, ...Array.from({ length: CLIENTS - 1 }, () => createPrismaClient(t.url))];
  });
  afterAll(async () => {
    await Promise.all((clients ?? []).slice(1).map((c) => c.$disconnect()));
    await t?.drop();
  });

  it("lands or refuses every save as a conflict, loses none and audits each one", async () => {
    const initialVersions = await versions(t.db);
    const landed = new Map<string, number>(); // reference → saves that claimed its version
    const outcomes: { operation: Operation; result: ActionResult }[] = [];
    const deadline = Date.now() + DURATION_MS;

    async function writer(index: number) {
      const db = clients[index % CLIENTS];
      const actor = writers[index % writers.length];
      const run = (name: keyof typeof agreementCommands, input: unknown) =>
        executeCommand(agreementCommands[name] as never, actor, input, db).then((r) => r.result);
      for (let round = 0; Date.now() < deadline; round++) {
        const operation = (["edit", "status", "renew", "create"] as const)[(index + round) % 4];
        const reference = references[(index * 7 + round) % references.length];
        const current = await db.agreement.findUniqueOrThrow({
          where: { reference },
          select: { version: true, status: true, parties: { select: { organizationId: true }, where: { role: "PARTNER" } } },
        });
        let result: ActionResult;
        if (operation === "edit") {
          result = await run("updateAgreement", {
            reference,
            version: current.version,
            title: `Edited by writer ${index} in round ${round}`,
            signedOn: "2022-05-01",
            parties: current.parties.map((p) => ({ organizationId: p.organizationId })),
            signatories: [],
            focusAreaIds: [],
          });
        } else if (operation === "status" && (current.status === "NEGOTIATING" || current.status === "AWAITING_SIGNATURE")) {
          const toStatus = current.status === "NEGOTIATING" ? "AWAITING_SIGNATURE" : "NEGOTIATING";
          result = await run("changeAgreementStatus", { reference, version: current.version, toStatus });
        } else if (operation === "renew" && current.status === "ACTIVE") {
          result = await run("renewAgreement", { reference, version: current.version, signedOn: "2027-05-01" });
        } else {
          result = await run("createAgreement", {
            title: `Created by writer ${index} in round ${round}`,
            signedOn: `${NEW_YEAR}-01-15`,
            parties: current.parties.map((p) => ({ organizationId: p.organizationId })),
          });
          outcomes.push({ operation: "create", result });
          continue;
        }
        outcomes.push({ operation, result });
        if (result.status === "success") landed.set(reference, (landed.get(reference) ?? 0) + 1);
      }
    }

    // A writer that throws must not leave the others running past the test.
    const crashes = (await Promise.allSettled(Array.from({ length: WRITERS }, (_, i) => writer(i)))).filter((r) => r.status === "rejected");
    expect(crashes).toEqual([]);

    const tally = (status: string) => outcomes.filter((o) => o.result.status === status).length;
    console.info(`[${provider}] ${outcomes.length} saves in ${DURATION_MS} ms: ${tally("success")} landed, ${tally("error")} refused as conflicts`);
    const failures = outcomes.filter((o) => o.result.status === "error" && o.result.code !== "CONFLICT");
    expect(failures.map((f) => ({ operation: f.operation, result: f.result }))).toEqual([]);
    const succeeded = (operation: Operation) => outcomes.filter((o) => o.operation === operation && o.result.status === "success").length;
    // Enough happened for the test to mean something: every kind of save landed, and some were refused.
    for (const operation of ["edit", "status", "renew", "create"] as const) expect(succeeded(operation)).toBeGreaterThan(0);
    expect(outcomes.some((o) => o.result.status === "error")).toBe(true);

    const finalVersions = await versions(t.db);
    for (const reference of references) {
      expect(finalVersions[reference] - initialVersions[reference], reference).toBe(landed.get(reference) ?? 0);
    }

    const created = outcomes.filter((o) => o.result.status === "success" && o.operation === "create");
    const newReferences = await t.db.agreement.findMany({ where: { reference: { startsWith: `AG-${NEW_YEAR}-` } }, select: { reference: true } });
    expect(newReferences).toHaveLength(created.length);
    const numbers = newReferences.map((a) => Number(a.reference.slice(-4))).sort((a, b) => a - b);
    expect(numbers).toEqual(numbers.map((_, i) => i + 1)); // 1, 2, 3 … with no gap and no duplicate

    const audited = async (action: string) => t.db.auditEvent.count({ where: { action, actorId: { in: writers.map((w) => w.id) } } });
    expect(await audited("agreement.updated")).toBe(succeeded("edit"));
    expect(await audited("agreement.status-changed")).toBe(succeeded("status"));
    expect(await audited("agreement.renewal-started")).toBe(succeeded("renew"));
    // A renewal creates its successor, logged as created too.
    expect(await audited("agreement.created")).toBe(succeeded("create") + succeeded("renew"));
  });
});

async function versions(db: Database): Promise<Record<string, number>> {
  const rows = await db.agreement.findMany({ select: { reference: true, version: true } });
  return Object.fromEntries(rows.map((r) => [r.reference, r.version]));
}
