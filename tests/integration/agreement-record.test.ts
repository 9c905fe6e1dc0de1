// The agreement page's record is read in eleven raw statements (decision 029). It must be exactly
// what Prisma's nested select of the same shape returns, for every agreement, on both databases:
// the seeded release, a generated register, and one agreement with every kind of fact filled in.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { agreementRecordSelect, readAgreementRecord } from "@/lib/agreements/detail-record";
import { seedArticle } from "@/prisma/seed/article-seed";
import { seedDemoPortfolio } from "@/prisma/seed/demo-portfolio";
import { PROVIDERS, createTestDatabase, type TestDatabase } from "../support/databases";

describe.each(PROVIDERS)("the agreement page's record on %s", (provider) => {
  let t: TestDatabase;
  let full: string;

  beforeAll(async () => {
    t = await createTestDatabase(provider);
    await seedArticle(t.db);
    await seedDemoPortfolio(t.db, 150, 7);
    // One agreement with every fact the page can show: owner, lead unit, notice given by someone, a successor,
    // a document, other names, a party with other names, fields and evidence, people with and without a person,
    // someone on behalf of a unit with a parent, focus areas, a status change by someone and evidence from a source.
    const [editor, type, areaB, areaA, source] = await Promise.all([
      t.db.user.create({ data: { email: "record-owner@example.edu", name: "Record Owner", role: "EDITOR", passwordHash: "x" } }),
      t.db.agreementType.create({ data: { code: "RECORD_TYPE", name: "Record Type", localName: "记录类型" } }),
      t.db.focusArea.create({ data: { name: "Record B Area", localName: "乙" } }),
      t.db.focusArea.create({ data: { name: "Record A Area" } }),
      t.db.source.create({ data: { kind: "NEWS_RELEASE", title: "Record source", publisher: "Record Press", url: "https://example.org/r", publishedOn: new Date("2024-03-01T09:30:00.250Z"), publishedOnPrecision: "MONTH", language: "en" } }),
    ]);
    const parent = await t.db.organization.create({ data: { name: "Record Parent University", kind: "UNIVERSITY", country: "DE" } });
    const unit = await t.db.organization.create({ data: { name: "Record Unit", localName: "记录单位", acronym: "RU", kind: "UNIT", parentId: parent.id } });
    const partner = await t.db.organization.create({
      data: {
        name: "Record Partner",
        localName: "记录伙伴",
        kind: "COMPANY",
        country: "FR",
        region: "Île-de-France",
        city: "Paris",
        otherNames: { create: [{ name: "Zed Name" }, { name: "Alpha Name" }] },
        cooperationFields: { create: [{ focusAreaId: areaB.id }, { focusAreaId: areaA.id }] },
      },
    });
    await t.db.evidence.createMany({
      data: [
        { sourceId: source.id, organizationId: partner.id, field: "country", quote: "in France", basis: "STATED", order: 1 },
        { sourceId: source.id, organizationId: partner.id, field: "name", quote: "Record Partner", basis: "STATED", origin: "imported", order: 0 },
      ],
    });
    const person = await t.db.person.create({ data: { name: "Record Signer", localName: "签署人", position: "Dean", localPosition: "院长", organizationId: unit.id } });
    const agreement = await t.db.agreement.create({
      data: {
        reference: "AG-2024-9901",
        title: "Record agreement",
        summary: "Everything at once.",
        status: "ACTIVE",
        typeId: type.id,
        ownerId: editor.id,
        leadUnitId: unit.id,
        signedOn: new Date("2024-03-05"),
        signedOnPrecision: "DAY",
        signedPlace: "Paris",
        effectiveFrom: new Date("2024-04-01"),
        effectiveFromPrecision: "MONTH",
        expiresOn: new Date("2029-03-31"),
        expiresOnPrecision: "DAY",
        termMonths: 60,
        termText: "five years",
        automaticRenewal: true,
        renewalTermMonths: 12,
        noticePeriodDays: 90,
        noticeGivenOn: new Date("2026-01-10"),
        noticeGivenById: editor.id,
        notes: "Notes.",
        otherNames: { create: [{ name: "Second name", order: 1 }, { name: "First name", note: "in the release", order: 0 }] },
        parties: { create: [{ organizationId: partner.id, role: "PARTNER", order: 0 }, { organizationId: unit.id, role: "PARTNER", order: 1 }] },
        participants: {
          create: [
            { personId: person.id, onBehalfOfId: unit.id, role: "SIGNATORY", order: 1, note: "signed second" },
            { onBehalfOfId: partner.id, role: "WITNESS", order: 0 },
          ],
        },
        focusAreas: { create: [{ focusAreaId: areaB.id }, { focusAreaId: areaA.id }] },
        statusChanges: {
          create: [
            { toStatus: "DRAFT", changedAt: new Date("2024-01-01"), changedById: editor.id },
            { fromStatus: "DRAFT", toStatus: "ACTIVE", changedAt: new Date("2024-03-05"), effectiveOn: new Date("2024-03-01"), effectiveOnPrecision: "MONTH", note: "signed" },
            // A time of day to the millisecond: read back exactly, whatever the database's JSON says of it.
            { fromStatus: "ACTIVE", toStatus: "ACTIVE", changedAt: new Date("2024-05-06T13:14:15.678Z"), note: "restated" },
          ],
        },
        documents: { create: [{ kind: "SIGNED_COPY" }] },
      },
    });
    await t.db.evidence.createMany({
      data: [
        { sourceId: source.id, agreementId: agreement.id, field: "title", quote: "Record agreement", basis: "STATED", order: 1 },
        { sourceId: source.id, agreementId: agreement.id, field: "signedOn", quote: "on 5 March", basis: "INFERRED", note: "year from the date line", order: 0 },
      ],
    });
    await t.db.agreement.create({ data: { reference: "AG-2029-9902", title: "Record successor", status: "DRAFT", renewalOfId: agreement.id } });
    full = agreement.reference;
  }, 180_000);
  afterAll(async () => t?.drop());

  it("gives Prisma's nested select of the same shape for every agreement", async () => {
    const references = (await t.db.agreement.findMany({ select: { reference: true }, orderBy: { reference: "asc" } })).map((a) => a.reference);
    expect(references.length).toBeGreaterThan(150);
    for (const reference of references) {
      const expected = await t.db.agreement.findUnique({ where: { reference }, select: agreementRecordSelect });
      const actual = await readAgreementRecord(t.db, reference);
      expect({ reference, record: actual }).toEqual({ reference, record: expected });
    }
  }, 120_000);

  it("reads every kind of fact of the agreement that has them all, in the page's order", async () => {
    const record = await readAgreementRecord(t.db, full);
    expect(record).toMatchObject({
      reference: full,
      type: { name: "Record Type", localName: "记录类型" },
      owner: { name: "Record Owner", email: "record-owner@example.edu" },
      leadUnit: { name: "Record Unit", acronym: "RU" },
      renewedBy: { id: expect.any(String) },
      noticeGivenBy: { name: "Record Owner" },
      automaticRenewal: true,
      archived: false,
      termMonths: 60,
      otherNames: [{ name: "First name", note: "in the release" }, { name: "Second name", note: null }],
      documents: [{ id: expect.any(String) }],
      focusAreas: [{ focusArea: { name: "Record A Area", localName: null } }, { focusArea: { name: "Record B Area", localName: "乙" } }],
    });
    expect(record!.signedOn).toEqual(new Date("2024-03-05"));
    expect(record!.parties.map((p) => p.organization.name)).toEqual(["Record Partner", "Record Unit"]);
    expect(record!.parties[0].organization).toMatchObject({
      otherNames: [{ name: "Alpha Name" }, { name: "Zed Name" }],
      cooperationFields: [{ focusArea: { name: "Record A Area", localName: null } }, { focusArea: { name: "Record B Area", localName: "乙" } }],
      evidence: [{ field: "name", origin: "imported" }, { field: "country", origin: null }],
    });
    expect(record!.participants).toEqual([
      { role: "WITNESS", note: null, person: null, onBehalfOf: expect.objectContaining({ name: "Record Partner", parent: null }) },
      { role: "SIGNATORY", note: "signed second", person: expect.objectContaining({ name: "Record Signer", localPosition: "院长" }), onBehalfOf: expect.objectContaining({ name: "Record Unit", parent: { name: "Record Parent University", localName: null } }) },
    ]);
    expect(record!.statusChanges.map((c) => [c.toStatus, c.changedBy?.name ?? null, c.effectiveOnPrecision])).toEqual([["DRAFT", "Record Owner", null], ["ACTIVE", null, "MONTH"], ["ACTIVE", null, null]]);
    expect(record!.statusChanges.map((c) => [c.changedAt.toISOString(), c.effectiveOn?.toISOString() ?? null])).toEqual([
      ["2024-01-01T00:00:00.000Z", null],
      ["2024-03-05T00:00:00.000Z", "2024-03-01T00:00:00.000Z"],
      ["2024-05-06T13:14:15.678Z", null],
    ]);
    expect(record!.evidence[0].source.publishedOn).toEqual(new Date("2024-03-01T09:30:00.250Z"));
    expect(record!.parties.map((p) => p.organization.isOwnInstitution)).toEqual([false, false]);
    expect(record!.evidence.map((e) => [e.field, e.basis, e.source.title, e.source.publishedOnPrecision])).toEqual([["signedOn", "INFERRED", "Record source", "MONTH"], ["title", "STATED", "Record source", "MONTH"]]);
    expect(await readAgreementRecord(t.db, "AG-1999-0404")).toBeNull();
  });
});
