// The seed on a real, freshly migrated database of each provider.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedArticle } from "@/prisma/seed/article-seed";
import { ensureDemoUsers } from "@/prisma/seed/demo-users";
import { verifyPassword } from "@/lib/auth/password";
import { PROVIDERS, createTestDatabase, type TestDatabase } from "../support/databases";
import { readSourceText, foldWhitespace } from "@/prisma/seed/article-seed";
import { agreementNameSelect } from "@/lib/agreements/label";
import { agreementNameIn } from "@/lib/agreements/label-text";
import { listAgreements } from "@/lib/agreements/queries";
import { parseListParams } from "@/lib/agreements/list-params";

async function snapshot(t: TestDatabase) {
  const { db } = t;
  return {
    counts: {
      agreements: await db.agreement.count(),
      organizations: await db.organization.count(),
      otherNames: await db.organizationName.count(),
      agreementNames: await db.agreementName.count(),
      people: await db.person.count(),
      parties: await db.agreementParty.count(),
      participants: await db.participant.count(),
      focusAreas: await db.focusArea.count(),
      agreementFocusAreas: await db.agreementFocusArea.count(),
      types: await db.agreementType.count(),
      statusChanges: await db.statusChange.count(),
      sources: await db.source.count(),
      evidence: await db.evidence.count(),
      users: await db.user.count(),
      auditEvents: await db.auditEvent.count(),
    },
    agreements: await db.agreement.findMany({ orderBy: { reference: "asc" } }),
    users: await db.user.findMany({ orderBy: { email: "asc" } }),
  };
}

describe.each(PROVIDERS)("the seed on %s", (provider) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(provider);
    expect((await seedArticle(t.db)).created).toBe(true);
    await ensureDemoUsers(t.db, "seed-test-password");
  });
  afterAll(async () => t?.drop());

  it("holds the nine agreements of the release", async () => {
    const agreements = await t.db.agreement.findMany({ select: { reference: true, status: true }, orderBy: { reference: "asc" } });
    expect(agreements).toEqual([
      { reference: "AG-2010-0001", status: "RENEWED" },
      ...["0001", "0002", "0003", "0004", "0005", "0006", "0007", "0008"].map((n) => ({ reference: `AG-2020-${n}`, status: "ACTIVE" })),
    ]);
  });

  it("links the renewed Guangxi framework agreement to the original one, and back", async () => {
    const renewal = await t.db.agreement.findUniqueOrThrow({
      where: { reference: "AG-2020-0001" },
      select: { title: true, renewalOf: { select: { reference: true, renewedBy: { select: { reference: true } } } } },
    });
    expect(renewal.title).toBe("Strategic Cooperation Framework Agreement");
    expect(renewal.renewalOf?.reference).toBe("AG-2010-0001");
    expect(renewal.renewalOf?.renewedBy?.reference).toBe("AG-2020-0001");
  });

  it("gives the renewed framework the other name the release's headline and speeches use, each word of it in the release", async () => {
    const names = await t.db.agreementName.findMany({ select: { name: true, note: true, agreement: { select: { reference: true } } }, orderBy: { order: "asc" } });
    expect(names.map((n) => [n.agreement.reference, n.name])).toEqual([["AG-2020-0001", "Strategic Cooperation Agreement"]]);
    expect(names[0].note).toMatch(/headline/);
    const [headline] = readSourceText().split("\n");
    expect(headline.toLowerCase()).toContain("a strategic cooperation agreement was signed");
    expect(foldWhitespace(readSourceText())).toContain("this new strategic cooperation agreement");
    // Its evidence: the headline (inferred to mean this agreement) and the speeches' words.
    const evidence = await t.db.evidence.findMany({ where: { agreement: { reference: "AG-2020-0001" }, field: "otherNames" }, select: { basis: true, quote: true } });
    expect(evidence.map((e) => e.basis).sort()).toEqual(["INFERRED", "STATED", "STATED"]);
    // The search finds it by its other name's words alone, as it finds the title's.
    const found = await listAgreements(parseListParams({ q: "strategic cooperation agreement" }), { database: t.db });
    expect(found.rows.map((r) => r.reference)).toContain("AG-2020-0001");
  });

  it("records as not known what the release does not say: every agreement's signatories and term, and focus areas but for the renewed framework", async () => {
    const agreements = await t.db.agreement.findMany({
      orderBy: { reference: "asc" },
      select: {
        reference: true,
        signatoriesKnowledge: true,
        focusAreasKnowledge: true,
        termKnowledge: true,
        expiresOn: true,
        termMonths: true,
        _count: { select: { participants: { where: { role: "SIGNATORY" } }, focusAreas: true } },
      },
    });
    expect(agreements).toHaveLength(9);
    for (const a of agreements) {
      expect([a.reference, a.signatoriesKnowledge, a.termKnowledge, a._count.participants, a.expiresOn, a.termMonths]).toEqual([a.reference, "UNKNOWN", "UNKNOWN", 0, null, null]);
      const framework = a.reference === "AG-2020-0001";
      expect([a.reference, a.focusAreasKnowledge, a._count.focusAreas > 0]).toEqual([a.reference, framework ? "KNOWN" : "UNKNOWN", framework]);
    }
    // Why: the release says who went to sign the series, not who signed which (inferred, with its note).
    const why = await t.db.evidence.findMany({ where: { agreement: { reference: { startsWith: "AG-2020-" } }, field: "signatories" }, select: { basis: true, note: true } });
    expect(why).toHaveLength(8);
    for (const e of why) expect(e).toMatchObject({ basis: "INFERRED", note: expect.stringContaining("not known") });
  });

  it("gives the Guangxi framework agreement its five focus areas", async () => {
    const areas = await t.db.agreementFocusArea.findMany({
      where: { agreement: { reference: "AG-2020-0001" } },
      select: { focusArea: { select: { name: true } } },
    });
    expect(areas.map((a) => a.focusArea.name).sort()).toEqual([
      "Belt and Road Initiative",
      "Innovation platform construction",
      "Joint scientific and technological research",
      "Talent exchange and cooperation",
      "Technology transfer and achievement transformation",
    ]);
  });

  it("records the four WUT leaders and Fei Zhirong as present at the ceremony, not as signatories of one agreement", async () => {
    expect(await t.db.participant.count({ where: { role: "SIGNATORY" } })).toBe(0);
    const leaders = await t.db.eventAttendance.findMany({ where: { role: "SIGNED" }, select: { person: { select: { name: true } } }, orderBy: { order: "asc" } });
    expect(leaders.map((a) => a.person?.name)).toEqual(["Xin Sijin", "Zhang Qingjie", "Xia Jiangjing", "Wu Chaozhong", "Fei Zhirong"]);
  });

  it("records one signing ceremony in Nanning at which all eight 2020 agreements were signed, hosted by the Region", async () => {
    const events = await t.db.signingEvent.findMany({
      select: { name: true, place: true, heldOn: true, heldOnPrecision: true, host: { select: { name: true } }, agreements: { select: { reference: true }, orderBy: { reference: "asc" } } },
    });
    expect(events).toHaveLength(1);
    const [event] = events;
    expect(event).toMatchObject({ place: "Nanning", heldOnPrecision: "DAY", host: { name: "People's Government of Guangxi Zhuang Autonomous Region" } });
    expect(event!.heldOn!.toISOString().slice(0, 10)).toBe("2020-01-03");
    expect(event!.agreements.map((a) => a.reference)).toEqual(Array.from({ length: 8 }, (_, i) => `AG-2020-000${i + 1}`));
    // The 2010 framework was not signed there.
    expect((await t.db.agreement.findUniqueOrThrow({ where: { reference: "AG-2010-0001" }, select: { signingEventId: true } })).signingEventId).toBeNull();
  });

  it("records who was present at the ceremony, not on one agreement: Wang Yuefei and the units attended, the leaders signed with their positions then", async () => {
    const present = await t.db.eventAttendance.findMany({
      orderBy: { order: "asc" },
      select: { role: true, position: true, note: true, person: { select: { name: true } }, onBehalfOf: { select: { name: true, parent: { select: { acronym: true } } } } },
    });
    const signed = present.filter((a) => a.role === "SIGNED").map((a) => [a.person?.name, a.position]);
    expect(signed).toEqual([
      ["Xin Sijin", "Secretary"],
      ["Zhang Qingjie", "President"],
      ["Xia Jiangjing", "Deputy Secretary"],
      ["Wu Chaozhong", "Vice President"],
      ["Fei Zhirong", "Vice President of the Autonomous Region"],
    ]);
    expect(present.find((a) => a.person?.name === "Wang Yuefei")).toMatchObject({ role: "ATTENDED" });
    const wutUnits = present.filter((a) => a.onBehalfOf?.parent?.acronym === "WUT").map((a) => a.onBehalfOf!.name);
    expect(wutUnits).toHaveLength(8);
    expect(wutUnits).toContain("School of Automotive Engineering");
    expect(wutUnits).toContain("Engineering Research Center of Silicate Materials for Architectures");
    // No agreement claims the attendees: the release never says who attended for which agreement.
    expect(await t.db.participant.count({ where: { role: "ATTENDEE" } })).toBe(0);
    // Each of these facts carries the release's words.
    const evidence = await t.db.evidence.findMany({ where: { signingEventId: { not: null } }, select: { field: true, quote: true, basis: true } });
    expect(evidence.filter((e) => e.field === "attendances" && e.basis === "STATED").map((e) => e.quote)).toEqual(
      expect.arrayContaining([expect.stringContaining("Wang Yuefei, deputy director"), expect.stringContaining("present at the signing ceremony")]),
    );
    expect(evidence.find((e) => e.field === "agreements")).toMatchObject({ basis: "INFERRED" });
  });

  it("signs the January agreements on 3 January 2020 with the year marked INFERRED and quoted", async () => {
    const january = await t.db.agreement.findMany({
      where: { reference: { startsWith: "AG-2020-" } },
      select: {
        signedOn: true,
        signedOnPrecision: true,
        evidence: { where: { field: "signedOn" }, select: { basis: true, quote: true, note: true, source: { select: { publishedOn: true } } } },
      },
    });
    expect(january).toHaveLength(8);
    for (const agreement of january) {
      expect(agreement.signedOn?.toISOString()).toBe("2020-01-03T00:00:00.000Z");
      expect(agreement.signedOnPrecision).toBe("DAY");
      expect(agreement.evidence).toHaveLength(1);
      expect(agreement.evidence[0]).toMatchObject({ basis: "INFERRED", quote: "on January 3rd" });
      expect(agreement.evidence[0].note).toMatch(/year is not/);
      expect(agreement.evidence[0].source.publishedOn?.toISOString()).toBe("2020-05-22T00:00:00.000Z");
    }
  });

  it("dates the original agreement to its year only and as an approximation, INFERRED from 'the past ten years'", async () => {
    const original = await t.db.agreement.findUniqueOrThrow({
      where: { reference: "AG-2010-0001" },
      select: { signedOn: true, signedOnPrecision: true, signedOnApproximate: true, evidence: { where: { field: "signedOn" }, select: { basis: true, quote: true } } },
    });
    expect(original.signedOnPrecision).toBe("YEAR");
    expect(original.signedOnApproximate).toBe(true);
    expect(original.signedOn?.getUTCFullYear()).toBe(2010);
    expect(original.evidence).toEqual([{ basis: "INFERRED", quote: "the past ten years since Guangxi and WUT signed a cooperation framework agreement" }]);
  });

  it("records one agreement with both cities for the Automobile Research Institute, and says so", async () => {
    const institute = await t.db.agreement.findUniqueOrThrow({
      where: { reference: "AG-2020-0004" },
      select: {
        title: true,
        parties: { select: { organization: { select: { name: true } } }, orderBy: { order: "asc" } },
        evidence: { where: { field: "parties" }, select: { basis: true, note: true } },
      },
    });
    expect(institute.title).toBe("Guangxi Automobile Research Institute Cooperation Framework Agreement");
    expect(institute.parties.map((p) => p.organization.name)).toEqual([
      "Wuhan University of Technology",
      "People's Government of Nanning",
      "People's Government of Liuzhou",
    ]);
    expect(institute.evidence[0].basis).toBe("INFERRED");
    expect(institute.evidence[0].note).toMatch(/one agreement with both/);
  });

  it("records the four company agreements' titles as not known, invents no title or type, and names them by their partners", async () => {
    const companies = await t.db.agreement.findMany({
      where: { reference: { in: ["AG-2020-0005", "AG-2020-0006", "AG-2020-0007", "AG-2020-0008"] } },
      orderBy: { reference: "asc" },
      select: { ...agreementNameSelect, titleKnowledge: true, typeId: true, evidence: { where: { field: "title" }, select: { basis: true, note: true } } },
    });
    const release = foldWhitespace(readSourceText());
    for (const agreement of companies) {
      expect(agreement).toMatchObject({ title: null, titleKnowledge: "UNKNOWN", typeId: null });
      expect(agreement.evidence).toEqual([{ basis: "INFERRED", note: expect.stringContaining("not known") }]);
      // The label is the partner the release names (or its acronym), never passed off as a title.
      const partner = agreement.parties[0].organization.name;
      expect(agreementNameIn(agreement, "en")).toEqual({ text: `Agreement with ${partner}`, untitled: true });
    }
    expect(companies.map((a) => agreementNameIn(a, "en").text)).toEqual([
      "Agreement with Guangxi Liuzhou Iron and Steel Group",
      "Agreement with CSSC Guangxi Beibu Gulf Marine and Offshore Engineering Design Company",
      "Agreement with Guangxi Automobile Group",
      "Agreement with SAIC-GM-Wuling Automobile",
    ]);
    for (const name of ["Guangxi Liuzhou Iron and Steel Group", "CSSC Guangxi Beibu Gulf Marine and Offshore Engineering Design Company", "Guangxi Automobile Group", "SGMW"]) {
      expect(release).toContain(name);
    }
    // In Chinese, by the partner's Chinese name where it is known.
    expect(agreementNameIn(companies[2], "zh-CN").text).toBe("与广西汽车集团有限公司的协议");
    // The list shows the label, sorted after every titled agreement.
    const byTitle = await listAgreements(parseListParams({ sort: "title" }), { database: t.db });
    expect(byTitle.rows.slice(-4).map((r) => r.reference)).toEqual(["AG-2020-0005", "AG-2020-0006", "AG-2020-0007", "AG-2020-0008"]);
  });

  it("keeps the organisations' Chinese names and other spellings", async () => {
    const guangxi = await t.db.organization.findFirstOrThrow({
      where: { localName: "广西壮族自治区人民政府" },
      select: { name: true, otherNames: { select: { name: true } }, cooperationFields: { select: { focusArea: { select: { name: true } } } } },
    });
    expect(guangxi.name).toBe("People's Government of Guangxi Zhuang Autonomous Region");
    expect(guangxi.otherNames.map((n) => n.name)).toContain("Guangxi Zhuang Autonomous Region");
    expect(guangxi.cooperationFields.map((f) => f.focusArea.name).sort()).toEqual(["Automobiles", "Materials", "Transportation"]);
    const wut = await t.db.organization.findFirstOrThrow({ where: { isOwnInstitution: true }, select: { localName: true, _count: { select: { units: true } } } });
    expect(wut).toEqual({ localName: "武汉理工大学", _count: { units: 8 } });
  });

  it("keeps the whole release as the source, and writes an audit event per agreement", async () => {
    const source = await t.db.source.findFirstOrThrow({ select: { text: true, kind: true } });
    expect(source.kind).toBe("NEWS_RELEASE");
    expect(source.text).toContain("WUT and the People's Government of Guangxi Zhuang Autonomous Region renewed");
    expect(await t.db.auditEvent.count({ where: { action: "agreement.seeded" } })).toBe(9);
  });

  it("creates one demo account per role with a hashed password", async () => {
    const users = await t.db.user.findMany({ select: { email: true, role: true, passwordHash: true }, orderBy: { email: "asc" } });
    expect(users.map((u) => [u.email, u.role])).toEqual([
      ["admin@pacta.local", "ADMIN"],
      ["editor@pacta.local", "EDITOR"],
      ["viewer@pacta.local", "VIEWER"],
    ]);
    for (const user of users) {
      expect(user.passwordHash).not.toContain("seed-test-password");
      expect(await verifyPassword("seed-test-password", user.passwordHash)).toBe(true);
    }
  });

  it("changes nothing when run a second time", async () => {
    const before = await snapshot(t);
    expect((await seedArticle(t.db)).created).toBe(false);
    expect(await ensureDemoUsers(t.db, "another password")).toBe(0);
    expect(await snapshot(t)).toEqual(before);
  });

  it("marks the renewal link as inferred: the release says 'renewed' and 'ten years since', never which agreement it renews", async () => {
    const link = await t.db.evidence.findFirstOrThrow({ where: { agreement: { reference: "AG-2020-0001" }, field: "renewalOf" }, select: { basis: true, note: true } });
    expect(link.basis).toBe("INFERRED");
    expect(link.note).toContain("implied, not stated");
  });

  it("knows where the source's date comes from: the page's address, not its text; its language and that the full text is kept", async () => {
    const source = await t.db.source.findUniqueOrThrow({
      where: { key: "wut-guangxi-2020" },
      select: { url: true, publishedOnBasis: true, language: true, completeness: true, evidence: { where: { agreementId: null, organizationId: null, personId: null, signingEventId: null }, select: { field: true, basis: true, origin: true } } },
    });
    expect(source).toMatchObject({ publishedOnBasis: "FROM_ADDRESS", language: "en", completeness: "FULL_TEXT" });
    expect(source.url).toContain("t20200522");
    expect(source.evidence).toEqual([{ field: "publishedOn", basis: "OUTSIDE_SOURCE", origin: expect.stringContaining("t20200522") }]);
  });

  it("marks the facts taken from outside the release (WUT's full and Chinese names, the companies' Chinese names and cities) with where they came from", async () => {
    const outside = await t.db.evidence.findMany({
      where: { basis: "OUTSIDE_SOURCE", organizationId: { not: null } },
      select: { field: true, quote: true, origin: true, organization: { select: { acronym: true, name: true } } },
    });
    const marked = (name: string, field: string) => outside.some((e) => (e.organization?.acronym === name || e.organization?.name === name) && e.field === field);
    expect(marked("WUT", "name")).toBe(true);
    expect(marked("WUT", "localName")).toBe(true);
    expect(marked("WUT", "city")).toBe(true);
    expect(marked("SGMW", "name")).toBe(true);
    expect(marked("GLISG", "localName")).toBe(true);
    expect(marked("Guangxi Automobile Group", "city")).toBe(true);
    // Every organisation with a Chinese name says where it came from: the release is in English.
    const withLocalName = await t.db.organization.findMany({ where: { localName: { not: null } }, select: { name: true, evidence: { where: { field: "localName" }, select: { basis: true } } } });
    expect(withLocalName.filter((o) => !o.evidence.some((e) => e.basis === "OUTSIDE_SOURCE")).map((o) => o.name)).toEqual([]);
    for (const e of outside) {
      expect(e.quote).toBe("");
      expect(e.origin).toBeTruthy();
    }
  });
});
