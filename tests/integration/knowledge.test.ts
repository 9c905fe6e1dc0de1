// Known, unknown, none (decision 022) and other names, through the agreement commands on both databases:
// writes that break the rule are refused next to the field and change nothing; what is accepted is
// stored, searched and audited.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { executeCommand } from "@/lib/actions/command";
import type { CurrentUser } from "@/lib/auth/current-user-type";
import { agreementCommands } from "@/lib/agreements/commands";
import { agreementNameSelect } from "@/lib/agreements/label";
import { agreementNameIn } from "@/lib/agreements/label-text";
import { parseListParams } from "@/lib/agreements/list-params";
import { listAgreements } from "@/lib/agreements/queries";
import { translatorFor } from "@/lib/i18n/translator";
import { seedArticle } from "@/prisma/seed/article-seed";
import { PROVIDERS, createTestDatabase, type TestDatabase } from "../support/databases";
import { agreementVersion, createUser, newAgreementInput } from "../support/factories";

describe.each(PROVIDERS)("known, unknown, none on %s", (provider) => {
  let t: TestDatabase;
  let editor: CurrentUser;
  const run = (name: "createAgreement" | "updateAgreement", input: unknown, locale: "en" | "zh-CN" = "en") =>
    executeCommand(agreementCommands[name] as never, editor, input, t.db, translatorFor(locale)).then((r) => r.result);
  const counts = async () => ({
    agreements: await t.db.agreement.count(),
    names: await t.db.agreementName.count(),
    organizations: await t.db.organization.count(),
    people: await t.db.person.count(),
    audit: await t.db.auditEvent.count(),
  });

  beforeAll(async () => {
    t = await createTestDatabase(provider);
    await seedArticle(t.db);
    editor = await createUser(t.db, "EDITOR");
  });
  afterAll(async () => t?.drop());

  it("refuses each break of the rule next to its field, in both languages, and writes nothing", async () => {
    const focus = await t.db.focusArea.findFirstOrThrow({ select: { id: true } });
    const before = await counts();
    const refused = await run(
      "createAgreement",
      newAgreementInput({
        title: "A title after all",
        titleKnowledge: "UNKNOWN",
        signatoriesKnowledge: "NONE",
        focusAreasKnowledge: "UNKNOWN",
        focusAreaIds: [focus.id],
        termKnowledge: "NONE",
        expiresOn: "2030",
        termMonths: "12",
        automaticRenewal: true,
      }),
    );
    expect(refused).toMatchObject({
      status: "error",
      code: "INVALID",
      fieldErrors: {
        title: [expect.stringContaining("marked not known or none")],
        signatories: [expect.stringContaining("Signatories are listed")],
        focusAreaIds: [expect.stringContaining("Focus areas are ticked")],
        expiresOn: [expect.stringContaining("open-ended")],
        termMonths: [expect.stringContaining("open-ended")],
        automaticRenewal: [expect.stringContaining("open-ended")],
      },
    });
    const missingTitle = await run("createAgreement", newAgreementInput({ title: "" }), "zh-CN");
    expect(missingTitle).toMatchObject({ status: "error", fieldErrors: { title: ["请填写协议标题，或说明标题不详或没有标题。"] } });
    const unknownTerm = await run("createAgreement", newAgreementInput({ termKnowledge: "UNKNOWN", termMonths: "24", signatories: [] }), "zh-CN");
    expect(unknownTerm).toMatchObject({ status: "error", fieldErrors: { termMonths: ["期限被标为“不详”：请清空此项，或将期限标为“已知”。"] } });
    const emptyOtherName = await run("createAgreement", newAgreementInput({ otherNames: [{ name: " ", note: "headline" }] }));
    expect(emptyOtherName).toMatchObject({ status: "error", fieldErrors: { "otherNames.0.name": ["Give the other name, or remove the row."] } });
    // Refused before anything was written: not the agreement, its new partner, its new signatory or an audit record.
    expect(await counts()).toEqual(before);
  });

  it("stores an untitled agreement with unknown signatories, focus areas and term, and other names; names it by its type and partner", async () => {
    const type = await t.db.agreementType.findUniqueOrThrow({ where: { code: "INDUSTRY" }, select: { id: true } });
    const result = await run(
      "createAgreement",
      newAgreementInput({
        title: "",
        titleKnowledge: "UNKNOWN",
        typeId: type.id,
        signatories: [],
        signatoriesKnowledge: "UNKNOWN",
        focusAreasKnowledge: "UNKNOWN",
        termKnowledge: "NONE",
        noticePeriodDays: "90",
        signedOn: "2015",
        signedOnApproximate: true,
        parties: [{ newOrganization: { name: "Quixotic Gearworks", localName: "堂吉诃德齿轮厂", kind: "COMPANY", country: "CN" } }],
        otherNames: [
          { name: "Windmill Accord", note: "The headline" },
          { name: "风车协定", note: "" },
        ],
      }),
    );
    expect(result).toMatchObject({ status: "success" });
    const reference = result.status === "success" ? (result.data as { reference: string }).reference : "";
    const stored = await t.db.agreement.findUniqueOrThrow({
      where: { reference },
      select: {
        ...agreementNameSelect,
        titleKnowledge: true,
        signatoriesKnowledge: true,
        focusAreasKnowledge: true,
        termKnowledge: true,
        signedOnApproximate: true,
        noticePeriodDays: true,
        otherNames: { orderBy: { order: "asc" }, select: { name: true, note: true, order: true } },
      },
    });
    expect(stored).toMatchObject({
      title: null,
      titleKnowledge: "UNKNOWN",
      signatoriesKnowledge: "UNKNOWN",
      focusAreasKnowledge: "UNKNOWN",
      termKnowledge: "NONE",
      signedOnApproximate: true,
      noticePeriodDays: 90,
      otherNames: [
        { name: "Windmill Accord", note: "The headline", order: 0 },
        { name: "风车协定", note: null, order: 1 },
      ],
    });
    expect(agreementNameIn(stored, "en")).toEqual({ text: "Industry cooperation agreement with Quixotic Gearworks", untitled: true });
    expect(agreementNameIn(stored, "zh-CN")).toEqual({ text: "与堂吉诃德齿轮厂的产业合作协议", untitled: true });

    // Found by either other name, in either script, and not by words it does not hold.
    for (const q of ["windmill accord", "风车", "風車協定"]) {
      expect((await listAgreements(parseListParams({ q }), { database: t.db })).rows.map((r) => r.reference), q).toEqual([reference]);
    }
    // Its creation is audited with what the record knows and its other names.
    const { id } = await t.db.agreement.findUniqueOrThrow({ where: { reference }, select: { id: true } });
    const created = await t.db.auditEvent.findFirstOrThrow({ where: { action: "agreement.created", entityId: id }, select: { changes: true } });
    expect(JSON.parse(created.changes!)).toMatchObject({
      titleKnowledge: { before: null, after: "UNKNOWN" },
      signatoriesKnowledge: { before: null, after: "UNKNOWN" },
      termKnowledge: { before: null, after: "NONE" },
      otherNames: { before: null, after: ["Windmill Accord (The headline)", "风车协定"] },
      signedOnApproximate: { before: null, after: true },
    });
  });

  it("audits a change of knowledge readably, removes an other name from the search, and refuses an inconsistent edit without any change", async () => {
    const created = await run("createAgreement", newAgreementInput({ title: "Tilting Charter", otherNames: [{ name: "Rocinante Pact", note: "A speech" }] }));
    const reference = created.status === "success" ? (created.data as { reference: string }).reference : "";
    const { id } = await t.db.agreement.findUniqueOrThrow({ where: { reference }, select: { id: true } });
    expect((await listAgreements(parseListParams({ q: "rocinante" }), { database: t.db })).total).toBe(1);

    // The title turns out not to be stated, the signatories are not known: inconsistent with the listed signatory, refused.
    const version = await agreementVersion(t.db, reference);
    const before = await counts();
    const inconsistent = await run("updateAgreement", newAgreementInput({ reference, version, title: "", titleKnowledge: "NONE", signatoriesKnowledge: "UNKNOWN" }));
    expect(inconsistent).toMatchObject({ status: "error", fieldErrors: { signatories: [expect.stringContaining("remove them")] } });
    expect(await counts()).toEqual(before);
    expect(await agreementVersion(t.db, reference)).toBe(version);

    const edited = await run("updateAgreement", newAgreementInput({ reference, version, title: "", titleKnowledge: "NONE", signatories: [], signatoriesKnowledge: "UNKNOWN", otherNames: [] }));
    expect(edited).toMatchObject({ status: "success" });
    const audit = await t.db.auditEvent.findFirstOrThrow({ where: { entityId: id, action: "agreement.updated" }, select: { changes: true } });
    const changes = JSON.parse(audit.changes!);
    // Absent while KNOWN: the history reads "Known → None" (components/agreements/history-list.tsx).
    expect(changes).toMatchObject({
      title: { before: "Tilting Charter", after: null },
      titleKnowledge: { before: null, after: "NONE" },
      signatoriesKnowledge: { before: null, after: "UNKNOWN" },
      otherNames: { before: ["Rocinante Pact (A speech)"], after: null },
    });
    const en = translatorFor("en");
    const zh = translatorFor("zh-CN");
    expect([en("history.fields.titleKnowledge"), en("knowledge.NONE"), en("knowledge.UNKNOWN")]).toEqual(["Title known?", "None", "Not known (the source does not say)"]);
    expect([zh("history.fields.signatoriesKnowledge"), zh("knowledge.UNKNOWN")]).toEqual(["签署人是否已知", "不详（来源未说明）"]);
    expect((await listAgreements(parseListParams({ q: "rocinante" }), { database: t.db })).total).toBe(0);
    expect(await t.db.agreementName.count({ where: { agreementId: id } })).toBe(0);
  });
});
