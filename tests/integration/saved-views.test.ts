// Saved views of the agreements list: who may keep, share, open, rename and delete them,
// on both databases, through the commands the server actions run (session, role, zod, audit).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { executeCommand, type ActionResult, type Command } from "@/lib/actions/command";
import type { CurrentUser } from "@/lib/auth/current-user-type";
import { listAgreements } from "@/lib/agreements/queries";
import { parseListParams } from "@/lib/agreements/list-params";
import { viewCommands } from "@/lib/views/commands";
import { viewFor, viewsFor } from "@/lib/views/queries";
import { translatorFor } from "@/lib/i18n/translator";
import { seedArticle } from "@/prisma/seed/article-seed";
import { PROVIDERS, createTestDatabase, type TestDatabase } from "../support/databases";
import { createTestAgreement, createUser } from "../support/factories";

describe.each(PROVIDERS)("saved views on %s", (provider) => {
  let t: TestDatabase;
  let viewer: CurrentUser;
  let otherViewer: CurrentUser;
  let editor: CurrentUser;
  let admin: CurrentUser;
  const run = async <R>(command: Command<never, R>, actor: CurrentUser | null, input: unknown, locale: "en" | "zh-CN" = "en") =>
    (await executeCommand(command, actor, input, t.db, translatorFor(locale))).result as ActionResult<R>;
  const save = (actor: CurrentUser, input: Record<string, unknown>) =>
    run(viewCommands.saveView as Command<never, { id: string; query: string }>, actor, input);

  beforeAll(async () => {
    t = await createTestDatabase(provider);
    await seedArticle(t.db);
    viewer = await createUser(t.db, "VIEWER");
    otherViewer = await createUser(t.db, "VIEWER");
    editor = await createUser(t.db, "EDITOR");
    admin = await createUser(t.db, "ADMIN");
  });
  afterAll(async () => t?.drop());

  it("keeps a viewer's private view, in the list's own spelling, and audits it; nobody else sees it", async () => {
    const result = await save(viewer, { name: "My negotiations", query: "?status=NEGOTIATING&page=3&bogus=1&columns=reference,owner,nonsense" });
    expect(result).toMatchObject({ status: "success" });
    const { id, query } = (result as { data: { id: string; query: string } }).data;
    // The page number and unknown parameters are not part of a view.
    expect(query).toBe("status=NEGOTIATING&columns=reference%2Cowner");
    expect(parseListParams(Object.fromEntries(new URLSearchParams(query)))).toMatchObject({ status: "NEGOTIATING", columns: ["reference", "owner"] });
    const audit = await t.db.auditEvent.findFirstOrThrow({ where: { entityType: "SavedView", entityId: id } });
    expect(audit).toMatchObject({ action: "view.created", actorId: viewer.id });

    expect((await viewsFor(viewer, t.db)).map((v) => v.name)).toContain("My negotiations");
    expect((await viewsFor(otherViewer, t.db)).map((v) => v.name)).not.toContain("My negotiations");
    expect(await viewFor(otherViewer, id, t.db)).toBeNull();
    expect(await viewFor(editor, id, t.db)).toBeNull();
  });

  it("refuses to let a viewer share a view with everyone, and saves nothing", async () => {
    const before = await t.db.savedView.count();
    const result = await save(viewer, { name: "For everyone", query: "status=ACTIVE", shared: "on" });
    expect(result).toMatchObject({ status: "error", code: "INVALID", fieldErrors: { shared: [expect.stringContaining("editors")] } });
    expect(await t.db.savedView.count()).toBe(before);
  });

  it("shares an editor's view with everyone: another user's link opens it, with the same agreements", async () => {
    const { reference } = await createTestAgreement(t.db, editor, { status: "NEGOTIATING", title: "Shared view agreement" });
    const result = await save(editor, { name: "Negotiating now", query: "status=NEGOTIATING&columns=reference,title,owner", shared: true });
    expect(result).toMatchObject({ status: "success" });
    const { id } = (result as { data: { id: string } }).data;

    const opened = await viewFor(otherViewer, id, t.db);
    expect(opened).toMatchObject({ name: "Negotiating now", shared: true, ownerName: editor.name, manageable: false, mine: false });
    const list = await listAgreements(parseListParams(Object.fromEntries(new URLSearchParams(opened!.query))), { database: t.db });
    expect(list.rows.map((r) => r.reference)).toContain(reference);
    expect(list.rows.find((r) => r.reference === reference)).toMatchObject({ owner: null, title: "Shared view agreement" });
    // Every signed-in person sees it among the views, after their own.
    const seen = await viewsFor(otherViewer, t.db);
    expect(seen.map((v) => v.name)).toContain("Negotiating now");
  });

  it("lets only the owner or an administrator rename or delete a view", async () => {
    const { data } = (await save(editor, { name: "Owned", query: "", shared: true })) as { data: { id: string } };
    const rename = viewCommands.updateView as Command<never, unknown>;
    const remove = viewCommands.deleteView as Command<never, unknown>;

    expect(await run(rename, otherViewer, { id: data.id, name: "Hijacked", shared: true })).toMatchObject({ status: "error", code: "INVALID" });
    expect(await run(remove, otherViewer, { id: data.id })).toMatchObject({ status: "error", code: "INVALID" });
    expect((await t.db.savedView.findUniqueOrThrow({ where: { id: data.id } })).name).toBe("Owned");

    expect(await run(rename, editor, { id: data.id, name: "Owned, renamed", shared: true })).toMatchObject({ status: "success" });
    expect(await run(rename, admin, { id: data.id, name: "Tidied by admin", shared: false })).toMatchObject({ status: "success" });
    expect(await t.db.savedView.findUniqueOrThrow({ where: { id: data.id } })).toMatchObject({ name: "Tidied by admin", shared: false });
    // Unshared, it is no longer anyone else's to open.
    expect(await viewFor(otherViewer, data.id, t.db)).toBeNull();
    expect(await run(remove, admin, { id: data.id })).toMatchObject({ status: "success" });
    expect(await t.db.savedView.count({ where: { id: data.id } })).toBe(0);
    const actions = (await t.db.auditEvent.findMany({ where: { entityId: data.id }, orderBy: { at: "asc" } })).map((a) => a.action);
    expect(actions).toEqual(["view.created", "view.updated", "view.updated", "view.deleted"]);
  });

  it("does not reveal another person's private view, and says so in the person's language", async () => {
    const { data } = (await save(viewer, { name: "Secret", query: "status=DRAFT" })) as { data: { id: string } };
    const result = await run(viewCommands.deleteView as Command<never, unknown>, otherViewer, { id: data.id }, "zh-CN");
    expect(result).toMatchObject({ status: "error", code: "NOT_FOUND", formError: "该视图不存在，或未与您共享。" });
    expect(await t.db.savedView.count({ where: { id: data.id } })).toBe(1);
  });

  it("refuses a second view of the same name for one person, and an empty name", async () => {
    await save(viewer, { name: "Twice", query: "" });
    expect(await save(viewer, { name: "Twice", query: "status=ACTIVE" })).toMatchObject({ status: "error", code: "CONFLICT", fieldErrors: { name: [expect.any(String)] } });
    expect(await save(viewer, { name: "   ", query: "" })).toMatchObject({ status: "error", code: "INVALID", fieldErrors: { name: ["Give the view a name."] } });
    // Another person may use the same name.
    expect(await save(otherViewer, { name: "Twice", query: "" })).toMatchObject({ status: "success" });
  });

  it("reads what the chosen columns show (owner, focus areas, signatories, dates) only when they are chosen", async () => {
    const focus = await t.db.focusArea.findFirstOrThrow({ select: { id: true, name: true } });
    const { reference } = await createTestAgreement(t.db, editor, {
      title: "Columns agreement",
      ownerId: editor.id,
      focusAreaIds: [focus.id],
      signedPlace: "Nanning",
      termMonths: 24,
      noticePeriodDays: 90,
    });
    const find = async (columns?: string) => {
      const list = await listAgreements(parseListParams({ q: "Columns agreement", ...(columns ? { columns } : {}) }), { database: t.db });
      return list.rows.find((r) => r.reference === reference)!;
    };
    const chosen = await find("reference,owner,focusAreas,signatories,place,noticeDeadline,termMonths,partnerCountries");
    expect(chosen).toMatchObject({ owner: editor.name, focusAreas: [focus.name], place: "Nanning", termMonths: 24, noticePeriodDays: 90 });
    expect(chosen.signatories).toEqual([expect.stringContaining("Partner Rector")]);
    expect(chosen.partners.map((p) => p.country)).toEqual(["CN"]);
    expect(chosen.endsOn?.iso).toBe("2026-03-14");
    expect(chosen.noticeDeadline?.iso).toBe("2025-12-14");
    // The default list does not read them.
    expect(await find()).toMatchObject({ owner: null, focusAreas: [], signatories: [], place: null });
  });

  it("refuses anonymous callers", async () => {
    expect(await save(null as unknown as CurrentUser, { name: "Nobody", query: "" })).toMatchObject({ status: "error", code: "UNAUTHENTICATED" });
  });
});
