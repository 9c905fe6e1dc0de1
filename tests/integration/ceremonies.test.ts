// Signing ceremonies as people enter them (decision 023): recording and editing one (a stale
// version is a conflict), refusals that change nothing, the people present, agreements attached
// and detached (one recorded at another ceremony moves only when confirmed), the delete rule, and
// the audit rows, including those in the agreement's own history.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { executeCommand, type ActionResult, type Command } from "@/lib/actions/command";
import type { CurrentUser } from "@/lib/auth/current-user-type";
import { ceremonyCommands as c } from "@/lib/ceremonies/commands";
import { getCeremony, listCeremonies } from "@/lib/ceremonies/queries";
import { signingEventOf } from "@/lib/agreements/signing-events";
import { translatorFor } from "@/lib/i18n/translator";
import type { Database } from "@/lib/prisma-client";
import { PROVIDERS, createTestDatabase, type TestDatabase } from "../support/databases";
import { createTestAgreement, createUser } from "../support/factories";

type Result = ActionResult<Record<string, unknown>> & { formError?: string; fieldErrors?: Record<string, string[]>; data?: Record<string, unknown> };

/** Every table a ceremony's commands touch, so that a refusal can be shown to change nothing. */
const state = async (db: Database) => ({
  events: await db.signingEvent.findMany({ orderBy: { id: "asc" } }),
  attendances: await db.eventAttendance.findMany({ orderBy: { id: "asc" } }),
  links: await db.agreement.findMany({ select: { reference: true, signingEventId: true }, orderBy: { reference: "asc" } }),
  audit: await db.auditEvent.count(),
});

describe.each(PROVIDERS)("signing ceremonies entered by people on %s", (provider) => {
  let t: TestDatabase;
  let editor: CurrentUser;
  let host: { id: string };
  let person: { id: string };
  const run = (command: unknown, input: Record<string, unknown>) =>
    executeCommand(command as Command<never, unknown>, editor, input, t.db, translatorFor("en")).then((r) => r.result as Result);
  const create = async (input: Record<string, unknown> = {}) => {
    const result = await run(c.createCeremony, { name: "Signing ceremony in Nanning", heldOn: "2020-01", place: "Nanning", hostId: host.id, ...input });
    expect(result.status, JSON.stringify(result)).toBe("success");
    return (result.data as { id: string }).id;
  };
  const version = async (id: string) => (await t.db.signingEvent.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;
  const auditOf = (entityId: string, action: string) =>
    t.db.auditEvent.findMany({ where: { entityId, action }, orderBy: { at: "asc" } }).then((rows) => rows.map((r) => JSON.parse(r.changes ?? "{}")));

  beforeAll(async () => {
    t = await createTestDatabase(provider);
    editor = await createUser(t.db, "EDITOR");
    await t.db.organization.create({ data: { name: "Wuzhou University", kind: "UNIVERSITY", isOwnInstitution: true } });
    host = await t.db.organization.create({ data: { name: "Education Department of Guangxi", kind: "GOVERNMENT" }, select: { id: true } });
    person = await t.db.person.create({ data: { name: "Zhang Qingjie", position: "Professor" }, select: { id: true } });
  });
  afterAll(async () => t?.drop());

  it("records a ceremony with a partial date and its host, audited, and lists it newest first", async () => {
    const older = await create({ name: "Signing in Wuhan", heldOn: "2010", hostId: "" });
    const id = await create();
    const ceremony = await getCeremony(id, "en", t.db);
    expect(ceremony).toMatchObject({ name: "Signing ceremony in Nanning", place: "Nanning", heldOn: { iso: "2020-01", precision: "MONTH" }, heldOnText: "2020-01", version: 1, host: { id: host.id } });
    expect(await auditOf(id, "ceremony.created")).toEqual([
      { name: { before: null, after: "Signing ceremony in Nanning" }, heldOn: { before: null, after: "2020-01" }, place: { before: null, after: "Nanning" }, host: { before: null, after: "Education Department of Guangxi" } },
    ]);
    const ids = (await listCeremonies({ database: t.db })).rows.map((r) => r.id);
    expect(ids.indexOf(id)).toBeLessThan(ids.indexOf(older));
  });

  it("refuses a nameless ceremony, an impossible day and an unknown host, and changes nothing", async () => {
    const before = await state(t.db);
    expect(await run(c.createCeremony, { name: " ", heldOn: "2020" })).toMatchObject({ status: "error", code: "INVALID", fieldErrors: { name: [expect.stringContaining("name")] } });
    expect(await run(c.createCeremony, { name: "X", heldOn: "2020-02-30" })).toMatchObject({ status: "error", fieldErrors: { heldOn: ["There is no 30 February 2020."] } });
    expect(await run(c.createCeremony, { name: "X", hostId: "no-such-organisation" })).toMatchObject({ status: "error", fieldErrors: { hostId: ["Choose the organisation from the list."] } });
    // A day more than a year ahead is a typing error ("2099" for "2019"), as for an agreement's signing.
    expect(await run(c.createCeremony, { name: "X", heldOn: "2099-01-01" })).toMatchObject({ status: "error", fieldErrors: { heldOn: ["A ceremony more than a year ahead is almost certainly a typing error: check the year."] } });
    expect(await state(t.db)).toEqual(before);
  });

  it("edits a ceremony with the version the person saw; a stale version is a conflict that changes nothing", async () => {
    const id = await create();
    expect(await run(c.updateCeremony, { id, version: 1, name: "Signing ceremony in Nanning", heldOn: "2020-01-03", place: "Nanning, Guangxi", hostId: host.id })).toMatchObject({ status: "success" });
    expect(await version(id)).toBe(2);
    expect(await auditOf(id, "ceremony.updated")).toEqual([{ heldOn: { before: "2020-01", after: "2020-01-03" }, place: { before: "Nanning", after: "Nanning, Guangxi" } }]);
    const before = await state(t.db);
    const stale = await run(c.updateCeremony, { id, version: 1, name: "Overwritten", heldOn: "", place: "", hostId: "" });
    expect(stale).toMatchObject({ status: "error", code: "CONFLICT", formError: expect.stringContaining("Someone else changed this ceremony") });
    expect(await state(t.db)).toEqual(before);
    expect(await run(c.updateCeremony, { id: "gone", version: 1, name: "X" })).toMatchObject({ status: "error", code: "NOT_FOUND" });
  });

  it("adds the people present in order, edits one with the ceremony's version, moves and removes one, each audited", async () => {
    const id = await create();
    const add = (input: Record<string, unknown>) => run(c.addAttendee, { eventId: id, ...input });
    expect(await add({ personId: person.id, role: "SIGNED", position: "President", onBehalfOfId: host.id })).toMatchObject({ status: "success" });
    expect(await add({ role: "ATTENDED", position: "Heads of colleges" })).toMatchObject({ status: "success" });
    // Someone must be named somehow; a role alone is refused, as is a person not in the directory.
    const before = await state(t.db);
    expect(await add({ role: "ATTENDED" })).toMatchObject({ status: "error", fieldErrors: { personId: [expect.stringContaining("Choose a person")] } });
    expect(await add({ personId: "nobody", role: "ATTENDED" })).toMatchObject({ status: "error", fieldErrors: { personId: ["Choose a person from the list."] } });
    expect(await add({ personId: person.id, role: "DANCED" })).toMatchObject({ status: "error", fieldErrors: { role: ["Choose what they did at the ceremony."] } });
    expect(await state(t.db)).toEqual(before);

    let ceremony = (await getCeremony(id, "en", t.db))!;
    expect(ceremony.attendances.map((a) => [a.person?.name ?? null, a.role, a.position])).toEqual([
      ["Zhang Qingjie", "SIGNED", "President"],
      [null, "ATTENDED", "Heads of colleges"],
    ]);
    // The position then stays whatever the person's position is now.
    expect(ceremony.attendances[0].person?.position).toBe("Professor");
    expect(await auditOf(id, "ceremony.attendee-added")).toEqual([
      { attendee: { before: null, after: "Zhang Qingjie · SIGNED · President · Education Department of Guangxi" } },
      { attendee: { before: null, after: "ATTENDED · Heads of colleges" } },
    ]);

    const [zhang, heads] = ceremony.attendances;
    const seen = await version(id);
    const edit = { eventId: id, attendanceId: zhang.id, personId: person.id, role: "PRESIDED", position: "President", onBehalfOfId: "", note: "" };
    expect(await run(c.updateAttendee, { ...edit, version: seen })).toMatchObject({ status: "success" });
    const stale = await state(t.db);
    expect(await run(c.updateAttendee, { ...edit, role: "SPOKE", version: seen })).toMatchObject({ status: "error", code: "CONFLICT" });
    expect(await state(t.db)).toEqual(stale);

    expect(await run(c.moveAttendee, { eventId: id, attendanceId: heads.id, direction: "up" })).toMatchObject({ status: "success" });
    ceremony = (await getCeremony(id, "en", t.db))!;
    expect(ceremony.attendances.map((a) => a.id)).toEqual([heads.id, zhang.id]);
    expect(ceremony.attendances[1]).toMatchObject({ role: "PRESIDED", onBehalfOfId: null });

    expect(await run(c.removeAttendee, { eventId: id, attendanceId: heads.id })).toMatchObject({ status: "success" });
    expect(await run(c.removeAttendee, { eventId: id, attendanceId: heads.id })).toMatchObject({ status: "error", code: "NOT_FOUND" });
    expect((await getCeremony(id, "en", t.db))!.attendances.map((a) => a.id)).toEqual([zhang.id]);
    expect(await auditOf(id, "ceremony.attendee-removed")).toEqual([{ attendee: { before: "ATTENDED · Heads of colleges", after: null } }]);
    // An entry of another ceremony cannot be changed through this one.
    const other = await create({ name: "Another ceremony" });
    expect(await run(c.removeAttendee, { eventId: other, attendanceId: zhang.id })).toMatchObject({ status: "error", code: "NOT_FOUND" });
  });

  it("attaches an agreement by its reference in any case, and the agreement's page and history show it", async () => {
    const id = await create();
    const { reference } = await createTestAgreement(t.db, editor, { signedOn: "2020-01-03" });
    expect(await run(c.attachAgreement, { eventId: id, reference: reference.toLowerCase() })).toMatchObject({ status: "success" });
    expect(await signingEventOf(reference, t.db)).toMatchObject({ id, name: "Signing ceremony in Nanning" });
    const agreement = await t.db.agreement.findUniqueOrThrow({ where: { reference }, select: { id: true } });
    expect(await auditOf(agreement.id, "agreement.ceremony-attached")).toEqual([{ signingEvent: { before: null, after: "Signing ceremony in Nanning" } }]);
    expect(await auditOf(id, "ceremony.agreement-attached")).toEqual([{ agreements: { before: null, after: reference } }]);

    const before = await state(t.db);
    expect(await run(c.attachAgreement, { eventId: id, reference })).toMatchObject({ status: "error", fieldErrors: { reference: [`${reference} is already recorded as signed at this ceremony.`] } });
    expect(await run(c.attachAgreement, { eventId: id, reference: "AG-1999-9999" })).toMatchObject({ status: "error", fieldErrors: { reference: ["There is no agreement AG-1999-9999."] } });
    expect(await state(t.db)).toEqual(before);
    // Signed there is signed that day: an agreement signed in another month is not attached (a year or a month may be that day).
    const elsewhen = (await createTestAgreement(t.db, editor, { signedOn: "2020-02-03" })).reference;
    const sameYear = (await createTestAgreement(t.db, editor, { signedOn: "2020" })).reference;
    const before2 = await state(t.db);
    expect(await run(c.attachAgreement, { eventId: id, reference: elsewhen })).toMatchObject({
      status: "error",
      fieldErrors: { reference: [`${elsewhen} was signed on 2020-02-03, but this ceremony was held on 2020-01: an agreement signed at a ceremony was signed that day. Correct one of the two dates first.`] },
    });
    expect(await state(t.db)).toEqual(before2);
    expect(await run(c.attachAgreement, { eventId: id, reference: sameYear })).toMatchObject({ status: "success" });
    await run(c.detachAgreement, { eventId: id, reference: sameYear });
  });

  it("moves an agreement recorded at another ceremony only when confirmed, noting it in every history", async () => {
    const first = await create({ name: "First ceremony" });
    const second = await create({ name: "Second ceremony" });
    const { reference } = await createTestAgreement(t.db, editor, { signedOn: "2020-01-03" });
    expect(await run(c.attachAgreement, { eventId: first, reference })).toMatchObject({ status: "success" });

    const before = await state(t.db);
    const refused = await run(c.attachAgreement, { eventId: second, reference });
    expect(refused).toMatchObject({ status: "error", code: "CONFLICT", fieldErrors: { move: [expect.stringContaining(`${reference} is recorded as signed at “First ceremony”. Nothing was changed`)] } });
    expect(await state(t.db)).toEqual(before);

    expect(await run(c.attachAgreement, { eventId: second, reference, move: "yes" })).toMatchObject({ status: "success", data: { movedFrom: first } });
    expect((await signingEventOf(reference, t.db))?.id).toBe(second);
    const agreement = await t.db.agreement.findUniqueOrThrow({ where: { reference }, select: { id: true } });
    expect(await auditOf(agreement.id, "agreement.ceremony-detached")).toEqual([{ signingEvent: { before: "First ceremony", after: null } }]);
    expect(await auditOf(agreement.id, "agreement.ceremony-attached")).toEqual([
      { signingEvent: { before: null, after: "First ceremony" } },
      { signingEvent: { before: null, after: "Second ceremony" } },
    ]);
    expect(await auditOf(first, "ceremony.agreement-detached")).toEqual([{ agreements: { before: reference, after: null } }]);
  });

  it("refuses to delete a ceremony while agreements are attached; detached, it goes with its people present", async () => {
    const id = await create({ name: "Ceremony to delete" });
    const { reference } = await createTestAgreement(t.db, editor, { signedOn: "2020-01-03" });
    await run(c.attachAgreement, { eventId: id, reference });
    await run(c.addAttendee, { eventId: id, personId: person.id, role: "WITNESSED" });

    const before = await state(t.db);
    expect(await run(c.deleteCeremony, { id })).toMatchObject({ status: "error", code: "IN_USE", formError: "“Ceremony to delete” cannot be deleted: 1 agreement is recorded as signed there. Detach them first." });
    expect(await state(t.db)).toEqual(before);

    expect(await run(c.detachAgreement, { eventId: id, reference: reference.toLowerCase() })).toMatchObject({ status: "success" });
    expect(await signingEventOf(reference, t.db)).toBeNull();
    expect(await run(c.detachAgreement, { eventId: id, reference })).toMatchObject({ status: "error", code: "NOT_FOUND" });
    const agreement = await t.db.agreement.findUniqueOrThrow({ where: { reference }, select: { id: true } });
    expect(await auditOf(agreement.id, "agreement.ceremony-detached")).toEqual([{ signingEvent: { before: "Ceremony to delete", after: null } }]);

    expect(await run(c.deleteCeremony, { id })).toMatchObject({ status: "success" });
    expect(await t.db.signingEvent.count({ where: { id } })).toBe(0);
    expect(await t.db.eventAttendance.count({ where: { eventId: id } })).toBe(0);
    // The person stays in the directory; the log keeps what the ceremony held.
    expect(await t.db.person.count({ where: { id: person.id } })).toBe(1);
    const [deleted] = await auditOf(id, "ceremony.deleted");
    expect(deleted).toMatchObject({ name: { before: "Ceremony to delete", after: null }, attendees: { before: ["Zhang Qingjie · WITNESSED"], after: null } });
  });

  it("refuses every change to a viewer, and changes nothing", async () => {
    const id = await create();
    const viewer = await createUser(t.db, "VIEWER");
    const before = await state(t.db);
    const { result } = await executeCommand(c.addAttendee as unknown as Command<never, unknown>, viewer, { eventId: id, personId: person.id, role: "ATTENDED" }, t.db);
    expect(result).toMatchObject({ status: "error", code: "FORBIDDEN" });
    expect(await state(t.db)).toEqual(before);
  });
});
