// Organisations, people, reference lists and accounts on real SQLite and PostgreSQL databases.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { executeCommand, type Command } from "@/lib/actions/command";
import type { CurrentUser } from "@/lib/auth/current-user-type";
import { organizationCommands } from "@/lib/organizations/commands";
import { personCommands } from "@/lib/people/commands";
import { referenceListCommands } from "@/lib/reference-lists/commands";
import { userCommands } from "@/lib/users/commands";
import { seedArticle } from "@/prisma/seed/article-seed";
import { PROVIDERS, createTestDatabase, type TestDatabase } from "../support/databases";
import { createTestAgreement, createUser, signSeededRenewal } from "../support/factories";

describe.each(PROVIDERS)("directories on %s", (provider) => {
  let t: TestDatabase;
  let editor: CurrentUser;
  let admin: CurrentUser;
  const run = (command: unknown, input: unknown, actor: CurrentUser = editor) =>
    executeCommand(command as Command<never, unknown>, actor, input, t.db).then((r) => r.result);
  const snapshot = async () => ({
    organizations: await t.db.organization.findMany({ orderBy: { id: "asc" } }),
    parties: await t.db.agreementParty.findMany({ orderBy: { id: "asc" } }),
    participants: await t.db.participant.findMany({ orderBy: { id: "asc" } }),
    people: await t.db.person.findMany({ orderBy: { id: "asc" } }),
    audit: await t.db.auditEvent.count(),
  });

  beforeAll(async () => {
    t = await createTestDatabase(provider);
    await seedArticle(t.db);
    await signSeededRenewal(t.db);
    editor = await createUser(t.db, "EDITOR");
    admin = await createUser(t.db, "ADMIN");
  });
  afterAll(async () => t?.drop());

  it("refuses to delete an organisation that agreements use, says what uses it, and changes nothing", async () => {
    const liuzhou = await t.db.organization.findFirstOrThrow({ where: { localName: "柳州市人民政府" } });
    const before = await snapshot();
    const result = await run(organizationCommands.deleteOrganization, { id: liuzhou.id });
    expect(result).toMatchObject({ status: "error", code: "IN_USE" });
    if (result.status === "error") expect(result.formError).toMatch(/used by 2 agreements as a party \(AG-2020-000[34], AG-2020-000[34]\)/);
    expect(await snapshot()).toEqual(before);
  });

  it("deletes an organisation nothing uses, with its audit event", async () => {
    const created = await run(organizationCommands.createOrganization, { name: "Short-lived Partner", kind: "OTHER", otherNames: "SLP\nShort Lived" });
    expect(created.status).toBe("success");
    const id = (created as { data: { id: string } }).data.id;
    expect((await t.db.organizationName.findMany({ where: { organizationId: id } })).map((n) => n.name).sort()).toEqual(["SLP", "Short Lived"]);
    expect((await run(organizationCommands.deleteOrganization, { id })).status).toBe("success");
    expect(await t.db.organization.findUnique({ where: { id } })).toBeNull();
    expect(await t.db.auditEvent.count({ where: { entityId: id, action: { in: ["organization.created", "organization.deleted"] } } })).toBe(2);
  });

  it("merges a duplicate organisation into the one kept, moving every link and keeping its names", async () => {
    const kept = await t.db.organization.create({ data: { name: "Liuzhou Steel", kind: "COMPANY" } });
    const duplicate = await t.db.organization.findFirstOrThrow({ where: { acronym: "GLISG" } });
    const unit = await t.db.organization.create({ data: { name: "Research Office", kind: "UNIT", parentId: duplicate.id } });
    const worker = await t.db.person.create({ data: { name: "Engineer Li", organizationId: duplicate.id } });
    const { reference } = await createTestAgreement(t.db, editor, { parties: [{ organizationId: duplicate.id }, { organizationId: kept.id }] });
    const partiesBefore = await t.db.agreementParty.count({ where: { organizationId: { in: [kept.id, duplicate.id] } } });

    const result = await run(organizationCommands.mergeOrganizations, { id: duplicate.id, intoId: kept.id });
    expect(result).toMatchObject({ status: "success", data: { id: kept.id } });

    expect(await t.db.organization.findUnique({ where: { id: duplicate.id } })).toBeNull();
    // AG-2020-0005 moves over; the test agreement had both, so it keeps one party row for the kept one.
    expect(await t.db.agreementParty.count({ where: { organizationId: kept.id } })).toBe(partiesBefore - 1);
    expect((await t.db.agreementParty.findMany({ where: { agreement: { reference: "AG-2020-0005" } }, select: { organizationId: true, role: true } }))).toContainEqual({
      organizationId: kept.id,
      role: "PARTNER",
    });
    expect(await t.db.agreementParty.count({ where: { agreement: { reference }, organizationId: kept.id } })).toBe(1);
    expect((await t.db.organization.findUniqueOrThrow({ where: { id: unit.id } })).parentId).toBe(kept.id);
    expect((await t.db.person.findUniqueOrThrow({ where: { id: worker.id } })).organizationId).toBe(kept.id);
    const names = (await t.db.organizationName.findMany({ where: { organizationId: kept.id } })).map((n) => n.name);
    expect(names).toEqual(expect.arrayContaining(["Guangxi Liuzhou Iron and Steel Group", "GLISG", "广西柳州钢铁集团有限公司", "Liuzhou Iron and Steel Group"]));
    expect(await t.db.auditEvent.count({ where: { action: "organization.merged", entityId: kept.id } })).toBe(1);
  });

  it("refuses to delete a person who signed an agreement, and merges duplicates keeping their signatures", async () => {
    const zhang = await t.db.person.findFirstOrThrow({ where: { name: "Zhang Qingjie" } });
    const before = await snapshot();
    const refused = await run(personCommands.deletePerson, { id: zhang.id });
    expect(refused).toMatchObject({ status: "error", code: "IN_USE" });
    if (refused.status === "error") expect(refused.formError).toContain("AG-2020-0001");
    expect(await snapshot()).toEqual(before);

    const spelledOtherwise = await t.db.person.create({ data: { name: "Prof. Zhang Qingjie" } });
    const { reference } = await createTestAgreement(t.db, editor, { signatories: [{ personId: spelledOtherwise.id, onBehalfOfParty: -1 }] });
    const merged = await run(personCommands.mergePeople, { id: spelledOtherwise.id, intoId: zhang.id });
    expect(merged.status).toBe("success");
    expect(await t.db.person.findUnique({ where: { id: spelledOtherwise.id } })).toBeNull();
    const signatories = await t.db.participant.findMany({ where: { agreement: { reference } }, select: { personId: true } });
    expect(signatories).toEqual([{ personId: zhang.id }]);
    expect(await t.db.participant.count({ where: { personId: zhang.id, agreement: { reference: "AG-2020-0001" } } })).toBe(1);
  });

  it("refuses to delete a focus area in use, and deletes one that is not", async () => {
    const belt = await t.db.focusArea.findFirstOrThrow({ where: { name: "Belt and Road Initiative" } });
    const refused = await run(referenceListCommands.deleteFocusArea, { id: belt.id }, admin);
    expect(refused).toMatchObject({ status: "error", code: "IN_USE" });
    expect(await t.db.focusArea.findUnique({ where: { id: belt.id } })).not.toBeNull();
    const saved = await run(referenceListCommands.saveFocusArea, { name: "Joint degrees" }, admin);
    expect(saved.status).toBe("success");
    const duplicate = await run(referenceListCommands.saveFocusArea, { name: "Joint degrees" }, admin);
    expect(duplicate).toMatchObject({ status: "error", fieldErrors: { name: ["There is already a focus area with this name."] } });
    const id = (saved as { data: { id: string } }).data.id;
    expect((await run(referenceListCommands.deleteFocusArea, { id }, admin)).status).toBe("success");
  });

  it("never lets the last active administrator be demoted or deactivated", async () => {
    await t.db.user.updateMany({ where: { role: "ADMIN", id: { not: admin.id } }, data: { active: false } });
    const demote = await run(userCommands.updateUser, { id: admin.id, role: "EDITOR", active: true }, admin);
    expect(demote).toMatchObject({ status: "error", fieldErrors: { role: [expect.stringContaining("last active administrator")] } });
    const deactivate = await run(userCommands.updateUser, { id: admin.id, role: "ADMIN", active: false }, admin);
    expect(deactivate.status).toBe("error");
    expect(await t.db.user.findUniqueOrThrow({ where: { id: admin.id }, select: { role: true, active: true } })).toEqual({ role: "ADMIN", active: true });

    const second = await run(userCommands.createUser, { email: "Second.Admin@Example.edu", name: "Second Admin", role: "ADMIN", password: "correct horse battery" }, admin);
    expect(second.status).toBe("success");
    expect(await t.db.user.findUnique({ where: { email: "second.admin@example.edu" }, select: { role: true } })).toEqual({ role: "ADMIN" });
    expect((await run(userCommands.updateUser, { id: admin.id, role: "EDITOR", active: true }, admin)).status).toBe("success");
  });
});
