// The list searches and filters by partner through each agreement's stored search
// document. These tests hold the services to keeping it current: whatever changes a
// name, a kind or a party, the stored document must equal the one built afresh, on
// both databases.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { executeCommand, type Command } from "@/lib/actions/command";
import type { CurrentUser } from "@/lib/auth/current-user-type";
import { agreementCommands } from "@/lib/agreements/commands";
import { listAgreements } from "@/lib/agreements/queries";
import { parseListParams } from "@/lib/agreements/list-params";
import { refreshSearchDocuments, searchDocument, searchSourceSelect } from "@/lib/agreements/search-document";
import { organizationCommands } from "@/lib/organizations/commands";
import { personCommands } from "@/lib/people/commands";
import { seedArticle } from "@/prisma/seed/article-seed";
import { PROVIDERS, createTestDatabase, type TestDatabase } from "../support/databases";
import { createTestAgreement, createUser } from "../support/factories";

describe.each(PROVIDERS)("search documents on %s", (provider) => {
  let t: TestDatabase;
  let editor: CurrentUser;
  const run = (command: unknown, input: unknown) => executeCommand(command as Command<never, unknown>, editor, input, t.db).then((r) => r.result);
  const found = async (params: Record<string, string>) =>
    (await listAgreements(parseListParams(params), { database: t.db, pageSize: 1000 })).rows.map((r) => r.reference).sort();

  /** References whose stored document differs from the one built from the agreement as it is now. */
  async function staleDocuments() {
    const agreements = await t.db.agreement.findMany({
      select: { ...searchSourceSelect, searchText: true, searchRule: true, partnerKinds: true, partnerCountries: true, partnerRegions: true },
    });
    return agreements
      .filter((a) => {
        const fresh = searchDocument(a);
        return (
          a.searchText !== fresh.searchText ||
          a.searchRule !== fresh.searchRule ||
          a.partnerKinds !== fresh.partnerKinds ||
          a.partnerCountries !== fresh.partnerCountries ||
          a.partnerRegions !== fresh.partnerRegions
        );
      })
      .map((a) => a.reference);
  }

  async function organizationInput(id: string) {
    const o = await t.db.organization.findUniqueOrThrow({ where: { id }, include: { otherNames: true } });
    return {
      id,
      version: o.version,
      name: o.name,
      localName: o.localName,
      acronym: o.acronym,
      otherNames: o.otherNames.map((n) => n.name).join("\n"),
      kind: o.kind,
      country: o.country,
      region: o.region,
      city: o.city,
      website: o.website,
      parentId: o.parentId,
      notes: o.notes,
    };
  }

  beforeAll(async () => {
    t = await createTestDatabase(provider);
    await seedArticle(t.db);
    editor = await createUser(t.db, "EDITOR");
  });
  afterAll(async () => t?.drop());

  it("gives every seeded agreement its document, with partners' kinds and countries", async () => {
    expect(await staleDocuments()).toEqual([]);
    const liuzhou = await t.db.agreement.findMany({ where: { parties: { some: { organization: { localName: "柳州市人民政府" } } } }, select: { reference: true } });
    expect(liuzhou.length).toBeGreaterThan(0);
    expect(await found({ q: "柳州市人民政府" })).toEqual(liuzhou.map((a) => a.reference).sort());
    expect(await found({ partnerKind: "GOVERNMENT" })).toEqual(expect.arrayContaining(liuzhou.map((a) => a.reference)));
  });

  it("follows a partner's new name, other names, kind and country without touching the agreement's version", async () => {
    const { reference } = await createTestAgreement(t.db, editor);
    const agreement = await t.db.agreement.findUniqueOrThrow({ where: { reference }, select: { version: true, updatedAt: true, parties: { where: { role: "PARTNER" }, select: { organizationId: true } } } });
    const partnerId = agreement.parties[0].organizationId;
    expect(await found({ partnerKind: "UNIVERSITY", q: reference })).toEqual([reference]);

    const renamed = await run(organizationCommands.updateOrganization, {
      ...(await organizationInput(partnerId)),
      name: "Zephyr Polytechnic",
      otherNames: "Politécnico Céfiro\nZPU",
      kind: "RESEARCH_INSTITUTE",
      country: "Portugal",
    });
    expect(renamed.status).toBe("success");
    expect(await found({ q: "zephyr POLY" })).toEqual([reference]);
    expect(await found({ q: "politecnico cefiro" })).toEqual([reference]); // accents folded on both sides
    expect(await found({ q: "University of Testing" })).not.toContain(reference);
    expect(await found({ partnerKind: "RESEARCH_INSTITUTE", country: "PT" })).toEqual([reference]); // stored and filtered as its ISO code
    expect(await found({ partnerKind: "UNIVERSITY", q: reference })).toEqual([]);
    const after = await t.db.agreement.findUniqueOrThrow({ where: { reference }, select: { version: true, updatedAt: true } });
    expect(after).toEqual({ version: agreement.version, updatedAt: agreement.updatedAt });
    expect(await staleDocuments()).toEqual([]);
  });

  it("follows merges of organisations and people, a person's new name, and a renewal", async () => {
    const first = await createTestAgreement(t.db, editor, { status: "ACTIVE" });
    const second = await createTestAgreement(t.db, editor);
    const partnerOf = async (reference: string) =>
      (await t.db.agreementParty.findFirstOrThrow({ where: { agreement: { reference }, role: "PARTNER" }, select: { organizationId: true } })).organizationId;
    const signatoryOf = async (reference: string) =>
      (await t.db.participant.findFirstOrThrow({ where: { agreement: { reference } }, select: { personId: true } })).personId!;

    const duplicate = await partnerOf(second.reference);
    const duplicateName = (await t.db.organization.findUniqueOrThrow({ where: { id: duplicate } })).name;
    expect((await run(organizationCommands.mergeOrganizations, { id: duplicate, intoId: await partnerOf(first.reference) })).status).toBe("success");
    // The duplicate's name lives on as another name of the one kept, so both agreements are found by it.
    expect(await found({ q: duplicateName })).toEqual([first.reference, second.reference].sort());

    const person = await signatoryOf(first.reference);
    const p = await t.db.person.findUniqueOrThrow({ where: { id: person } });
    expect((await run(personCommands.updatePerson, { id: person, version: p.version, name: "Ingrid Sánchez-Müller", position: p.position })).status).toBe("success");
    expect(await found({ q: "ingrid sanchez-muller" })).toEqual([first.reference]);
    expect((await run(personCommands.mergePeople, { id: await signatoryOf(second.reference), intoId: person })).status).toBe("success");
    expect(await found({ q: "Müller" })).toEqual([first.reference, second.reference].sort());

    const version = (await t.db.agreement.findUniqueOrThrow({ where: { reference: first.reference } })).version;
    const renewal = await run(agreementCommands.renewAgreement, { reference: first.reference, version });
    expect(renewal.status).toBe("success");
    const successor = (renewal as { data: { reference: string } }).data.reference;
    expect(await found({ q: "Müller" })).toEqual([first.reference, second.reference, successor].sort());
    expect(await staleDocuments()).toEqual([]);
  });

  it("rebuilds documents an upgrade left empty, and only those", async () => {
    await t.db.$executeRaw`UPDATE "Agreement" SET "searchText" = NULL, "partnerKinds" = ''`;
    expect(await found({ q: "Liuzhou" })).toEqual([]);
    const count = await t.db.agreement.count();
    expect(await t.db.$transaction((tx) => refreshSearchDocuments(tx, { outdated: true }))).toBe(count);
    expect(await t.db.$transaction((tx) => refreshSearchDocuments(tx, { outdated: true }))).toBe(0);
    expect(await staleDocuments()).toEqual([]);
    expect((await found({ q: "Liuzhou" })).length).toBeGreaterThan(0);
  });
});
