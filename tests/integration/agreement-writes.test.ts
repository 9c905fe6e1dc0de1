// One way to write an agreement: the form, a renewal, an import and the generated demo
// portfolio all store agreements through lib/agreements/write.ts, so each leaves the same
// shape behind (our institution as party 0, a first timeline entry, a search document, an
// audit trail), and what an import adds to the reference lists is audited as on the Lists page.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { executeCommand, type ActionResult, type Command } from "@/lib/actions/command";
import type { CurrentUser } from "@/lib/auth/current-user-type";
import { ownInstitution } from "@/lib/agreements/service";
import { parseSystemNote } from "@/lib/agreements/system-note";
import { insertAgreements, insertRows } from "@/lib/agreements/write";
import { searchDocument, searchSourceSelect } from "@/lib/agreements/search-document";
import { importCommands } from "@/lib/import/commands";
import { translatorFor } from "@/lib/i18n/translator";
import { seedArticle } from "@/prisma/seed/article-seed";
import { seedDemoPortfolio } from "@/prisma/seed/demo-portfolio";
import { PROVIDERS, createTestDatabase, type TestDatabase } from "../support/databases";
import { createTestAgreement, createUser } from "../support/factories";

const importFile = (text: string) => new File([text], "register.csv", { type: "text/csv" });

describe.each(PROVIDERS)("writing agreements on %s", (provider) => {
  let t: TestDatabase;
  let editor: CurrentUser;
  let admin: CurrentUser;
  const runImport = (actor: CurrentUser, file: File) =>
    executeCommand(importCommands.importAgreements as Command<never, unknown>, actor, { file }, t.db).then((r) => r.result as ActionResult<{ references: string[] }>);

  beforeAll(async () => {
    t = await createTestDatabase(provider);
    await seedArticle(t.db);
    editor = await createUser(t.db, "EDITOR");
    admin = await createUser(t.db, "ADMIN");
  });
  afterAll(async () => t?.drop());

  /** What every stored agreement must have, however it was written. */
  async function shapeOf(reference: string) {
    const a = await t.db.agreement.findUniqueOrThrow({
      where: { reference },
      select: {
        searchText: true,
        parties: { orderBy: { order: "asc" }, select: { order: true, role: true, organization: { select: { isOwnInstitution: true } } } },
        statusChanges: { select: { toStatus: true, systemNote: true } },
      },
    });
    return {
      ownInstitutionFirst: a.parties[0]?.role === "OUR_INSTITUTION" && a.parties[0].order === 0 && a.parties[0].organization.isOwnInstitution,
      ownInstitutionOnce: a.parties.filter((p) => p.role === "OUR_INSTITUTION").length === 1,
      ordersInSequence: a.parties.every((p, i) => p.order === i),
      searchable: Boolean(a.searchText && a.searchText.includes(reference.toLowerCase())),
      firstTimelineEntries: a.statusChanges.length,
      origin: parseSystemNote(a.statusChanges[0]?.systemNote)?.key ?? null,
    };
  }
  const wellFormed = { ownInstitutionFirst: true, ownInstitutionOnce: true, ordersInSequence: true, searchable: true, firstTimelineEntries: 1 };

  it("gives an agreement logged in the form, an imported one and a generated one the same shape", async () => {
    const { reference: logged } = await createTestAgreement(t.db, editor);
    expect(await shapeOf(logged)).toEqual({ ...wellFormed, origin: null });

    // The import names our own institution among the partners: it is party 0, never twice.
    const imported = await runImport(editor, importFile("Title,Partners,Signed on\nJoint lab,Wuhan University of Technology; Example Polytechnic,2022-05-01\n"));
    expect(imported.status).toBe("success");
    const [importedReference] = imported.status === "success" ? imported.data.references : [];
    expect(await shapeOf(importedReference)).toEqual({ ...wellFormed, origin: "importedFrom" });

    await seedDemoPortfolio(t.db, 30);
    const generated = await t.db.agreement.findFirstOrThrow({ where: { title: { contains: "with" }, statusChanges: { some: { systemNote: { contains: "generatedForDemo" } } } }, select: { reference: true } });
    expect(await shapeOf(generated.reference)).toEqual({ ...wellFormed, origin: "generatedForDemo" });
  });

  it("says where an imported agreement came from in the reader's language", async () => {
    const result = await runImport(editor, importFile("Title,Partners,Signed on\nSecond joint lab,Example Polytechnic,2022-06\n"));
    expect(result.status).toBe("success");
    const reference = result.status === "success" ? result.data.references[0] : "";
    const change = await t.db.statusChange.findFirstOrThrow({ where: { agreement: { reference } }, select: { note: true, systemNote: true } });
    expect(change.note).toBeNull();
    const note = parseSystemNote(change.systemNote)!;
    expect(translatorFor("en")(`agreement.systemNote.${note.key}`, note.values)).toBe("Imported from register.csv, line 2.");
    expect(translatorFor("zh-CN")(`agreement.systemNote.${note.key}`, note.values)).toBe("导入自 register.csv 第 2 行。");
  });

  it("audits the types and focus areas an import adds, as the Lists page does", async () => {
    const result = await runImport(admin, importFile("Title,Partners,Signed on,Type,Focus areas\nOcean lab,Example Polytechnic,2023,Ocean consortium,Marine robotics\n"));
    expect(result.status).toBe("success");
    const type = await t.db.agreementType.findFirstOrThrow({ where: { name: "Ocean consortium" }, select: { id: true, code: true } });
    const focus = await t.db.focusArea.findFirstOrThrow({ where: { name: "Marine robotics" }, select: { id: true } });
    expect(type.code).toBe("OCEAN_CONSORTIUM");
    const audited = await t.db.auditEvent.findMany({ where: { entityId: { in: [type.id, focus.id] } }, select: { action: true, actorId: true } });
    expect(audited.sort((a, b) => a.action.localeCompare(b.action))).toEqual([
      { action: "agreement-type.created", actorId: admin.id },
      { action: "focus-area.created", actorId: admin.id },
    ]);
  });

  it("refuses to store our own institution as one of the other parties", async () => {
    const own = await ownInstitution(t.db);
    const before = await t.db.agreement.count();
    await expect(
      t.db.$transaction((tx) =>
        insertAgreements(
          tx,
          [{ reference: "AG-1999-0001", status: "DRAFT", columns: { title: "Twice ourselves" }, parties: [{ organizationId: own.id, role: "PARTNER" }], signatories: [], focusAreaIds: [], origin: null }],
          { ownInstitutionId: own.id, actorId: editor.id, audit: { kind: "none" } },
        ),
      ),
    ).rejects.toThrow(RangeError);
    expect(await t.db.agreement.count()).toBe(before);
  });

  it("writes with its multi-row inserts what the one search rule and the schema's defaults give, and refuses a column the table lacks", async () => {
    const own = await ownInstitution(t.db);
    const partner = await t.db.organization.create({ data: { name: "Raw Insert Institute", kind: "UNIVERSITY", country: "DE", otherNames: { create: [{ name: "Rohe Anstalt" }] } } });
    const person = await t.db.person.create({ data: { name: "Signing Person", organizationId: partner.id } });
    const [id] = await t.db.$transaction((tx) =>
      insertAgreements(
        tx,
        [{ reference: "AG-1998-0001", status: "ACTIVE", columns: { title: "Stored in one statement" }, parties: [{ organizationId: partner.id, role: "PARTNER" }], signatories: [{ personId: person.id, onBehalfOfId: partner.id }], focusAreaIds: [], origin: null }],
        { ownInstitutionId: own.id, actorId: editor.id, audit: { kind: "none" } },
      ),
    );
    const stored = await t.db.agreement.findUniqueOrThrow({
      where: { id },
      select: { ...searchSourceSelect, searchText: true, searchRule: true, partnerKinds: true, partnerCountries: true, partnerRegions: true, version: true, archived: true, rollsOver: true, createdAt: true, updatedAt: true },
    });
    const rebuilt = searchDocument(stored);
    expect({ searchText: stored.searchText, searchRule: stored.searchRule, partnerKinds: stored.partnerKinds, partnerCountries: stored.partnerCountries, partnerRegions: stored.partnerRegions }).toEqual(rebuilt);
    expect(stored.searchText).toContain("rohe anstalt");
    expect(stored.searchText).toContain("signing person");
    expect({ version: stored.version, archived: stored.archived, rollsOver: stored.rollsOver }).toEqual({ version: 1, archived: false, rollsOver: false });
    expect(stored.updatedAt.getTime()).toBe(stored.createdAt.getTime());
    // Compared by the database as Prisma's own writes are: the stored instant is found by an equal one.
    const signedOn = new Date("2021-03-01T00:00:00Z");
    await t.db.$transaction((tx) => insertRows(tx, "Agreement", [{ id: "raw-insert-date", reference: "AG-1998-0002", title: "Dated", signedOn, createdAt: signedOn, updatedAt: signedOn }]));
    expect(await t.db.agreement.count({ where: { signedOn: { gte: signedOn, lte: signedOn } } })).toBe(1);

    const unknownColumn = { action: "x", entityType: "y", entityId: "z", '"; DROP TABLE "Agreement"; --': "w" };
    await expect(t.db.$transaction((tx) => insertRows(tx, "AuditEvent", [unknownColumn]))).rejects.toThrow(RangeError);
  });
});

describe.each(PROVIDERS)("partners an import names on %s", (provider) => {
  let t: TestDatabase;
  let editor: CurrentUser;
  beforeAll(async () => {
    t = await createTestDatabase(provider);
    await seedArticle(t.db);
    editor = await createUser(t.db, "EDITOR");
  });
  afterAll(async () => t?.drop());
  const runImport = (file: File) =>
    executeCommand(importCommands.importAgreements as Command<never, unknown>, editor, { file }, t.db).then((r) => r.result as ActionResult<{ references: string[] }>);

  it("refuses a row that names only our own institution, which would leave an agreement without a partner", async () => {
    const before = await t.db.agreement.count();
    const file = importFile("Title,Partners,Signed on\nJoint lab,Wuhan University of Technology,2019-05-03\n");
    const preview = await executeCommand(importCommands.previewImport as Command<never, unknown>, editor, { file }, t.db).then((r) => r.result);
    expect(preview).toMatchObject({ status: "success", data: { problems: [{ line: 2, messages: [{ key: "importOnlyOwnInstitution" }] }] } });
    expect((await runImport(file)).status).toBe("error");
    expect(await t.db.agreement.count()).toBe(before);
  });

  it("takes a partner named only in the local-language column", async () => {
    const result = await runImport(importFile("Title,Partners,Partner local names,Signed on\nSteel lab,,广西柳州钢铁集团有限公司,2021-05\n"));
    expect(result.status).toBe("success");
    const reference = result.status === "success" ? result.data.references[0] : "";
    const parties = await t.db.agreementParty.findMany({ where: { agreement: { reference }, role: "PARTNER" }, select: { organization: { select: { acronym: true } } } });
    expect(parties.map((p) => p.organization.acronym)).toEqual(["GLISG"]);
  });
});
