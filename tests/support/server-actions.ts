// Every server action the app exports (found by reading every lib/**/actions.ts), and
// for each a valid input built fresh on a database, with the least role allowed to run
// it. Shared by the authorization matrix and the property test of the action schemas.
import fs from "node:fs";
import path from "node:path";
import { expect } from "vitest";
import type { Command } from "@/lib/actions/command";
import type { CurrentUser } from "@/lib/auth/current-user-type";
import type { Role } from "@/lib/auth/roles";
import type { Database } from "@/lib/prisma-client";
import { pdfFile } from "./document-files";
import { FACTORY_PASSWORD, agreementVersion, createTestAgreement, createUser, newAgreementInput } from "./factories";

export interface Entry {
  /** The least role allowed to run the action. */
  minimum: Role;
  /**
   * Input that succeeds for an allowed caller, built fresh for each call. `caller` is who will
   * run it (when known), for actions on the caller's own records such as their saved views.
   */
  input(db: Database, editor: CurrentUser, caller?: CurrentUser | null): Promise<unknown>;
}

export const MATRIX: Record<string, Entry> = {
  "agreements/createAgreement": { minimum: "EDITOR", input: async () => newAgreementInput() },
  "agreements/updateAgreement": {
    minimum: "EDITOR",
    input: async (db, editor) => {
      const { reference } = await createTestAgreement(db, editor);
      return { ...newAgreementInput({ title: "Edited" }), reference, version: await agreementVersion(db, reference) };
    },
  },
  "agreements/changeAgreementStatus": {
    minimum: "EDITOR",
    input: async (db, editor) => {
      const { reference } = await createTestAgreement(db, editor);
      return { reference, version: await agreementVersion(db, reference), toStatus: "NEGOTIATING" };
    },
  },
  "agreements/renewAgreement": {
    minimum: "EDITOR",
    input: async (db, editor) => {
      const { reference } = await createTestAgreement(db, editor, { status: "ACTIVE" });
      return { reference, version: await agreementVersion(db, reference) };
    },
  },
  "agreements/recordAmendment": {
    minimum: "EDITOR",
    input: async (db, editor) => ({ reference: (await createTestAgreement(db, editor)).reference, note: "Annex added." }),
  },
  "agreements/addAgreementRelation": {
    minimum: "EDITOR",
    input: async (db, editor) => ({
      reference: (await createTestAgreement(db, editor)).reference,
      kind: "IMPLEMENTS",
      otherReference: (await createTestAgreement(db, editor)).reference,
    }),
  },
  "agreements/removeAgreementRelation": {
    minimum: "EDITOR",
    input: async (db, editor) => {
      const [from, to] = [await createTestAgreement(db, editor), await createTestAgreement(db, editor)];
      const ids = await db.agreement.findMany({ where: { reference: { in: [from.reference, to.reference] } }, select: { id: true, reference: true } });
      const id = (reference: string) => ids.find((a) => a.reference === reference)!.id;
      const relation = await db.agreementRelation.create({ data: { kind: "AMENDS", fromId: id(from.reference), toId: id(to.reference) } });
      return { reference: from.reference, relationId: relation.id };
    },
  },
  "sources/createSource": { minimum: "EDITOR", input: async () => newSourceInput() },
  "sources/updateSource": {
    minimum: "EDITOR",
    input: async (db) => {
      const source = await db.source.create({ data: { kind: "DOCUMENT", title: "A letter" } });
      return { ...newSourceInput({ title: "A letter of intent" }), id: source.id, version: source.version };
    },
  },
  "sources/deleteSource": {
    minimum: "EDITOR",
    input: async (db) => ({ id: (await db.source.create({ data: { kind: "OTHER", title: "Nothing yet" } })).id }),
  },
  "sources/addSourceToAgreement": {
    minimum: "EDITOR",
    input: async (db, editor) => ({
      ...newSourceInput(),
      reference: (await createTestAgreement(db, editor)).reference,
      field: "signedOn",
      basis: "STATED",
      quote: "signed on 3 May 2021",
    }),
  },
  "sources/addEvidence": {
    minimum: "EDITOR",
    input: async (db, editor) => ({
      reference: (await createTestAgreement(db, editor)).reference,
      sourceId: (await db.source.create({ data: { kind: "DOCUMENT", title: "A letter" } })).id,
      field: "title",
      basis: "OUTSIDE_SOURCE",
      origin: "The partner's website",
    }),
  },
  "sources/updateEvidence": {
    minimum: "EDITOR",
    input: async (db, editor) => {
      const evidence = await sourceEvidence(db, editor);
      return { id: evidence.id, version: evidence.version, field: "signedPlace", basis: "INFERRED", quote: "A letter", note: "Its letterhead" };
    },
  },
  "sources/removeEvidence": { minimum: "EDITOR", input: async (db, editor) => ({ id: (await sourceEvidence(db, editor)).id }) },
  "agreements/setAgreementArchived": {
    minimum: "EDITOR",
    input: async (db, editor) => {
      const { reference } = await createTestAgreement(db, editor);
      return { reference, version: await agreementVersion(db, reference), archived: true };
    },
  },
  "agreements/giveNotice": {
    minimum: "EDITOR",
    input: async (db, editor) => {
      const { reference } = await createTestAgreement(db, editor, { status: "ACTIVE", signedOn: "2025-01-01", termMonths: 12, automaticRenewal: true, noticePeriodDays: 30 });
      return { reference, version: await agreementVersion(db, reference) };
    },
  },
  "agreements/bulk/previewBulkAction": {
    minimum: "EDITOR",
    input: async (db, editor) => {
      const { reference } = await createTestAgreement(db, editor);
      return { operation: "archive", items: [{ reference, version: await agreementVersion(db, reference) }] };
    },
  },
  "agreements/bulk/runBulkAction": {
    minimum: "EDITOR",
    input: async (db, editor) => {
      const { reference } = await createTestAgreement(db, editor);
      return { operation: "changeStatus", toStatus: "NEGOTIATING", items: [{ reference, version: await agreementVersion(db, reference) }] };
    },
  },
  "documents/attachDocument": {
    minimum: "EDITOR",
    input: async (db, editor) => ({ reference: (await createTestAgreement(db, editor)).reference, kind: "SIGNED_COPY", file: await pdfFile("signed.pdf") }),
  },
  "ceremonies/createCeremony": { minimum: "EDITOR", input: async () => ({ name: `Ceremony ${unique()}`, heldOn: "2020-01" }) },
  "ceremonies/updateCeremony": { minimum: "EDITOR", input: async (db) => ({ id: (await ceremony(db)).id, version: 1, name: `Renamed ${unique()}`, heldOn: "2020" }) },
  "ceremonies/deleteCeremony": { minimum: "EDITOR", input: async (db) => ({ id: (await ceremony(db)).id }) },
  "ceremonies/addAttendee": { minimum: "EDITOR", input: async (db) => ({ eventId: (await ceremony(db)).id, personId: (await person(db)).id, role: "ATTENDED" }) },
  "ceremonies/updateAttendee": {
    minimum: "EDITOR",
    input: async (db) => {
      const { id, attendanceId } = await ceremonyWithAttendee(db);
      return { eventId: id, attendanceId, version: 1, role: "SPOKE", position: "Dean" };
    },
  },
  "ceremonies/removeAttendee": {
    minimum: "EDITOR",
    input: async (db) => {
      const { id, attendanceId } = await ceremonyWithAttendee(db);
      return { eventId: id, attendanceId };
    },
  },
  "ceremonies/moveAttendee": {
    minimum: "EDITOR",
    input: async (db) => {
      const { id, attendanceId } = await ceremonyWithAttendee(db);
      return { eventId: id, attendanceId, direction: "down" };
    },
  },
  "ceremonies/attachAgreement": {
    minimum: "EDITOR",
    input: async (db, editor) => ({ eventId: (await ceremony(db)).id, reference: (await createTestAgreement(db, editor)).reference }),
  },
  "ceremonies/detachAgreement": {
    minimum: "EDITOR",
    input: async (db, editor) => {
      const { id } = await ceremony(db);
      const { reference } = await createTestAgreement(db, editor);
      await db.agreement.update({ where: { reference }, data: { signingEventId: id } });
      return { eventId: id, reference };
    },
  },
  "documents/addDocumentVersion": {
    minimum: "EDITOR",
    input: async (db, editor) => ({ documentId: await attachedDocument(db, editor), file: await pdfFile("signed-v2.pdf", unique()) }),
  },
  "documents/deleteDocument": { minimum: "EDITOR", input: async (db, editor) => ({ documentId: await attachedDocument(db, editor) }) },
  "import/previewImport": { minimum: "EDITOR", input: async () => ({ file: new File([`Title,Partners\nChecked ${unique()},Partner Q`], "check.csv") }) },
  "import/importAgreements": { minimum: "EDITOR", input: async () => ({ file: new File([`Title,Partners\nImported ${unique()},Partner Q`], "import.csv") }) },
  "organizations/createOrganization": { minimum: "EDITOR", input: async () => ({ name: `New Partner ${unique()}`, kind: "COMPANY" }) },
  "organizations/updateOrganization": {
    minimum: "EDITOR",
    input: async (db) => ({ id: (await organization(db)).id, version: 1, name: `Renamed ${unique()}`, kind: "COMPANY" }),
  },
  "organizations/deleteOrganization": { minimum: "EDITOR", input: async (db) => ({ id: (await organization(db)).id }) },
  "organizations/mergeOrganizations": {
    minimum: "EDITOR",
    input: async (db) => ({ id: (await organization(db)).id, intoId: (await organization(db)).id }),
  },
  "people/createPerson": { minimum: "EDITOR", input: async () => ({ name: `Person ${unique()}`, position: "Dean" }) },
  "people/updatePerson": { minimum: "EDITOR", input: async (db) => ({ id: (await person(db)).id, version: 1, name: `Renamed ${unique()}` }) },
  "people/deletePerson": { minimum: "EDITOR", input: async (db) => ({ id: (await person(db)).id }) },
  "people/mergePeople": { minimum: "EDITOR", input: async (db) => ({ id: (await person(db)).id, intoId: (await person(db)).id }) },
  "reference-lists/saveFocusArea": { minimum: "ADMIN", input: async () => ({ name: `Focus ${unique()}` }) },
  "reference-lists/deleteFocusArea": {
    minimum: "ADMIN",
    input: async (db) => ({ id: (await db.focusArea.create({ data: { name: `Unused ${unique()}` } })).id }),
  },
  "reference-lists/saveAgreementType": { minimum: "ADMIN", input: async () => ({ name: `Type ${unique()}` }) },
  "reference-lists/deleteAgreementType": {
    minimum: "ADMIN",
    input: async (db) => ({ id: (await db.agreementType.create({ data: { code: `UNUSED_${unique()}`, name: "Unused" } })).id }),
  },
  "reminders/updateReminderSettings": { minimum: "VIEWER", input: async () => ({ scope: "ALL", days: "60, 14" }) },
  // Anyone who reads the list keeps private views; each manages their own (lib/views/rules.ts).
  "views/saveView": { minimum: "VIEWER", input: async () => ({ name: `View ${unique()}`, query: "status=ACTIVE&columns=reference,owner" }) },
  "views/updateView": { minimum: "VIEWER", input: async (db, editor, caller) => ({ id: await savedView(db, caller ?? editor), name: `Renamed ${unique()}` }) },
  "views/deleteView": { minimum: "VIEWER", input: async (db, editor, caller) => ({ id: await savedView(db, caller ?? editor) }) },
  "users/createUser": {
    minimum: "ADMIN",
    input: async () => ({ email: `new-${unique()}@example.edu`, name: "New Colleague", role: "VIEWER", password: "a long enough password" }),
  },
  "users/regenerateCalendarToken": { minimum: "VIEWER", input: async () => ({}) },
  "users/resetUserPassword": { minimum: "ADMIN", input: async (db) => ({ id: (await createUser(db, "VIEWER")).id, password: "a new long password" }) },
  // The caller changes their own password (the factory gives every account the same one).
  "users/changeOwnPassword": {
    minimum: "VIEWER",
    input: async () => ({ currentPassword: FACTORY_PASSWORD, newPassword: "a new long password", confirmPassword: "a new long password" }),
  },
  // The language switcher: for a signed-in person it runs the audited setLanguage command.
  "users/chooseLanguage": { minimum: "VIEWER", input: async () => ({ locale: "zh-CN" }) },
  "users/updateUser": { minimum: "ADMIN", input: async (db) => ({ id: (await createUser(db, "VIEWER")).id, role: "EDITOR", active: true }) },
};

const unique = () => Math.random().toString(36).slice(2, 10);
const organization = (db: Database) => db.organization.create({ data: { name: `Organisation ${unique()}`, kind: "OTHER" }, select: { id: true } });
async function attachedDocument(db: Database, editor: CurrentUser): Promise<string> {
  const { reference } = await createTestAgreement(db, editor);
  const agreement = await db.agreement.findUniqueOrThrow({ where: { reference }, select: { id: true } });
  const document = await db.agreementDocument.create({
    data: { agreementId: agreement.id, kind: "ANNEX", versions: { create: { version: 1, fileName: "annex.pdf", contentType: "application/pdf", size: 1, sha256: "0".repeat(64) } } },
  });
  return document.id;
}
const savedView = async (db: Database, owner: CurrentUser) =>
  (await db.savedView.create({ data: { ownerId: owner.id, name: `View ${unique()}`, query: "status=ACTIVE" }, select: { id: true } })).id;
const ceremony = (db: Database) => db.signingEvent.create({ data: { name: `Ceremony ${unique()}` }, select: { id: true } });
const ceremonyWithAttendee = async (db: Database) => {
  const { id } = await ceremony(db);
  const row = await db.eventAttendance.create({ data: { eventId: id, role: "ATTENDED", position: "Dean" }, select: { id: true } });
  return { id, attendanceId: row.id };
};
const person = (db: Database) => db.person.create({ data: { name: `Person ${unique()}` }, select: { id: true } });

/** Every server action the app exports, as "domain/name" → its command. */
/** A source's form as a person fills it in, with its text kept. */
export function newSourceInput(overrides: Record<string, unknown> = {}) {
  return {
    kind: "NEWS_RELEASE",
    title: "Partners sign an exchange agreement",
    url: "https://news.example.edu/2021/05/exchange",
    publisher: "The university's news office",
    publishedOn: "2021-05",
    publishedOnBasis: "FROM_ADDRESS",
    language: "en",
    completeness: "FULL_TEXT",
    text: "The two universities signed on 3 May 2021 an agreement on student exchange.",
    ...overrides,
  };
}

/** A piece of evidence for a new agreement's title, from a new source without text. */
async function sourceEvidence(db: Database, editor: CurrentUser) {
  const { reference } = await createTestAgreement(db, editor);
  const agreement = await db.agreement.findUniqueOrThrow({ where: { reference }, select: { id: true } });
  const source = await db.source.create({ data: { kind: "DOCUMENT", title: "A letter" } });
  return db.evidence.create({ data: { sourceId: source.id, agreementId: agreement.id, field: "title", quote: "A letter", basis: "STATED" } });
}

export async function exportedActions(): Promise<Map<string, Command<never, unknown>>> {
  const found = new Map<string, Command<never, unknown>>();
  const libDir = path.resolve("lib");
  const files = fs.readdirSync(libDir, { recursive: true, encoding: "utf8" }).filter((f) => path.basename(f) === "actions.ts");
  for (const file of files) {
    const source = fs.readFileSync(path.join(libDir, file), "utf8");
    expect(source.trimStart().startsWith('"use server"'), `${file} must start with "use server"`).toBe(true);
    const loaded = (await import(/* @vite-ignore */ path.join(libDir, file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(loaded)) {
      const command = (value as { command?: Command<never, unknown> }).command;
      expect(command, `lib/${file}: ${name} must be built with serverAction(command)`).toBeDefined();
      found.set(`${path.dirname(file)}/${name}`, command!);
    }
  }
  return found;
}

