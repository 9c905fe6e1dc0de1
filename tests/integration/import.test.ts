// Importing a register on real databases: the round trip through our own exports, and
// every kind of bad file, each with its message and nothing written.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { executeCommand, type ActionResult, type Command } from "@/lib/actions/command";
import type { CurrentUser } from "@/lib/auth/current-user-type";
import type { Database } from "@/lib/prisma-client";
import { toIsoPartial } from "@/lib/dates/partial-date";
import { importCommands } from "@/lib/import/commands";
import { IMPORT_FIELD_KEYS } from "@/lib/import/columns";
import { exportStream } from "@/lib/reports/agreement-export";
import { parseListParams } from "@/lib/agreements/list-params";
import { seedArticle } from "@/prisma/seed/article-seed";
import { PROVIDERS, createTestDatabase, type TestDatabase } from "../support/databases";
import { createUser } from "../support/factories";
import { zipBomb } from "../support/zip-bomb";
import type { MessagePart } from "@/lib/errors";
import { errorText, translatorFor } from "@/lib/i18n/translator";
import type { Locale } from "@/lib/i18n/locales";
import { referenceName } from "@/lib/i18n/names";

/** A problem as an English reader sees it. */
const said = (part: MessagePart) => errorText(translatorFor("en"), part.key, part.values);

async function bytesOf(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string));
  return Buffer.concat(chunks);
}

/**
 * What a register holds, in comparable form; type and focus-area names as a reader of `locale`
 * sees them (an export speaks its reader's language, so a Chinese one carries the Chinese names).
 */
async function registerOf(db: Database, locale: Locale = "en") {
  const agreements = await db.agreement.findMany({
    orderBy: { reference: "asc" },
    select: {
      reference: true,
      title: true,
      titleKnowledge: true,
      signatoriesKnowledge: true,
      focusAreasKnowledge: true,
      termKnowledge: true,
      otherNames: { orderBy: { order: "asc" }, select: { name: true } },
      status: true,
      signedOn: true,
      signedOnPrecision: true,
      signedPlace: true,
      type: { select: { name: true, localName: true } },
      parties: { where: { role: { not: "OUR_INSTITUTION" } }, orderBy: { order: "asc" }, select: { organization: { select: { name: true, localName: true } } } },
      focusAreas: { select: { focusArea: { select: { name: true, localName: true } } } },
    },
  });
  return agreements.map((a) => ({
    reference: a.reference,
    title: a.title,
    knowledge: [a.titleKnowledge, a.signatoriesKnowledge, a.focusAreasKnowledge, a.termKnowledge].join(" "),
    otherNames: a.otherNames.map((n) => n.name),
    status: a.status,
    signedOn: a.signedOn ? toIsoPartial(a.signedOn, a.signedOnPrecision!) : null,
    place: a.signedPlace,
    type: a.type ? referenceName(a.type, locale) : null,
    partners: a.parties.map((p) => `${p.organization.name}/${p.organization.localName ?? ""}`),
    focusAreas: a.focusAreas.map((f) => referenceName(f.focusArea, locale)).sort(),
  }));
}

async function emptyRegister(provider: "sqlite" | "postgresql") {
  const t = await createTestDatabase(provider);
  await t.db.organization.create({ data: { name: "Wuhan University of Technology", localName: "武汉理工大学", acronym: "WUT", kind: "UNIVERSITY", isOwnInstitution: true } });
  return t;
}

const run = <T>(command: unknown, actor: CurrentUser, file: File, db: Database, mapping?: object) =>
  executeCommand(command as Command<never, T>, actor, { file, ...(mapping ? { mapping: JSON.stringify(mapping) } : {}) }, db).then((r) => r.result as ActionResult<T>);

describe.each(PROVIDERS)("the round trip through our own exports on %s", (provider) => {
  let source: TestDatabase;
  beforeAll(async () => {
    source = await createTestDatabase(provider);
    await seedArticle(source.db);
  });
  afterAll(async () => source?.drop());

  for (const [format, locale] of [["csv", "en"], ["xlsx", "en"], ["csv", "zh-CN"], ["xlsx", "zh-CN"]] as const) {
    it(`brings the seed back from ${format.toUpperCase()} exported in ${locale} with the same agreements, parties, focus areas, statuses, partial dates, knowledge and other names`, async () => {
      const bytes = await bytesOf(exportStream(format, source.db, parseListParams({}), undefined, translatorFor(locale)));
      const target = await emptyRegister(provider);
      try {
        // An administrator's import: the seed's types and focus areas are added to the empty register's lists.
        const editor = await createUser(target.db, "ADMIN");
        const file = new File([new Uint8Array(bytes)], `register.${format}`);
        const preview = await run<{ rowsWithProblems: number; rowCount: number; newOrganizations: string[] }>(importCommands.previewImport, editor, file, target.db);
        expect(preview).toMatchObject({ status: "success", data: { rowCount: 9, rowsWithProblems: 0 } });
        const result = await run<{ agreements: number }>(importCommands.importAgreements, editor, file, target.db);
        expect(result).toMatchObject({ status: "success", data: { agreements: 9 } });
        const expected = await registerOf(source.db, locale);
        // The seed as decision 022 describes it, so that the comparison is not of two empty sets of facts.
        expect(expected.filter((a) => a.title === null && a.knowledge.startsWith("UNKNOWN UNKNOWN"))).toHaveLength(4);
        expect(expected.filter((a) => a.otherNames.length > 0)).toHaveLength(1);
        expect(await registerOf(target.db, locale)).toEqual(expected);
        expect(await target.db.auditEvent.count({ where: { action: "import.committed" } })).toBe(1);
        // New agreements are numbered after the imported ones.
        expect((await target.db.referenceCounter.findUnique({ where: { year: 2020 } }))?.last).toBe(8);
      } finally {
        await target.drop();
      }
    });
  }
});

describe("importing files", () => {
  let t: TestDatabase;
  let editor: CurrentUser;
  const counts = async () => ({ agreements: await t.db.agreement.count(), organizations: await t.db.organization.count(), audit: await t.db.auditEvent.count() });
  const csv = (text: string, name = "register.csv") => new File([text], name);
  const header = IMPORT_FIELD_KEYS.map((key) => translatorFor("en")(`exports.columns.${key}`)).join(",");

  beforeAll(async () => {
    t = await createTestDatabase("sqlite");
    await seedArticle(t.db);
    editor = await createUser(t.db, "EDITOR");
  });
  afterAll(async () => t?.drop());

  it("matches partners by any of their names, keeps partial dates and shows what will be new", async () => {
    const file = csv(
      [
        "Title,Partner,Date signed,Status",
        "Steel research agreement,GLISG,May 2021,Active",
        "Joint school,University of Nowhere,2022,Draft",
        'Municipal MoU,柳州市人民政府,2023年3月5日,',
      ].join("\n"),
    );
    const preview = await run<{ mapping: object; newOrganizations: { name: string }[]; matchedOrganizations: number; sample: { signedOn: string; partners: { matched: boolean }[] }[] }>(importCommands.previewImport, editor, file, t.db);
    expect(preview.status).toBe("success");
    if (preview.status !== "success") return;
    expect(preview.data.mapping).toEqual({ title: 0, partners: 1, signedOn: 2, status: 3 });
    expect(preview.data.newOrganizations.map((o) => o.name)).toEqual(["University of Nowhere"]);
    expect(preview.data.matchedOrganizations).toBe(2);
    expect(preview.data.sample.map((r) => r.signedOn)).toEqual(["2021-05", "2022", "2023-03-05"]);

    const before = await counts();
    const result = await run<{ agreements: number; references: string[] }>(importCommands.importAgreements, editor, file, t.db);
    expect(result).toMatchObject({ status: "success", data: { agreements: 3, references: ["AG-2021-0001", "AG-2022-0001", "AG-2023-0001"] } });
    expect((await counts()).organizations).toBe(before.organizations + 1);
    const steel = await t.db.agreement.findUniqueOrThrow({ where: { reference: "AG-2021-0001" }, select: { signedOnPrecision: true, parties: { select: { organization: { select: { acronym: true } } } } } });
    expect(steel.signedOnPrecision).toBe("MONTH");
    expect(steel.parties.map((p) => p.organization.acronym)).toContain("GLISG");
  });

  it("lists every row's problems and imports nothing while one of 1,000 rows is invalid", async () => {
    const rows = Array.from({ length: 1000 }, (_, i) => `AG-2030-${String(i + 1).padStart(4, "0")},Agreement ${i},Partner ${i % 7},,,,Active,${i === 637 ? "31 February 2019" : "2019-02-01"}`);
    const file = csv([header, ...rows].join("\n"));
    const before = await counts();
    const preview = await run<{ rowsWithProblems: number; problems: { line: number; messages: MessagePart[] }[] }>(importCommands.previewImport, editor, file, t.db);
    expect(preview).toMatchObject({ status: "success", data: { rowsWithProblems: 1, problems: [{ line: 639 }] } });
    if (preview.status === "success") expect(preview.data.problems[0].messages.map(said)).toEqual([expect.stringContaining("“31 February 2019” is not a day of the calendar")]);
    const result = await run(importCommands.importAgreements, editor, file, t.db);
    expect(result).toMatchObject({ status: "error", formError: expect.stringContaining("Nothing was imported") });
    expect(await counts()).toEqual(before);
  });

  it("names each problem: missing title, unknown status, duplicate reference in the file and in the register", async () => {
    const file = csv(
      [header, ",,Partner A,,,,Active", ",Title B,Partner B,,,,Pending", "AG-2020-0001,Title D,Partner D", "AG-2031-0001,Title E,Partner E", "AG-2031-0001,Title F,Partner F"].join("\n"),
    );
    const preview = await run<{ problems: { line: number; messages: MessagePart[] }[] }>(importCommands.previewImport, editor, file, t.db);
    expect(preview.status).toBe("success");
    if (preview.status !== "success") return;
    const messages = preview.data.problems.flatMap((p) => p.messages.map((m) => `${p.line}: ${said(m)}`));
    expect(messages).toEqual(
      expect.arrayContaining([
        "2: The title is missing.",
        expect.stringMatching(/^3: Status “Pending” is not one of/),
        "4: Reference AG-2020-0001 is already in the register.",
        "6: Reference AG-2031-0001 appears twice in the file (also on line 5).",
      ]),
    );
    expect(messages).toHaveLength(4);
  });

  describe("not known, none and other names", () => {
    const words = ["title", "otherNames", "partners", "signatories", "focusAreas", "expiresOn", "termMonths", "status", "signedOn"] as const;
    const head = (locale: Locale) => words.map((key) => translatorFor(locale)(`exports.columns.${key}`)).join(",");
    const stored = (title: string | null) =>
      t.db.agreement.findFirstOrThrow({
        where: title === null ? { title: null, parties: { some: { organization: { name: "Knowledge Partner" } } } } : { title },
        orderBy: { createdAt: "desc" },
        select: { title: true, titleKnowledge: true, signatoriesKnowledge: true, focusAreasKnowledge: true, termKnowledge: true, expiresOn: true, otherNames: { orderBy: { order: "asc" }, select: { name: true } } },
      });

    it("reads the words in either language, whole cells only, and fills other names", async () => {
      const file = csv(
        [
          head("zh-CN"),
          "不详,乙方协议; Second name,Knowledge Partner, 不详 ,无,无,,有效,2019",
          "None of the above,,Knowledge Partner,NOT KNOWN,Unknown,,ｎｏｎｅ,Active,2019",
        ].join("\n"),
      );
      const result = await run<{ agreements: number }>(importCommands.importAgreements, editor, file, t.db);
      expect(result).toMatchObject({ status: "success", data: { agreements: 2 } });
      expect(await stored(null)).toMatchObject({
        title: null,
        titleKnowledge: "UNKNOWN",
        signatoriesKnowledge: "UNKNOWN",
        focusAreasKnowledge: "NONE",
        termKnowledge: "NONE",
        otherNames: [{ name: "乙方协议" }, { name: "Second name" }],
      });
      // A real title that begins with the word is a title.
      expect(await stored("None of the above")).toMatchObject({ titleKnowledge: "KNOWN", signatoriesKnowledge: "UNKNOWN", focusAreasKnowledge: "UNKNOWN", termKnowledge: "NONE", otherNames: [] });
    });

    it("refuses, on its row and in both languages, a term that is none with an expiry date, and still an empty title", async () => {
      const file = csv([head("en"), "Open-ended but dated,,Knowledge Partner,,,2030-01-01,none,Active,2019", ",,Knowledge Partner,,,,,Active,2019"].join("\n"));
      const before = await counts();
      const preview = await run<{ problems: { line: number; messages: MessagePart[] }[] }>(importCommands.previewImport, editor, file, t.db);
      expect(preview.status).toBe("success");
      if (preview.status !== "success") return;
      expect(preview.data.problems.map((p) => [p.line, p.messages.map(said)])).toEqual([
        [2, [expect.stringContaining("The term is marked none (open-ended)")]],
        [3, ["The title is missing."]],
      ]);
      expect(errorText(translatorFor("zh-CN"), preview.data.problems[0].messages[0].key, preview.data.problems[0].messages[0].values)).not.toBe(said(preview.data.problems[0].messages[0]));
      expect(await run(importCommands.importAgreements, editor, file, t.db)).toMatchObject({ status: "error" });
      expect(await counts()).toEqual(before);
    });
  });

  const refused = async (file: File, message: RegExp | string, mapping?: object) => {
    const before = await counts();
    for (const command of [importCommands.previewImport, importCommands.importAgreements]) {
      const result = await run(command, editor, file, t.db, mapping);
      expect(result.status).toBe("error");
      if (result.status === "error") expect([result.formError, ...(result.fieldErrors?.file ?? [])].join(" ")).toMatch(message);
    }
    expect(await counts()).toEqual(before);
  };

  it("refuses an empty file", () => refused(csv(""), /The file is empty/));
  it("refuses a file that is not text in the encoding chosen, naming the line", async () => {
    const latin1 = new File([new Uint8Array([...Buffer.from("Title,Partners\nA,B\n"), 0xc9, 0x74, 0xe9, 0x2c, 0x43, 0x0a])], "latin1.csv");
    const before = await counts();
    const result = await executeCommand(importCommands.previewImport as Command<never, unknown>, editor, { file: latin1, encoding: "utf-8" }, t.db);
    expect(result.result).toMatchObject({ status: "error", fieldErrors: { file: [expect.stringContaining("could not be read as UTF-8: line 3")] } });
    expect(await counts()).toEqual(before);
  });
  it("says which needed columns a file lacks, and imports nothing from it", async () => {
    const file = csv("Reference,Type\nAG-1,MoU\n");
    const before = await counts();
    const preview = await run<{ fileProblems: MessagePart[] }>(importCommands.previewImport, editor, file, t.db);
    expect(preview.status).toBe("success");
    if (preview.status === "success") {
      expect(preview.data.fileProblems.map(said)).toEqual(["No column is chosen for “Title”, which every agreement needs.", "No column is chosen for “Partners”, which every agreement needs."]);
      expect(preview.data.fileProblems.map((p) => errorText(translatorFor("zh-CN"), p.key, p.values))).toEqual(["尚未为“标题”选择列，每份协议都需要此项。", "尚未为“合作方”选择列，每份协议都需要此项。"]);
    }
    expect(await run(importCommands.importAgreements, editor, file, t.db)).toMatchObject({ status: "error", formError: expect.stringContaining("Nothing was imported") });
    expect(await counts()).toEqual(before);
  });
  it("refuses a file over the size limit", () => refused(new File([new Uint8Array(11 * 1024 * 1024)], "big.csv"), /files up to 10 MB/));
  it("refuses a zip bomb quickly, from its directory alone", async () => {
    const started = Date.now();
    await refused(new File([new Uint8Array(zipBomb(150 * 1024 * 1024))], "bomb.xlsx"), /would unpack to more than 100 MB/);
    expect(Date.now() - started).toBeLessThan(5000);
  });
  it("ignores a __proto__ header and reads only known columns", async () => {
    const file = csv(["__proto__,constructor,Title,Partners", "polluted,polluted,Prototype-safe agreement,Partner Z"].join("\n"));
    const result = await run<{ agreements: number }>(importCommands.importAgreements, editor, file, t.db);
    expect(result).toMatchObject({ status: "success", data: { agreements: 1 } });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, "polluted")).toBe(false);
  });
  it("takes an explicit column choice instead of its guess, and refuses a malformed one", async () => {
    const file = csv(["Name of agreement,Counterpart institution", "Chosen columns agreement,Partner Y"].join("\n"));
    const preview = await run<{ fileProblems: MessagePart[] }>(importCommands.previewImport, editor, file, t.db, { title: 0, partners: 1, __proto__: 3 });
    expect(preview).toMatchObject({ status: "success", data: { fileProblems: [] } });
    const bad = await executeCommand(importCommands.previewImport as Command<never, unknown>, editor, { file, mapping: "{not json" }, t.db);
    expect(bad.result).toMatchObject({ status: "error", fieldErrors: { mapping: [expect.stringContaining("could not be read")] } });
  });
});
