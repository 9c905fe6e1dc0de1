// The agreement use cases on real SQLite and PostgreSQL databases.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { executeCommand } from "@/lib/actions/command";
import type { CurrentUser } from "@/lib/auth/current-user-type";
import { agreementCommands } from "@/lib/agreements/commands";
import { CreateAgreementSchema } from "@/lib/agreements/schema";
import { createAgreement } from "@/lib/agreements/service";
import { parseSystemNote } from "@/lib/agreements/system-note";
import { recordAudit } from "@/lib/audit/record-audit";
import { translatorFor } from "@/lib/i18n/translator";
import { seedArticle } from "@/prisma/seed/article-seed";
import { PROVIDERS, createTestDatabase, type TestDatabase } from "../support/databases";
import { agreementVersion, createTestAgreement, createUser, newAgreementInput } from "../support/factories";

describe.each(PROVIDERS)("agreements on %s", (provider) => {
  let t: TestDatabase;
  let editor: CurrentUser;
  const run = <K extends keyof typeof agreementCommands>(name: K, input: unknown, actor: CurrentUser = editor) =>
    executeCommand(agreementCommands[name] as never, actor, input, t.db).then((r) => r.result);
  const counts = async () => ({
    agreements: await t.db.agreement.count(),
    organizations: await t.db.organization.count(),
    people: await t.db.person.count(),
    audit: await t.db.auditEvent.count(),
    timeline: await t.db.statusChange.count(),
  });

  beforeAll(async () => {
    t = await createTestDatabase(provider);
    await seedArticle(t.db);
    editor = await createUser(t.db, "EDITOR");
  });
  afterAll(async () => t?.drop());

  it("logs a new agreement with a new partner and signatory, numbered by its signing year, with its audit event", async () => {
    const focus = await t.db.focusArea.findFirstOrThrow({ where: { name: "Talent exchange and cooperation" } });
    const result = await run("createAgreement", newAgreementInput({ focusAreaIds: [focus.id], status: "ACTIVE", termMonths: "60", noticePeriodDays: "90" }));
    expect(result).toMatchObject({ status: "success", data: { reference: "AG-2024-0001" } });
    const created = await t.db.agreement.findUniqueOrThrow({
      where: { reference: "AG-2024-0001" },
      select: {
        id: true,
        status: true,
        expiresOn: true,
        expiresOnPrecision: true,
        endsOn: true,
        noticeDeadline: true,
        parties: { select: { role: true, organization: { select: { name: true, localName: true, isOwnInstitution: true } } }, orderBy: { order: "asc" } },
        participants: { select: { role: true, person: { select: { position: true } }, onBehalfOf: { select: { localName: true } } } },
        focusAreas: { select: { focusAreaId: true } },
        statusChanges: { select: { toStatus: true, changedById: true } },
      },
    });
    expect(created.status).toBe("ACTIVE");
    expect(created.parties[0]).toMatchObject({ role: "OUR_INSTITUTION", organization: { isOwnInstitution: true } });
    expect(created.parties[1]).toMatchObject({ role: "PARTNER", organization: { localName: "测试大学" } });
    expect(created.participants).toEqual([{ role: "SIGNATORY", person: { position: "Rector" }, onBehalfOf: { localName: "测试大学" } }]);
    expect(created.focusAreas).toEqual([{ focusAreaId: focus.id }]);
    expect(created.expiresOn?.toISOString().slice(0, 10)).toBe("2029-03-14");
    expect(created.noticeDeadline?.toISOString().slice(0, 10)).toBe("2028-12-14");
    expect(created.statusChanges).toEqual([{ toStatus: "ACTIVE", changedById: editor.id }]);
    const audit = await t.db.auditEvent.findMany({ where: { entityId: created.id }, select: { action: true, actorId: true, changes: true } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "agreement.created", actorId: editor.id });
    expect(JSON.parse(audit[0].changes!).title.after).toMatch(/^Student Exchange Agreement/);
    expect(await t.db.auditEvent.count({ where: { action: "organization.created", actorId: editor.id } })).toBeGreaterThanOrEqual(1);
  });

  it("continues the seed's numbering in a year that already has agreements", async () => {
    const result = await run("createAgreement", newAgreementInput({ signedOn: "2020-06" }));
    expect(result).toMatchObject({ status: "success", data: { reference: "AG-2020-0009" } });
    const next = await run("createAgreement", newAgreementInput({ signedOn: "2020" }));
    expect(next).toMatchObject({ status: "success", data: { reference: "AG-2020-0010" } });
  });

  it("refuses bad input with messages per field and writes nothing", async () => {
    const before = await counts();
    const result = await run("createAgreement", { ...newAgreementInput(), title: " ", signedOn: "3 January", parties: [], extra: "x" });
    expect(result.status).toBe("error");
    if (result.status !== "error") return;
    expect(result.fieldErrors?.title).toEqual(["Give the agreement a title, or say that it is not known or that it has none."]);
    expect(result.fieldErrors?.signedOn?.[0]).toMatch(/YYYY, YYYY-MM or YYYY-MM-DD/);
    expect(result.fieldErrors?.parties).toEqual(["Add at least one partner."]);
    expect(JSON.stringify(result.fieldErrors)).toContain("extra");
    expect(await counts()).toEqual(before);
  });

  it("refuses a reference to something that does not exist, naming the field, and writes nothing", async () => {
    const before = await counts();
    const result = await run("createAgreement", newAgreementInput({ parties: [{ organizationId: "no-such-organisation" }] }));
    expect(result).toMatchObject({ status: "error", fieldErrors: { "parties.0.organizationId": ["Choose an organisation from the list."] } });
    expect(await counts()).toEqual(before);
  });

  it("writes an agreement and its audit event together or not at all", async () => {
    const before = await counts();
    const input = CreateAgreementSchema.parse(newAgreementInput());
    // The write succeeds, then the audit event fails (an unknown actor): neither may remain.
    await expect(
      t.db.$transaction(async (tx) => {
        const { reference } = await createAgreement(tx, input, editor);
        await recordAudit(tx, { actorId: "no-such-user", action: "agreement.checked", entityType: "Agreement", entityId: reference });
      }),
    ).rejects.toThrow();
    expect(await counts()).toEqual(before);
    // And a failure after both leaves neither.
    await expect(
      t.db.$transaction(async (tx) => {
        await createAgreement(tx, input, editor);
        throw new Error("power cut");
      }),
    ).rejects.toThrow("power cut");
    expect(await counts()).toEqual(before);
  });

  it("lets exactly one of two saves from the same version win, and tells the other about the conflict", async () => {
    const { reference } = await createTestAgreement(t.db, editor);
    const version = await agreementVersion(t.db, reference);
    const edit = (title: string) => ({ ...newAgreementInput({ title }), reference, version });
    const first = await run("updateAgreement", edit("First title"));
    const second = await run("updateAgreement", edit("Second title"));
    expect(first.status).toBe("success");
    expect(second).toMatchObject({ status: "error", code: "CONFLICT" });
    if (second.status === "error") expect(second.formError).toMatch(/Someone else changed this agreement/);
    const saved = await t.db.agreement.findUniqueOrThrow({ where: { reference }, select: { id: true, title: true, version: true } });
    expect(saved).toMatchObject({ title: "First title", version: version + 1 });
    const updates = await t.db.auditEvent.findMany({ where: { entityId: saved.id, action: "agreement.updated" }, select: { changes: true } });
    expect(updates).toHaveLength(1);
    expect(JSON.parse(updates[0].changes!).title).toEqual({ before: expect.stringMatching(/^Student Exchange/), after: "First title" });
  });

  it("moves an agreement along allowed transitions only, recording each on its timeline", async () => {
    const { reference } = await createTestAgreement(t.db, editor);
    const forbidden = await run("changeAgreementStatus", { reference, version: await agreementVersion(t.db, reference), toStatus: "EXPIRED" });
    expect(forbidden).toMatchObject({ status: "error", code: "INVALID", fieldErrors: { toStatus: ["An agreement that is draft cannot become expired."] } });
    for (const toStatus of ["NEGOTIATING", "AWAITING_SIGNATURE", "ACTIVE"]) {
      const result = await run("changeAgreementStatus", { reference, version: await agreementVersion(t.db, reference), toStatus, note: `to ${toStatus}` });
      expect(result.status, toStatus).toBe("success");
    }
    const timeline = await t.db.statusChange.findMany({
      where: { agreement: { reference } },
      orderBy: { changedAt: "asc" },
      select: { fromStatus: true, toStatus: true, note: true },
    });
    expect(timeline.map((c) => `${c.fromStatus ?? "∅"}→${c.toStatus}`)).toEqual(["∅→DRAFT", "DRAFT→NEGOTIATING", "NEGOTIATING→AWAITING_SIGNATURE", "AWAITING_SIGNATURE→ACTIVE"]);
  });

  it("renews an agreement into a draft that copies parties, signatories and focus areas, and marks the original renewed when the renewal is active", async () => {
    const focus = await t.db.focusArea.findFirstOrThrow({ where: { name: "Joint scientific and technological research" } });
    const { reference } = await createTestAgreement(t.db, editor, { status: "ACTIVE", focusAreaIds: [focus.id], noticePeriodDays: 30 });
    const renewal = await run("renewAgreement", { reference, version: await agreementVersion(t.db, reference), signedOn: "2027-03-15", termMonths: 24 }); // not more than a year ahead: the chronology rule refuses that
    expect(renewal.status).toBe("success");
    const successorRef = renewal.status === "success" ? (renewal.data as { reference: string }).reference : "";
    expect(successorRef).toBe("AG-2027-0001");
    const [original, successor] = await Promise.all(
      [reference, successorRef].map((r) =>
        t.db.agreement.findUniqueOrThrow({
          where: { reference: r },
          select: {
            status: true,
            title: true,
            noticePeriodDays: true,
            expiresOn: true,
            renewalOf: { select: { reference: true } },
            parties: { select: { organizationId: true, role: true }, orderBy: { order: "asc" } },
            participants: { select: { personId: true, onBehalfOfId: true } },
            focusAreas: { select: { focusAreaId: true } },
          },
        }),
      ),
    );
    expect(successor.status).toBe("DRAFT");
    expect(successor.renewalOf?.reference).toBe(reference);
    expect(successor.title).toBe(original.title);
    expect(successor.noticePeriodDays).toBe(30);
    expect(successor.expiresOn?.toISOString().slice(0, 10)).toBe("2029-03-14");
    expect(successor.parties).toEqual(original.parties);
    expect(successor.participants).toEqual(original.participants);
    expect(successor.focusAreas).toEqual([{ focusAreaId: focus.id }]);
    expect(original.status).toBe("ACTIVE");

    const again = await run("renewAgreement", { reference, version: await agreementVersion(t.db, reference) });
    expect(again).toMatchObject({ status: "error", code: "CONFLICT" });

    const activated = await run("changeAgreementStatus", { reference: successorRef, version: await agreementVersion(t.db, successorRef), toStatus: "ACTIVE" });
    expect(activated.status).toBe("success");
    const after = await t.db.agreement.findUniqueOrThrow({
      where: { reference },
      select: { status: true, statusChanges: { orderBy: { changedAt: "desc" }, take: 1, select: { toStatus: true, note: true, systemNote: true } } },
    });
    // Pacta's own note is a message key with its values, rendered in each reader's language.
    expect(after.status).toBe("RENEWED");
    expect(after.statusChanges).toHaveLength(1);
    expect(after.statusChanges[0]).toMatchObject({ toStatus: "RENEWED", note: null });
    const note = parseSystemNote(after.statusChanges[0].systemNote);
    expect(note).toEqual({ key: "renewedBy", values: { reference: successorRef } });
    expect(translatorFor("en")(`agreement.systemNote.${note!.key}`, note!.values)).toBe(`Renewed by ${successorRef}.`);
    expect(translatorFor("zh-CN")(`agreement.systemNote.${note!.key}`, note!.values)).toBe(`已由 ${successorRef} 续签。`);
  });

  it("records an amendment as a timeline event that leaves the status alone", async () => {
    const { reference } = await createTestAgreement(t.db, editor, { status: "ACTIVE" });
    const result = await run("recordAmendment", { reference, note: "Annex 2 adds joint doctoral supervision." });
    expect(result.status).toBe("success");
    const agreement = await t.db.agreement.findUniqueOrThrow({
      where: { reference },
      select: { status: true, statusChanges: { where: { kind: "AMENDMENT" }, select: { fromStatus: true, toStatus: true, note: true } } },
    });
    expect(agreement).toEqual({ status: "ACTIVE", statusChanges: [{ fromStatus: "ACTIVE", toStatus: "ACTIVE", note: "Annex 2 adds joint doctoral supervision." }] });
  });

  it("archives and restores an agreement", async () => {
    const { reference } = await createTestAgreement(t.db, editor);
    expect((await run("setAgreementArchived", { reference, version: await agreementVersion(t.db, reference), archived: "on" })).status).toBe("success");
    expect((await t.db.agreement.findUniqueOrThrow({ where: { reference } })).archived).toBe(true);
    expect((await run("setAgreementArchived", { reference, version: await agreementVersion(t.db, reference), archived: "" })).status).toBe("success");
    expect((await t.db.agreement.findUniqueOrThrow({ where: { reference } })).archived).toBe(false);
    const id = (await t.db.agreement.findUniqueOrThrow({ where: { reference } })).id;
    expect((await t.db.auditEvent.findMany({ where: { entityId: id }, orderBy: { at: "asc" } })).map((e) => e.action)).toEqual([
      "agreement.created",
      "agreement.archived",
      "agreement.restored",
    ]);
  });
});
