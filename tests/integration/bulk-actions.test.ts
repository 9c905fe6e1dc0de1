// Bulk changes on the list, on both databases: each agreement goes through the single change's
// rules; one transaction, one audit event per agreement changed; one refusal refuses the batch
// and writes nothing.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { executeCommand, type ActionResult, type Command } from "@/lib/actions/command";
import type { CurrentUser } from "@/lib/auth/current-user-type";
import { bulkCommands } from "@/lib/agreements/bulk-commands";
import { translatorFor } from "@/lib/i18n/translator";
import { seedArticle } from "@/prisma/seed/article-seed";
import { PROVIDERS, createTestDatabase, type TestDatabase } from "../support/databases";
import { agreementVersion, createTestAgreement, createUser } from "../support/factories";

type Preview = { total: number; changes: number; references: string[] };
type Done = { changed: number; references: string[] };

describe.each(PROVIDERS)("bulk actions on %s", (provider) => {
  let t: TestDatabase;
  let editor: CurrentUser;
  let viewer: CurrentUser;
  const preview = async (actor: CurrentUser, input: unknown) =>
    (await executeCommand(bulkCommands.previewBulkAction as Command<never, Preview>, actor, input, t.db)).result as ActionResult<Preview>;
  const runBatch = async (actor: CurrentUser, input: unknown, locale: "en" | "zh-CN" = "en") =>
    (await executeCommand(bulkCommands.runBulkAction as Command<never, Done>, actor, input, t.db, translatorFor(locale))).result as ActionResult<Done>;

  /** Agreements whose titles share a fresh word, so that a search selects exactly them. */
  async function agreements(statuses: string[]) {
    const word = `batch${randomBytes(3).toString("hex")}`;
    const references: string[] = [];
    for (const status of statuses) references.push((await createTestAgreement(t.db, editor, { status, title: `${word} agreement` })).reference);
    const items = await Promise.all(references.map(async (reference) => ({ reference, version: await agreementVersion(t.db, reference) })));
    return { word, references, items };
  }

  /** Everything a batch could write, to show that a refused one wrote nothing. */
  const state = async (references: string[]) => ({
    agreements: await t.db.agreement.findMany({
      where: { reference: { in: references } },
      select: { reference: true, version: true, status: true, archived: true, ownerId: true, focusAreas: { select: { focusAreaId: true } } },
      orderBy: { reference: "asc" },
    }),
    timeline: await t.db.statusChange.count(),
    audit: await t.db.auditEvent.count(),
  });

  beforeAll(async () => {
    t = await createTestDatabase(provider);
    await seedArticle(t.db);
    editor = await createUser(t.db, "EDITOR");
    viewer = await createUser(t.db, "VIEWER");
  });
  afterAll(async () => t?.drop());

  it("archives two chosen agreements in one batch, with one audit event each, after a preview that counts them", async () => {
    const { references, items } = await agreements(["DRAFT", "DRAFT"]);
    expect(await preview(editor, { operation: "archive", items })).toMatchObject({ status: "success", data: { total: 2, changes: 2 } });
    // The preview writes nothing.
    expect((await state(references)).agreements.every((a) => !a.archived)).toBe(true);

    const result = await runBatch(editor, { operation: "archive", items, expectedChanges: 2 });
    expect(result).toMatchObject({ status: "success", data: { changed: 2 } });
    const after = await state(references);
    expect(after.agreements.map((a) => [a.archived, a.version])).toEqual([[true, 2], [true, 2]]);
    const ids = (await t.db.agreement.findMany({ where: { reference: { in: references } }, select: { id: true } })).map((a) => a.id);
    expect(await t.db.auditEvent.count({ where: { entityId: { in: ids }, action: "agreement.archived", actorId: editor.id } })).toBe(2);

    // Restoring them counts the ones still to change: both.
    const restored = items.map((i) => ({ ...i, version: 2 }));
    expect(await runBatch(editor, { operation: "restore", items: restored })).toMatchObject({ status: "success", data: { changed: 2 } });
  });

  it("refuses the whole batch when the lifecycle forbids the change for one agreement, and writes nothing", async () => {
    const { references, items } = await agreements(["DRAFT", "ACTIVE", "DRAFT"]);
    const before = await state(references);
    const input = { operation: "changeStatus", toStatus: "NEGOTIATING", items };
    const refusedPreview = await preview(editor, input);
    expect(refusedPreview).toMatchObject({ status: "error", code: "INVALID" });
    const result = await runBatch(editor, input);
    expect(result.status).toBe("error");
    // The message names the agreement and the single change's own reason.
    expect((result as { formError: string }).formError).toBe(
      `${references[1]} refused the change, so nothing was changed: An agreement that is active cannot become negotiating.`,
    );
    expect(await state(references)).toEqual(before);
  });

  it("refuses the whole batch when one chosen agreement changed since it was shown (stale version)", async () => {
    const { references, items } = await agreements(["DRAFT", "DRAFT"]);
    const stale = [items[0], { ...items[1], version: items[1].version }];
    // Someone else saves the second one in between.
    await t.db.agreement.update({ where: { reference: references[1] }, data: { version: { increment: 1 } } });
    const before = await state(references);
    const result = await runBatch(editor, { operation: "changeStatus", toStatus: "NEGOTIATING", items: stale }, "zh-CN");
    expect(result).toMatchObject({ status: "error", code: "CONFLICT" });
    expect((result as { formError: string }).formError).toContain(`${references[1]} 拒绝了此更改`);
    expect(await state(references)).toEqual(before);
  });

  it("reassigns the owner of every agreement the filters select, and refuses when the count confirmed is no longer right", async () => {
    const { word, references } = await agreements(["DRAFT", "NEGOTIATING", "ACTIVE"]);
    const newOwner = await createUser(t.db, "EDITOR");
    const input = { operation: "reassignOwner", ownerId: newOwner.id, query: `q=${word}` };
    expect(await preview(editor, input)).toMatchObject({ status: "success", data: { total: 3, changes: 3 } });

    const before = await state(references);
    expect(await runBatch(editor, { ...input, expectedChanges: 2 })).toMatchObject({ status: "error", code: "CONFLICT" });
    expect(await state(references)).toEqual(before);

    expect(await runBatch(editor, { ...input, expectedChanges: 3 })).toMatchObject({ status: "success", data: { changed: 3 } });
    const after = await state(references);
    expect(after.agreements.every((a) => a.ownerId === newOwner.id)).toBe(true);
    expect(after.audit - before.audit).toBe(3);
    const event = await t.db.auditEvent.findFirstOrThrow({ where: { action: "agreement.updated" }, orderBy: { at: "desc" } });
    expect(JSON.parse(event.changes!)).toEqual({ owner: { before: null, after: newOwner.name } });
  });

  it("adds a focus area where it is missing, counting the agreements that already have it as unchanged", async () => {
    const focus = await t.db.focusArea.create({ data: { name: `Focus ${randomBytes(3).toString("hex")}` } });
    const { references, items } = await agreements(["DRAFT", "DRAFT"]);
    const first = await t.db.agreement.findUniqueOrThrow({ where: { reference: references[0] }, select: { id: true } });
    await t.db.agreementFocusArea.create({ data: { agreementId: first.id, focusAreaId: focus.id } });
    // The second's focus areas were not known: one added makes them known (decision 022).
    await t.db.agreement.update({ where: { reference: references[1] }, data: { focusAreasKnowledge: "UNKNOWN" } });
    const input = { operation: "addFocusArea", focusAreaId: focus.id, items };
    expect(await preview(editor, input)).toMatchObject({ status: "success", data: { total: 2, changes: 1, references: [references[1]] } });
    const before = await state(references);
    expect(await runBatch(editor, { ...input, expectedChanges: 1 })).toMatchObject({ status: "success", data: { changed: 1 } });
    const after = await state(references);
    expect(after.agreements.map((a) => a.focusAreas.length)).toEqual([1, 1]);
    expect(after.audit - before.audit).toBe(1);
    expect(await t.db.agreement.findUniqueOrThrow({ where: { reference: references[1] }, select: { focusAreasKnowledge: true } })).toEqual({ focusAreasKnowledge: "KNOWN" });
    const event = await t.db.auditEvent.findFirstOrThrow({ where: { action: "agreement.updated" }, orderBy: { at: "desc" } });
    expect(JSON.parse(event.changes!)).toMatchObject({ focusAreasKnowledge: { before: "UNKNOWN", after: null } });
  });

  it("refuses a viewer, an empty choice, a missing owner and a set above the limit, changing nothing", async () => {
    const { references, items } = await agreements(["DRAFT"]);
    const before = await state(references);
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    expect(await runBatch(viewer, { operation: "archive", items })).toMatchObject({ status: "error", code: "FORBIDDEN" });
    warn.mockRestore();
    expect(await runBatch(editor, { operation: "archive", items: [] })).toMatchObject({ status: "error", code: "INVALID", fieldErrors: { items: ["Choose at least one agreement."] } });
    expect(await runBatch(editor, { operation: "reassignOwner", items })).toMatchObject({ status: "error", code: "INVALID", fieldErrors: { ownerId: [expect.any(String)] } });
    expect(await runBatch(editor, { operation: "reassignOwner", ownerId: "no-such-user", items })).toMatchObject({ status: "error", fieldErrors: { ownerId: [expect.any(String)] } });
    const tooMany = Array.from({ length: 501 }, (_, i) => ({ reference: `AG-1999-${String(i).padStart(4, "0")}`, version: 1 }));
    expect(await runBatch(editor, { operation: "archive", items: tooMany })).toMatchObject({
      status: "error",
      fieldErrors: { items: ["At most 500 agreements can be changed at once. Narrow the filters first."] },
    });
    expect(await state(references)).toEqual(before);
  });
});
