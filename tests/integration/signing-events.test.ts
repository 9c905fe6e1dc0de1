// Signing ceremonies beside the agreements signed at them: the agreement page's reads, the list
// filter, a person's ceremonies with their position then, and a directory that keeps them whole
// (a person at a ceremony is not deleted from under it; merging moves their presence).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { executeCommand, type ActionResult, type Command } from "@/lib/actions/command";
import type { CurrentUser } from "@/lib/auth/current-user-type";
import { agreementListWhere } from "@/lib/agreements/list-where";
import { parseListParams } from "@/lib/agreements/list-params";
import { ceremoniesAttendedBy, signingEventOf } from "@/lib/agreements/signing-events";
import { translatorFor } from "@/lib/i18n/translator";
import { organizationCommands } from "@/lib/organizations/commands";
import { personCommands } from "@/lib/people/commands";
import { seedArticle } from "@/prisma/seed/article-seed";
import { PROVIDERS, createTestDatabase, type TestDatabase } from "../support/databases";
import { createUser } from "../support/factories";

describe.each(PROVIDERS)("signing ceremonies on %s", (provider) => {
  let t: TestDatabase;
  let editor: CurrentUser;
  const run = (command: unknown, input: Record<string, unknown>) =>
    executeCommand(command as Command<never, unknown>, editor, input, t.db, translatorFor("en")).then((r) => r.result as ActionResult<unknown>);

  beforeAll(async () => {
    t = await createTestDatabase(provider);
    await seedArticle(t.db);
    editor = await createUser(t.db, "EDITOR");
  });
  afterAll(async () => t?.drop());

  it("shows an agreement's ceremony with the people present and the seven other agreements signed there", async () => {
    const event = await signingEventOf("AG-2020-0005", t.db);
    expect(event).toMatchObject({ name: "Signing ceremony in Nanning", place: "Nanning", heldOn: { iso: "2020-01-03", precision: "DAY" }, agreementCount: 8 });
    expect(event!.otherAgreements.map((a) => a.reference)).not.toContain("AG-2020-0005");
    expect(event!.otherAgreements).toHaveLength(7);
    expect(event!.attendances.find((a) => a.person?.name === "Zhang Qingjie")).toMatchObject({ role: "SIGNED", position: "President" });
    expect(await signingEventOf("AG-2010-0001", t.db)).toBeNull();
  });

  it("filters the list to the agreements signed at a ceremony", async () => {
    const event = await signingEventOf("AG-2020-0001", t.db);
    const rows = await t.db.agreement.findMany({ where: agreementListWhere(parseListParams({ event: event!.id })), select: { reference: true } });
    expect(rows.map((r) => r.reference).sort()).toEqual(Array.from({ length: 8 }, (_, i) => `AG-2020-000${i + 1}`));
  });

  it("lists a person's ceremonies with their role and the position they held then, which their current position does not change", async () => {
    const zhang = await t.db.person.findFirstOrThrow({ where: { name: "Zhang Qingjie" }, select: { id: true } });
    await t.db.person.update({ where: { id: zhang.id }, data: { position: "Professor" } });
    expect(await ceremoniesAttendedBy(zhang.id, t.db)).toMatchObject([{ name: "Signing ceremony in Nanning", role: "SIGNED", position: "President", firstAgreement: "AG-2020-0001" }]);
  });

  it("refuses to delete a person the ceremony names, and merging a duplicate moves their presence", async () => {
    const wang = await t.db.person.findFirstOrThrow({ where: { name: "Wang Yuefei" }, select: { id: true } });
    const refused = await run(personCommands.deletePerson, { id: wang.id });
    expect(refused).toMatchObject({ status: "error", code: "IN_USE" });
    expect((refused as { formError: string }).formError).toContain("Signing ceremony in Nanning");
    expect(await t.db.person.count({ where: { id: wang.id } })).toBe(1);

    const duplicate = await t.db.person.create({ data: { name: "Wang Yue-fei" }, select: { id: true } });
    await t.db.eventAttendance.updateMany({ where: { personId: wang.id }, data: { personId: duplicate.id } });
    expect((await run(personCommands.mergePeople, { id: duplicate.id, intoId: wang.id })).status).toBe("success");
    expect(await t.db.eventAttendance.count({ where: { personId: wang.id } })).toBe(1);
  });

  it("says a ceremony still uses an organisation before deleting it, and merging moves the ceremony's host", async () => {
    const host = await t.db.organization.findFirstOrThrow({ where: { name: "Education Department" }, select: { id: true } });
    const refused = await run(organizationCommands.deleteOrganization, { id: host.id });
    expect(refused).toMatchObject({ status: "error", code: "IN_USE" });
    expect((refused as { formError: string }).formError).toContain("1 signing ceremony");
  });
});
