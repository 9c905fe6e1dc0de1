// Relations between agreements besides renewal (implements, amends, supersedes, follows from,
// related): both ends see them, cycles are refused, each end keeps its history, a framework
// knows what implements it and which of its focus areas nothing implements yet.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { executeCommand, type ActionResult, type Command } from "@/lib/actions/command";
import type { CurrentUser } from "@/lib/auth/current-user-type";
import { agreementCommands } from "@/lib/agreements/commands";
import { agreementListWhere } from "@/lib/agreements/list-where";
import { parseListParams } from "@/lib/agreements/list-params";
import { listFilterChoices } from "@/lib/agreements/queries";
import { agreementRelations, frameworkCoverage } from "@/lib/agreements/relation-queries";
import { parseSystemNote } from "@/lib/agreements/system-note";
import { translatorFor } from "@/lib/i18n/translator";
import { seedArticle } from "@/prisma/seed/article-seed";
import { PROVIDERS, createTestDatabase, type TestDatabase } from "../support/databases";
import { createTestAgreement, createUser } from "../support/factories";

describe.each(PROVIDERS)("relations between agreements on %s", (provider) => {
  let t: TestDatabase;
  let editor: CurrentUser;
  const run = (command: keyof typeof agreementCommands, input: Record<string, unknown>) =>
    executeCommand(agreementCommands[command] as Command<never, unknown>, editor, input, t.db, translatorFor("en")).then(
      (r) => r.result as ActionResult<{ reference: string; relationId?: string }>,
    );
  const relate = (reference: string, kind: string, otherReference: string) => run("addAgreementRelation", { reference, kind, otherReference });
  const agreement = async (overrides: Record<string, unknown> = {}) => (await createTestAgreement(t.db, editor, overrides)).reference;
  const relationCount = () => t.db.agreementRelation.count();
  const notesOf = async (reference: string) =>
    (await t.db.statusChange.findMany({ where: { agreement: { reference }, kind: "RELATION" }, orderBy: { changedAt: "asc" }, select: { systemNote: true } })).map(
      (n) => parseSystemNote(n.systemNote),
    );

  beforeAll(async () => {
    t = await createTestDatabase(provider);
    await seedArticle(t.db);
    editor = await createUser(t.db, "EDITOR");
  });
  afterAll(async () => t?.drop());

  it("records a relation once, seen from both ends, with a timeline note on each and an audit event", async () => {
    const [framework, implementing] = [await agreement(), await agreement()];
    const audits = await t.db.auditEvent.count({ where: { action: "agreement.relation-added" } });
    expect((await relate(implementing, "IMPLEMENTS", framework)).status).toBe("success");

    expect(await agreementRelations(implementing, t.db)).toMatchObject([{ kind: "IMPLEMENTS", direction: "outgoing", reference: framework }]);
    expect(await agreementRelations(framework, t.db)).toMatchObject([{ kind: "IMPLEMENTS", direction: "incoming", reference: implementing }]);
    expect(await notesOf(implementing)).toEqual([{ key: "relationAdded", values: { kind: "IMPLEMENTS", direction: "outgoing", reference: framework } }]);
    expect(await notesOf(framework)).toEqual([{ key: "relationAdded", values: { kind: "IMPLEMENTS", direction: "incoming", reference: implementing } }]);
    // One audit event on each end, each naming the other: both histories say it.
    expect(await t.db.auditEvent.count({ where: { action: "agreement.relation-added" } })).toBe(audits + 2);
    const ids = await t.db.agreement.findMany({ where: { reference: { in: [framework, implementing] } }, select: { id: true, reference: true } });
    const changesOf = async (reference: string) =>
      JSON.parse((await t.db.auditEvent.findFirstOrThrow({ where: { action: "agreement.relation-added", entityId: ids.find((a) => a.reference === reference)!.id } })).changes!);
    expect(await changesOf(implementing)).toEqual({ implements: { before: null, after: framework } });
    expect(await changesOf(framework)).toEqual({ implementedBy: { before: null, after: implementing } });

    // The note reads in each language, from each end.
    const note = (await notesOf(framework))[0]!;
    expect(translatorFor("en")(`agreement.systemNote.${note.key}`, note.values)).toBe(`Recorded: ${implementing} implements this framework.`);
    expect(translatorFor("zh-CN")(`agreement.systemNote.${note.key}`, note.values)).toBe(`已记录：${implementing} 落实本框架协议。`);

    const again = await relate(implementing, "IMPLEMENTS", framework);
    expect(again).toMatchObject({ status: "error", code: "CONFLICT", fieldErrors: { otherReference: ["This relation is already recorded."] } });
  });

  it("refuses an agreement related to itself, an unknown reference and a second RELATED in the other direction, changing nothing", async () => {
    const [a, b] = [await agreement(), await agreement()];
    const before = await relationCount();
    expect(await relate(a, "AMENDS", a)).toMatchObject({ status: "error", fieldErrors: { otherReference: ["An agreement cannot be related to itself."] } });
    expect(await relate(a, "AMENDS", "AG-1999-9999")).toMatchObject({ status: "error", code: "NOT_FOUND" });
    expect(await relate(a, "SOMETHING", b)).toMatchObject({ status: "error", code: "INVALID" });
    // A reference typed in lower case, with spaces around it, is the same reference.
    expect((await relate(a, "RELATED", `  ${b.toLowerCase()} `)).status).toBe("success");
    expect(await relate(b, "RELATED", a)).toMatchObject({ status: "error", code: "CONFLICT" });
    expect(await relationCount()).toBe(before + 1);
  });

  it("refuses a cycle however long and whatever the directed kinds along it, naming where it closes", async () => {
    const [a, b, c, d] = [await agreement(), await agreement(), await agreement(), await agreement()];
    expect((await relate(a, "IMPLEMENTS", b)).status).toBe("success");
    expect((await relate(b, "AMENDS", c)).status).toBe("success");
    expect((await relate(c, "SUPERSEDES", d)).status).toBe("success");
    const before = await relationCount();
    for (const kind of ["IMPLEMENTS", "AMENDS", "SUPERSEDES", "FOLLOWS_FROM"]) {
      const refused = await relate(d, kind, a);
      expect(refused).toMatchObject({ status: "error", code: "INVALID" });
      expect((refused as { fieldErrors: Record<string, string[]> }).fieldErrors.otherReference[0]).toContain(`${a} already rests on this agreement`);
    }
    expect(await relationCount()).toBe(before);
    // A diamond is not a cycle, and RELATED, which has no direction, may close a loop.
    expect((await relate(a, "FOLLOWS_FROM", c)).status).toBe("success");
    expect((await relate(d, "RELATED", a)).status).toBe("success");
  });

  it("relates two agreements in one way only: a second relation of another kind or the other way round is refused", async () => {
    const [framework, other] = [await agreement(), await agreement()];
    expect((await relate(other, "IMPLEMENTS", framework)).status).toBe("success");
    const before = await relationCount();
    for (const [from, kind, to] of [
      [other, "SUPERSEDES", framework],
      [other, "RELATED", framework],
      [framework, "RELATED", other],
      [framework, "FOLLOWS_FROM", other],
    ] as const) {
      expect(await relate(from, kind, to)).toMatchObject({
        status: "error",
        code: "CONFLICT",
        fieldErrors: { otherReference: [`${to} and this agreement are already related in another way. Remove that relation first if this one is what holds.`] },
      });
    }
    expect(await relationCount()).toBe(before);
  });

  it("archiving one end keeps the relation; removing it keeps both ends' history", async () => {
    const [old, replacement] = [await agreement(), await agreement()];
    const added = await relate(replacement, "SUPERSEDES", old);
    const version = (await t.db.agreement.findUniqueOrThrow({ where: { reference: old }, select: { version: true } })).version;
    expect((await run("setAgreementArchived", { reference: old, version, archived: true })).status).toBe("success");
    expect(await agreementRelations(replacement, t.db)).toMatchObject([{ kind: "SUPERSEDES", reference: old, archived: true }]);

    const relationId = (added as { data: { relationId: string } }).data.relationId;
    expect(await run("removeAgreementRelation", { reference: old, relationId: "not-a-relation" })).toMatchObject({ status: "error", code: "NOT_FOUND" });
    expect((await run("removeAgreementRelation", { reference: old, relationId })).status).toBe("success");
    expect(await agreementRelations(replacement, t.db)).toEqual([]);
    expect((await notesOf(old)).map((n) => n?.key)).toEqual(["relationAdded", "relationRemoved"]);
    expect((await notesOf(replacement)).map((n) => n?.key)).toEqual(["relationAdded", "relationRemoved"]);
    // Removing it again: already gone.
    expect(await run("removeAgreementRelation", { reference: old, relationId })).toMatchObject({ status: "error", code: "NOT_FOUND" });
  });

  it("tells a framework which of its focus areas no implementing agreement covers, and lists what is under it", async () => {
    const areas = await Promise.all(
      ["Relations: Teaching", "Relations: Research", "Relations: Mobility"].map((name) => t.db.focusArea.create({ data: { name }, select: { id: true, name: true, localName: true } })),
    );
    const [teaching, research, mobility] = areas;
    const framework = await agreement({ focusAreaIds: areas.map((a) => a.id) });
    // Nothing implements it yet: nothing is covered.
    expect(await frameworkCoverage(framework, t.db)).toEqual({ uncovered: [mobility, research, teaching], implementing: 0, areas: 3 });

    const first = await agreement({ focusAreaIds: [teaching!.id] });
    const second = await agreement({ focusAreaIds: [teaching!.id, research!.id] });
    const unrelated = await agreement({ focusAreaIds: [mobility!.id] });
    await relate(first, "IMPLEMENTS", framework);
    await relate(second, "IMPLEMENTS", framework);
    await relate(unrelated, "RELATED", framework);

    expect(await frameworkCoverage(framework, t.db)).toEqual({ uncovered: [mobility], implementing: 2, areas: 3 });
    // Mobility covered by an agreement that implements another framework covers nothing of this one.
    const otherFramework = await agreement({ focusAreaIds: [mobility!.id] });
    const elsewhere = await agreement({ focusAreaIds: [mobility!.id, research!.id] });
    await relate(elsewhere, "IMPLEMENTS", otherFramework);
    expect(await frameworkCoverage(framework, t.db)).toEqual({ uncovered: [mobility], implementing: 2, areas: 3 });
    expect(await frameworkCoverage(otherFramework, t.db)).toEqual({ uncovered: [], implementing: 1, areas: 1 });
    expect(await frameworkCoverage("AG-1999-0404", t.db)).toEqual({ uncovered: [], implementing: 0, areas: 0 });

    // A reference typed in lower case names the same framework; the list names it, and says when none has that reference.
    for (const typed of [framework, framework.toLowerCase()]) {
      const filters = parseListParams({ framework: typed });
      const under = await t.db.agreement.findMany({ where: agreementListWhere(filters), select: { reference: true }, orderBy: { reference: "asc" } });
      expect(under.map((a) => a.reference)).toEqual([first, second].sort());
      expect((await listFilterChoices(filters, t.db)).framework).toEqual({ reference: framework });
    }
    expect((await listFilterChoices(parseListParams({ framework: "AG-1999-0042" }), t.db)).framework).toBeNull();

    // A framework with no focus areas has nothing to cover: the page says so rather than "every area is covered".
    const bare = await agreement();
    await relate(first, "RELATED", bare);
    await relate(second, "IMPLEMENTS", bare);
    expect(await frameworkCoverage(bare, t.db)).toEqual({ uncovered: [], implementing: 1, areas: 0 });
  });
});
