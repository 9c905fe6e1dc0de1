// The files real offices produce (tests/fixtures/import), imported through the commands on real
// databases: what the preview says of each, what is stored, and the partner a person confirms.
import { readFileSync } from "node:fs";
import path from "node:path";
import iconv from "iconv-lite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { executeCommand, type ActionResult, type Command } from "@/lib/actions/command";
import type { CurrentUser } from "@/lib/auth/current-user-type";
import type { MessagePart } from "@/lib/errors";
import { errorText, translatorFor } from "@/lib/i18n/translator";
import { importCommands } from "@/lib/import/commands";
import type { ImportPreview } from "@/lib/import/service";
import type { Database } from "@/lib/prisma-client";
import { PROVIDERS, createTestDatabase, type TestDatabase } from "../support/databases";
import { createUser } from "../support/factories";

const fixture = (name: string) => new File([new Uint8Array(readFileSync(path.join(__dirname, "../fixtures/import", name)))], name);
const en = (part: MessagePart) => errorText(translatorFor("en"), part.key, part.values);
const zh = (part: MessagePart) => errorText(translatorFor("zh-CN"), part.key, part.values);
type Imported = { agreements: number; organizations: number; types: number; focusAreas: number; references: string[] };

const call = <T>(command: unknown, actor: CurrentUser, db: Database, input: Record<string, unknown>) =>
  executeCommand(command as Command<never, T>, actor, input, db).then((r) => r.result as ActionResult<T>);

async function preview(db: Database, actor: CurrentUser, file: File, extra: Record<string, unknown> = {}): Promise<ImportPreview> {
  const result = await call<ImportPreview>(importCommands.previewImport, actor, db, { file, ...extra });
  if (result.status !== "success") throw new Error(`preview refused: ${JSON.stringify(result)}`);
  return result.data;
}
const commit = (db: Database, actor: CurrentUser, file: File, extra: Record<string, unknown> = {}) => call<Imported>(importCommands.importAgreements, actor, db, { file, ...extra });
/** Each row's problems as "line: message", in English. */
const problemsOf = (p: ImportPreview) => p.problems.flatMap((r) => r.messages.map((m) => `${r.line}: ${en(m)}`));

/** A register with our institution, one partner (WUT), one type and one focus area. */
async function register(provider: "sqlite" | "postgresql") {
  const t = await createTestDatabase(provider);
  await t.db.organization.create({ data: { name: "Example Own University", kind: "UNIVERSITY", isOwnInstitution: true } });
  const wut = await t.db.organization.create({ data: { name: "Wuhan University of Technology", localName: "武汉理工大学", acronym: "WUT", kind: "UNIVERSITY", country: "CN" } });
  await t.db.agreementType.create({ data: { code: "MOU", name: "Memorandum of understanding" } });
  await t.db.focusArea.create({ data: { name: "Student mobility" } });
  return { t, wutId: wut.id, admin: await createUser(t.db, "ADMIN"), editor: await createUser(t.db, "EDITOR") };
}

describe.each(PROVIDERS)("field cases on %s", (provider) => {
  let t: TestDatabase;
  let wutId: string;
  let editor: CurrentUser;
  beforeAll(async () => ({ t, wutId, editor } = await register(provider)));
  afterAll(async () => t?.drop());

  it("one partner spelled seven ways: six match WUT exactly; Univ. waits for a person; confirmed, all seven are WUT's and nothing new is created", async () => {
    const file = fixture("partner-spellings.csv");
    const first = await preview(t.db, editor, file);
    expect(first.matchedOrganizations).toBe(6);
    expect(first.newOrganizations).toEqual([]);
    expect(first.partnersToConfirm).toEqual([
      { key: "wuhan univ. of technology", name: "Wuhan Univ. of Technology", localName: null, lines: [7], candidates: [{ id: wutId, name: "Wuhan University of Technology", localName: "武汉理工大学", reason: "abbreviation" }], decision: null },
    ]);
    expect(problemsOf(first)).toEqual(["7: Partner “Wuhan Univ. of Technology” may be an organisation already in Pacta: choose it, or “New organisation”, under “Partners to confirm”."]);
    expect(first.importable).toBe(0);
    // Nothing is created from a guess: without the person's choice the import is refused.
    const organizations = await t.db.organization.count();
    expect(await commit(t.db, editor, file)).toMatchObject({ status: "error", formError: expect.stringContaining("Nothing was imported") });
    expect(await t.db.organization.count()).toBe(organizations);

    const decisions = JSON.stringify([["wuhan univ. of technology", { organizationId: wutId }]]);
    const confirmed = await preview(t.db, editor, file, { decisions });
    expect(confirmed).toMatchObject({ rowsWithProblems: 0, matchedOrganizations: 7, importable: 7, newOrganizations: [] });
    // The choice stays listed, to be seen and changed.
    expect(confirmed.partnersToConfirm.map((p) => p.decision)).toEqual([{ organizationId: wutId }]);
    expect(await commit(t.db, editor, file, { decisions })).toMatchObject({ status: "success", data: { agreements: 7, organizations: 0 } });
    const parties = await t.db.agreementParty.findMany({ where: { role: "PARTNER" }, select: { organizationId: true } });
    expect(parties.map((p) => p.organizationId)).toEqual(Array(7).fill(wutId));
    expect(await t.db.organization.count()).toBe(organizations);
  });

  it("a close partner chosen as a new organisation is created with the kind the person chose", async () => {
    const file = new File(["Title,Partners,Partner local names\nScript agreement,National Taipei Example University,武漢理工大學\n"], "script.csv");
    const first = await preview(t.db, editor, file);
    expect(first.partnersToConfirm.map((p) => p.candidates.map((c) => `${c.name} ${c.reason}`))).toEqual([["Wuhan University of Technology script"]]);
    const decisions = JSON.stringify([["national taipei example university", { kind: "RESEARCH_INSTITUTE" }]]);
    expect((await preview(t.db, editor, file, { decisions })).newOrganizations).toEqual([
      { key: "national taipei example university", name: "National Taipei Example University", localName: "武漢理工大學", kind: "RESEARCH_INSTITUTE", lines: [2] },
    ]);
    expect(await commit(t.db, editor, file, { decisions })).toMatchObject({ status: "success", data: { agreements: 1, organizations: 1 } });
    expect(await t.db.organization.findFirst({ where: { name: "National Taipei Example University" }, select: { kind: true } })).toEqual({ kind: "RESEARCH_INSTITUTE" });
    // A decision about an organisation that does not exist is no decision.
    const other = new File(["Title,Partners\nBracket agreement,Wuhan University of Technology (WUT)\n"], "bracket.csv");
    const forged = await preview(t.db, editor, other, { decisions: JSON.stringify([["wuhan university of technology (wut)", { organizationId: "no-such-id" }]]) });
    expect(forged.partnersToConfirm.map((p) => p.candidates[0].reason)).toEqual(["acronym"]);
    expect(forged.rowsWithProblems).toBe(1);
  });
});

describe("field cases: reading, cells and dates (SQLite)", () => {
  let t: TestDatabase;
  let admin: CurrentUser;
  let editor: CurrentUser;
  beforeAll(async () => ({ t, admin, editor } = await register("sqlite")));
  afterAll(async () => t?.drop());

  it("c01b: the sep= line is honoured; 2 rows; the summary keeps its line break", async () => {
    const file = fixture("c01b-sep-line.csv");
    const p = await preview(t.db, editor, file);
    expect(p).toMatchObject({ csv: { delimiter: ";", encoding: "utf-8" }, rowCount: 2, rowsWithProblems: 0, importable: 2 });
    expect(await commit(t.db, editor, file)).toMatchObject({ status: "success", data: { agreements: 2 } });
    const stored = await t.db.agreement.findFirstOrThrow({ where: { title: "Memorandum of Understanding, student exchange" }, select: { summary: true, termMonths: true, noticePeriodDays: true } });
    expect(stored).toEqual({ summary: "Line one of the summary\r\nLine two, after Alt+Enter", termMonths: 60, noticePeriodDays: 90 });
  });

  it("c01c: the delimiter is found from the lines' structure; an editor's unknown focus areas are row problems listing the known ones", async () => {
    const file = fixture("c01c-semicolon-commas-in-header.csv");
    const mapping = JSON.stringify({ title: 0, partners: 1, focusAreas: 2, signedOn: 3 });
    const p = await preview(t.db, editor, file, { mapping });
    expect(p).toMatchObject({ csv: { delimiter: ";" }, rowCount: 2 });
    expect(problemsOf(p)).toEqual([
      "2: Focus area “AI” is not in Pacta's list: Student mobility. Use one of these, or ask an administrator to add it on the Lists page.",
      "2: Focus area “mobility” is not in Pacta's list: Student mobility. Use one of these, or ask an administrator to add it on the Lists page.",
      "3: Focus area “energy” is not in Pacta's list: Student mobility. Use one of these, or ask an administrator to add it on the Lists page.",
    ]);
    // Chosen as a comma file on the preview, it reads as such (and the columns no longer fit).
    expect((await preview(t.db, editor, file, { delimiter: "," })).csv?.delimiter).toBe(",");
    // An administrator's import adds them, audited as on the Lists page.
    const p2 = await preview(t.db, admin, file, { mapping });
    expect(p2).toMatchObject({ rowsWithProblems: 0, newFocusAreas: ["AI", "mobility", "energy"] });
    expect(await commit(t.db, admin, file, { mapping })).toMatchObject({ status: "success", data: { agreements: 2, focusAreas: 3 } });
    expect(await t.db.auditEvent.count({ where: { action: "focus-area.created" } })).toBe(3);
  });

  it("c03a, c03b, c03d: Windows-1252, GBK and UTF-16 read, the encoding shown, the names stored whole", async () => {
    const expected = {
      "c03a-windows-1252.csv": ["windows-1252", "Windows-1252", ["Università degli Studi di Esempio", "Technische Universität Beispielstadt", "École supérieure d'exemple", "Universidad de Ejemplo – Campus Señorío"]],
      "c03b-gbk.csv": ["gb18030", "GB18030 (GBK)", ["示例市人民政府", "示例汽车集团有限公司"]],
      "c03d-excel-unicode-text-utf16le.txt": ["utf-16le", "UTF-16 LE", ["Université d'Exemple", "示例大学"]],
    } as const;
    for (const [name, [encoding, label, partners]] of Object.entries(expected)) {
      const file = fixture(name);
      const p = await preview(t.db, editor, file);
      expect(p.csv, name).toMatchObject({ encoding, encodingLabel: label });
      expect(p.rowsWithProblems, name).toBe(0);
      expect(p.newOrganizations.map((o) => o.name)).toEqual(partners);
      expect(await commit(t.db, editor, file), name).toMatchObject({ status: "success" });
    }
    const names = (await t.db.organization.findMany({ select: { name: true } })).map((o) => o.name);
    expect(names).toEqual(expect.arrayContaining(["Universidad de Ejemplo – Campus Señorío", "示例汽车集团有限公司", "Université d'Exemple"]));
    expect(names.join("")).not.toContain("\uFFFD");
  });

  it("refuses a partner name that already lost a character in an earlier conversion (U+FFFD in a UTF-8 file)", async () => {
    const file = new File(["Title,Partners\nDamaged,Universit\uFFFD di Esempio\n"], "damaged.csv");
    expect(problemsOf(await preview(t.db, editor, file))).toEqual(["2: Partner “Universit\uFFFD di Esempio” holds a character that was lost in an earlier conversion (�). Correct the name in the file."]);
  });

  it("matches our own institution named among the partners: it stays party 0, once, and no copy of it is created", async () => {
    const file = new File(["Title,Partners\nOwn named,EXAMPLE OWN UNIVERSITY; Own Named Partner\n"], "own.csv");
    const p = await preview(t.db, editor, file);
    expect(p.newOrganizations.map((o) => o.name)).toEqual(["Own Named Partner"]);
    expect(await commit(t.db, editor, file)).toMatchObject({ status: "success", data: { organizations: 1 } });
    expect(await t.db.organization.count({ where: { name: { contains: "Own University" } } })).toBe(1);
    const parties = await t.db.agreementParty.findMany({ where: { agreement: { title: "Own named" } }, orderBy: { order: "asc" }, select: { role: true, organization: { select: { name: true } } } });
    expect(parties.map((x) => `${x.role} ${x.organization.name}`)).toEqual(["OUR_INSTITUTION Example Own University", "PARTNER Own Named Partner"]);
  });

  it("c04a: three rows, the stray quotes kept as typed", async () => {
    const file = fixture("c04a-unescaped-quotes.csv");
    expect(await preview(t.db, editor, file)).toMatchObject({ rowCount: 3, rowsWithProblems: 0 });
    expect(await commit(t.db, editor, file)).toMatchObject({ status: "success", data: { agreements: 3 } });
    expect(await t.db.agreement.count({ where: { title: 'Agreement on a 19" rack donation' } })).toBe(1);
  });

  it("c08: cells read as a person sees them; a formula without a value and an error cell are problems naming the cell", async () => {
    const file = fixture("c08-cell-kinds.xlsx");
    const p = await preview(t.db, editor, file);
    expect(p.csv).toBeNull();
    expect(problemsOf(p)).toEqual([
      "5: Cell B5 holds a formula with no saved value. Open the file in Excel, save it there, and check it again.",
      "6: Cell B6 shows the error #N/A. Correct it in the file and check it again.",
    ]);
    expect(p.sample.map((r) => r.line)).toEqual([5, 6, 2, 3, 4, 7, 8]);
    expect(p.sample.flatMap((r) => r.partners.map((x) => x.name))).toEqual([
      "Example University of Technology",
      "Example Institute",
      "Example Institute",
      "Example College",
      "Example College",
    ]);
    expect(p.importable).toBe(0);
    expect(await commit(t.db, editor, file)).toMatchObject({ status: "error" });
  });

  it("dates typed as text: ambiguous, academic year and impossible days refused with their reasons; full-width digits read", async () => {
    const file = fixture("dates-typed-as-text.csv");
    const p = await preview(t.db, editor, file);
    expect(problemsOf(p)).toEqual([
      "2: Signed on “5/3/19” could be 2019-03-05 or 2019-05-03. Write it as 2019-05-03, 3 May 2019 or 2019年5月3日.",
      "2: Expires on “5/2/24” could be 2024-02-05 or 2024-05-02. Write it as 2019-05-03, 3 May 2019 or 2019年5月3日.",
      "4: Signed on “2009/10” is an academic year, not a date. Write the year (2009) or the day it was signed, such as 2009-09-15.",
      "4: Expires on “2014/15” is an academic year, not a date. Write the year (2014) or the day it was signed, such as 2009-09-15.",
      "5: Signed on “2019-02-29” is not a day of the calendar.",
      "5: Expires on “31/04/2024” is not a day of the calendar.",
    ]);
    expect(p.problems.flatMap((r) => r.messages.map(zh))[0]).toBe("签署日期“5/3/19”既可能是 2019-03-05，也可能是 2019-05-03。请写作 2019-05-03、3 May 2019 或 2019年5月3日。");
    // The invalid value is shown as given; the full-width one as the date it is.
    expect(p.sample.map((r) => [r.line, r.signedOn, r.signedOnInvalid])).toEqual([
      [2, "5/3/19", true],
      [4, "2009/10", true],
      [5, "2019-02-29", true],
      [3, "2019-05-03", false],
    ]);
  });

  it("shows an unknown status as given and an editor's unknown type as a problem listing the known types; an administrator adds it, audited", async () => {
    const file = new File(["Title,Partners,Status,Type\nA,Partner A,Pending,Memorandum of Understanding\nB,Partner B,Active,Twinning\n"], "lists.csv");
    const p = await preview(t.db, editor, file);
    expect(problemsOf(p)).toEqual([
      expect.stringMatching(/^2: Status “Pending” is not one of/),
      "3: Agreement type “Twinning” is not in Pacta's list: Memorandum of understanding. Use one of these, or ask an administrator to add it on the Lists page.",
    ]);
    expect(p.sample[0]).toMatchObject({ line: 2, status: null, statusGiven: "Pending" });
    const fixed = new File(["Title,Partners,Type\nB,Partner B,Twinning\n"], "lists.csv");
    expect(await commit(t.db, admin, fixed)).toMatchObject({ status: "success", data: { types: 1 } });
    expect(await t.db.auditEvent.count({ where: { action: "agreement-type.created" } })).toBe(1);
  });

  it("reads a Big5 register and a pipe-delimited one, and refuses a file that cannot be decoded, naming the line", async () => {
    const big5 = new File([new Uint8Array(iconv.encode("標題,合作方\n學術交流協議,國立臺灣示例大學\n合作備忘錄,臺北示例科技大學\n", "big5"))], "big5.csv");
    expect(await preview(t.db, editor, big5)).toMatchObject({ csv: { encoding: "big5", encodingLabel: "Big5" }, rowCount: 2 });
    const pipe = new File(["Title|Partners|Signed on\nA, with a comma|Partner; one|2020年5月\n"], "pipe.txt");
    expect((await preview(t.db, editor, pipe)).sample[0]).toMatchObject({ title: "A, with a comma", signedOn: "2020-05", partners: [{ name: "Partner" }, { name: "one" }] });
    const broken = await call(importCommands.previewImport, editor, t.db, { file: new File([new Uint8Array(iconv.encode("Title,Partners\nA,B\nC,ｱ\n", "shift_jis"))], "sjis.csv"), encoding: "big5" });
    expect(broken).toMatchObject({ status: "error", fieldErrors: { file: [expect.stringMatching(/could not be read as Big5: line 3/)] } });
  });

  it("cases of our own of each kind, through the preview: Windows-1250 names, a near spelling to confirm, exact spellings matched, typed dates and full-width numbers read", async () => {
    const text =
      "Title;Partners;Signed on;Term (months)\n" +
      "Umowa o współpracy, Łódź;Wuhan University of Technology – WUT;May 3rd, 2019;36.0\n" +
      "Smlouva;WUHAN\u00A0UNIVERSITY  OF TECHNOLOGY ;Mar-19;12\n" +
      "Ugovor;wuhan university of technology;2019-5-3 10:00;24\n";
    const file = new File([new Uint8Array(iconv.encode(text, "windows-1250"))], "own.csv");
    const result = await preview(t.db, editor, file);
    expect(result.csv).toMatchObject({ delimiter: ";", encoding: "windows-1250", encodingLabel: "Windows-1250" });
    expect(result.matchedOrganizations).toBe(2);
    expect(result.newOrganizations).toEqual([]);
    expect(result.partnersToConfirm.map((p) => [p.name, p.lines, p.candidates.map((c) => c.reason)])).toEqual([["Wuhan University of Technology – WUT", [2], ["acronym"]]]);
    expect(problemsOf(result)).toEqual([expect.stringMatching(/^2: Partner “Wuhan University of Technology – WUT” may be an organisation already in Pacta/)]);
    expect(result.sample.map((r) => [r.title, r.signedOn])).toEqual([
      ["Umowa o współpracy, Łódź", "2019-05-03"],
      ["Smlouva", "2019-03"],
      ["Ugovor", "2019-05-03"],
    ]);
    // Figures typed with a Chinese input method are figures.
    const wide = await preview(t.db, editor, new File(["标题,合作方,期限（月）\n协议,武汉理工大学,３６\n"], "wide.csv"));
    expect(problemsOf(wide)).toEqual([]);
  });
});
