// The agreement page's reads: the renewal chain found by one recursive statement gives the chain
// a walk link by link gives, from any link, in as many statements for a chain of 5 as of 1.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/prisma-client";
import { getAgreementDetail } from "@/lib/agreements/queries";
import { PROVIDERS, countingClient, createTestDatabase, type TestDatabase } from "../support/databases";
import { createTestAgreement, createUser } from "../support/factories";
import { seedArticle } from "@/prisma/seed/article-seed";

/** The chain as the page read it before: one statement per link, back to the first, then forward. */
async function chainLinkByLink(db: Database, reference: string) {
  const start = await db.agreement.findUniqueOrThrow({ where: { reference }, select: { id: true, reference: true, renewalOfId: true } });
  const before: string[] = [];
  for (let id = start.renewalOfId; id; ) {
    const link = await db.agreement.findUniqueOrThrow({ where: { id }, select: { reference: true, renewalOfId: true } });
    before.unshift(link.reference);
    id = link.renewalOfId;
  }
  const after: string[] = [];
  for (let id: string | undefined = (await db.agreement.findFirst({ where: { renewalOfId: start.id }, select: { id: true } }))?.id; id; ) {
    const link = await db.agreement.findUniqueOrThrow({ where: { id }, select: { reference: true, renewedBy: { select: { id: true } } } });
    after.push(link.reference);
    id = link.renewedBy?.id;
  }
  return [...before, start.reference, ...after];
}

describe.each(PROVIDERS)("the agreement page's reads on %s", (provider) => {
  let t: TestDatabase;
  let chain: string[];
  let single: string;
  let statements: string[];
  let counted: Database;
  beforeAll(async () => {
    t = await createTestDatabase(provider);
    ({ client: counted, statements } = countingClient(t.url));
    await seedArticle(t.db);
    const editor = await createUser(t.db, "EDITOR");
    chain = [];
    let previous: string | null = null;
    for (let year = 2010; year <= 2022; year += 3) {
      const { reference } = await createTestAgreement(t.db, editor, { status: "ACTIVE", signedOn: `${year}-05-01`, expiresOn: `${year + 3}-04-30` });
      if (previous) {
        await t.db.agreement.update({ where: { reference }, data: { renewalOf: { connect: { id: previous } } } });
        await t.db.agreement.update({ where: { id: previous }, data: { status: "RENEWED" } });
      }
      previous = (await t.db.agreement.findUniqueOrThrow({ where: { reference }, select: { id: true } })).id;
      chain.push(reference);
    }
    single = (await createTestAgreement(t.db, editor, { status: "ACTIVE", signedOn: "2024-01-10" })).reference;
  });
  afterAll(async () => {
    await counted?.$disconnect();
    await t?.drop();
  });

  it("gives the renewal chain, oldest first, from its first, middle and last link", async () => {
    expect(chain).toHaveLength(5);
    for (const reference of [chain[0], chain[2], chain[4]]) {
      const detail = (await getAgreementDetail(reference, t.db))!;
      expect(detail.renewalChain.map((l) => l.reference)).toEqual(await chainLinkByLink(t.db, reference));
      expect(detail.renewalChain.map((l) => l.reference)).toEqual(chain);
      expect(detail.renewalChain.filter((l) => l.current).map((l) => l.reference)).toEqual([reference]);
      expect(detail.renewedBy).toBe(chain[chain.indexOf(reference) + 1] ?? null);
    }
    const first = (await getAgreementDetail(chain[0], t.db))!;
    expect(first.renewalChain[1]).toMatchObject({ reference: chain[1], status: "RENEWED", signedOn: { iso: "2013-05-01", precision: "DAY" }, current: false });
    expect(first.history.length).toBeGreaterThan(0);
    const alone = (await getAgreementDetail(single, t.db))!;
    expect(alone.renewalChain.map((l) => l.reference)).toEqual([single]);
    expect(alone.renewedBy).toBeNull();
  });

  it("reads a chain of five in as many statements as an agreement without renewals", async () => {
    statements.length = 0;
    await getAgreementDetail(single, counted);
    const alone = statements.length;
    statements.length = 0;
    await getAgreementDetail(chain[2], counted);
    // The chain's links are read once, whatever their number (an agreement alone skips that read).
    expect(statements.length).toBeLessThanOrEqual(alone + 1);
    statements.length = 0;
    await getAgreementDetail(chain[4], counted);
    const fromLast = statements.length;
    statements.length = 0;
    await getAgreementDetail(chain[1], counted);
    expect(statements.length).toBe(fromLast);
  });

  it("gives the history the one OR query gave: its own and its documents' events, newest first, at most 100", async () => {
    const reference = chain[3];
    const { id } = await t.db.agreement.findUniqueOrThrow({ where: { reference }, select: { id: true } });
    const documents = await Promise.all(["SIGNED_COPY", "SIGNED_COPY"].map((kind) => t.db.agreementDocument.create({ data: { agreementId: id, kind: kind as never } })));
    const actor = await t.db.user.findFirstOrThrow({ select: { id: true } });
    // 160 events a second apart across the agreement, its two documents and another agreement's document.
    const other = await t.db.agreementDocument.create({ data: { agreementId: (await t.db.agreement.findUniqueOrThrow({ where: { reference: single } })).id, kind: "SIGNED_COPY" as never } });
    const owners = [["Agreement", id], ["AgreementDocument", documents[0].id], ["AgreementDocument", documents[1].id], ["AgreementDocument", other.id]] as const;
    await t.db.auditEvent.createMany({
      data: Array.from({ length: 160 }, (_, i) => ({
        actorId: actor.id,
        action: "agreement.updated",
        entityType: owners[i % 4][0],
        entityId: owners[i % 4][1],
        at: new Date(Date.UTC(2030, 0, 1, 0, 0, i)),
      })),
    });
    const expected = await t.db.auditEvent.findMany({
      where: { OR: [{ entityType: "Agreement", entityId: id }, { entityType: "AgreementDocument", entityId: { in: documents.map((d) => d.id) } }] },
      orderBy: { at: "desc" },
      take: 100,
      select: { id: true },
    });
    const history = (await getAgreementDetail(reference, t.db))!.history;
    expect(history.map((e) => e.id)).toEqual(expected.map((e) => e.id));
    expect(history).toHaveLength(100);
    expect(history.some((e) => e.id === expected.at(-1)!.id)).toBe(true);
  });
});
