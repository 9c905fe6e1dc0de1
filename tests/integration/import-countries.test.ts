// The import accepts a partner's country as an ISO code or a name in English or Chinese, and an
// agreement type or focus area by either of its names; a country it cannot recognise is a problem.
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

const call = <T>(command: unknown, actor: CurrentUser, db: Database, input: Record<string, unknown>) =>
  executeCommand(command as Command<never, T>, actor, input, db).then((r) => r.result as ActionResult<T>);
const csv = (name: string, lines: string[]) => new File([lines.join("\n")], name, { type: "text/csv" });
const say = (locale: "en" | "zh-CN") => (part: MessagePart) => errorText(translatorFor(locale), part.key, part.values);

const HEADER = "Title,Partners,Partner countries,Type,Focus areas,Signed on";
const ROWS = [
  "Code,Hochschule Beispielstadt,DE,MOU,Student mobility,2021",
  "Chinese name,Zhongyuan Example University,中国,合作备忘录,学生流动,2022",
  "English name,Kansai Example Institute,Japan,Memorandum of understanding,,2023",
  "Lower-case code,Example Polytechnic of Seoul,kr,,,2023",
];

describe.each(PROVIDERS)("import of countries and bilingual lists on %s", (provider) => {
  let t: TestDatabase;
  let editor: CurrentUser;
  beforeAll(async () => {
    t = await createTestDatabase(provider);
    await t.db.organization.create({ data: { name: "Example Own University", kind: "UNIVERSITY", isOwnInstitution: true } });
    await t.db.agreementType.create({ data: { code: "MOU", name: "Memorandum of understanding", localName: "合作备忘录" } });
    await t.db.focusArea.create({ data: { name: "Student mobility", localName: "学生流动" } });
    editor = await createUser(t.db, "EDITOR");
  });
  afterAll(async () => t?.drop());

  it("refuses a country it cannot recognise, saying so in the reader's language", async () => {
    const result = await call<ImportPreview>(importCommands.previewImport, editor, t.db, { file: csv("unknown.csv", [HEADER, "Atlantis,Atlantis Example University,Atlantis,,,2021"]) });
    expect(result.status).toBe("success");
    const preview = (result as { data: ImportPreview }).data;
    expect(preview.importable).toBe(0);
    const messages = preview.problems.flatMap((row) => row.messages);
    expect(messages.map(say("en"))).toContain("Country “Atlantis” is not one Pacta knows: give its name in English or Chinese, or its two-letter ISO code (CN, DE, GB).");
    expect(messages.map(say("zh-CN"))).toContain("无法识别国家“Atlantis”：请填写其中文或英文名称，或两字母 ISO 代码（如 CN、DE、GB）。");
  });

  it("stores codes for countries given as codes or names in either language, and finds types and focus areas by either name", async () => {
    const file = csv("countries.csv", [HEADER, ...ROWS]);
    const preview = await call<ImportPreview>(importCommands.previewImport, editor, t.db, { file });
    expect(preview.status).toBe("success");
    expect((preview as { data: ImportPreview }).data.problems).toEqual([]);
    const committed = await call<{ agreements: number }>(importCommands.importAgreements, editor, t.db, { file });
    expect(committed).toMatchObject({ status: "success", data: { agreements: 4 } });

    const partners = await t.db.organization.findMany({ where: { isOwnInstitution: false }, select: { name: true, country: true }, orderBy: { name: "asc" } });
    expect(partners).toEqual([
      { name: "Example Polytechnic of Seoul", country: "KR" },
      { name: "Hochschule Beispielstadt", country: "DE" },
      { name: "Kansai Example Institute", country: "JP" },
      { name: "Zhongyuan Example University", country: "CN" },
    ]);
    const agreements = await t.db.agreement.findMany({ select: { title: true, type: { select: { code: true } }, focusAreas: { select: { focusArea: { select: { name: true } } } } }, orderBy: { title: "asc" } });
    expect(agreements.map((a) => [a.title, a.type?.code ?? null, a.focusAreas.map((f) => f.focusArea.name)])).toEqual([
      ["Chinese name", "MOU", ["Student mobility"]],
      ["Code", "MOU", ["Student mobility"]],
      ["English name", "MOU", []],
      ["Lower-case code", null, []],
    ]);
    // Nothing was added to the lists: the Chinese names found the existing entries.
    expect(await t.db.agreementType.count()).toBe(1);
    expect(await t.db.focusArea.count()).toBe(1);
  });
});
