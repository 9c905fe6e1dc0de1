// The interface language on real databases: a person's choice is saved and audited; a
// refused change, a reminder e-mail and a calendar feed speak the person's language.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { executeCommand } from "@/lib/actions/command";
import { agreementCommands } from "@/lib/agreements/commands";
import type { CurrentUser } from "@/lib/auth/current-user-type";
import { translatorFor } from "@/lib/i18n/translator";
import { runReminderJob } from "@/lib/reminders/job";
import { reminderCommands } from "@/lib/reminders/commands";
import { calendarFeed } from "@/lib/reports/calendar";
import { userCommands } from "@/lib/users/commands";
import { seedArticle } from "@/prisma/seed/article-seed";
import { PROVIDERS, createTestDatabase, type TestDatabase } from "../support/databases";
import { agreementVersion, createTestAgreement, createUser, newAgreementInput } from "../support/factories";

describe.each(PROVIDERS)("languages on %s", (provider) => {
  let t: TestDatabase;
  let editor: CurrentUser;
  let viewer: CurrentUser;
  const zh = translatorFor("zh-CN");

  beforeAll(async () => {
    t = await createTestDatabase(provider);
    await seedArticle(t.db);
    editor = await createUser(t.db, "EDITOR");
    viewer = await createUser(t.db, "VIEWER");
  });
  afterAll(async () => t?.drop());

  it("saves a person's language on their account, with an audit event, and refuses a language Pacta does not have", async () => {
    const chosen = await executeCommand(userCommands.setLanguage, viewer, { locale: "zh-CN" }, t.db);
    expect(chosen.result.status).toBe("success");
    expect(await t.db.user.findUniqueOrThrow({ where: { id: viewer.id }, select: { locale: true } })).toEqual({ locale: "zh-CN" });
    const audit = await t.db.auditEvent.findFirstOrThrow({ where: { action: "user.language-changed", entityId: viewer.id } });
    expect(JSON.parse(audit.changes!)).toEqual({ locale: { before: null, after: "zh-CN" } });

    const refused = await executeCommand(userCommands.setLanguage, viewer, { locale: "fr" }, t.db, zh);
    expect(refused.result).toMatchObject({ status: "error", code: "INVALID", fieldErrors: { locale: ["请从列表中选择语言。"] } });
    expect(await t.db.user.findUniqueOrThrow({ where: { id: viewer.id }, select: { locale: true } })).toEqual({ locale: "zh-CN" });
    expect(await executeCommand(userCommands.setLanguage, null, { locale: "en" }, t.db, zh)).toMatchObject({ result: { status: "error", code: "UNAUTHENTICATED", formError: "您的会话已结束。请重新登录；未保存任何内容。" } });
  });

  it("says what is wrong with a form in the reader's language, field by field, and writes nothing", async () => {
    const before = await t.db.agreement.count();
    const { result } = await executeCommand(agreementCommands.createAgreement, editor, { ...newAgreementInput(), title: "", signedOn: "2020年13月", parties: [] }, t.db, zh);
    expect(result).toMatchObject({
      status: "error",
      formError: "有些字段需要修改。尚未保存任何内容。",
      fieldErrors: { title: ["请填写协议标题，或说明标题不详或没有标题。"], signedOn: ["日期请写作 YYYY、YYYY-MM 或 YYYY-MM-DD（例如 2020-01-03）。"], parties: ["请至少添加一个合作方。"] },
    });
    const tooLong = await executeCommand(agreementCommands.createAgreement, editor, { ...newAgreementInput(), summary: "长".repeat(5001) }, t.db, zh);
    expect(tooLong.result).toMatchObject({ fieldErrors: { summary: ["最多 5000 个字符。"] } });
    expect(await t.db.agreement.count()).toBe(before);
  });

  it("explains a refused status change in the reader's language, naming both statuses", async () => {
    const { reference } = await createTestAgreement(t.db, editor);
    const { result } = await executeCommand(agreementCommands.changeAgreementStatus, editor, { reference, version: await agreementVersion(t.db, reference), toStatus: "EXPIRED" }, t.db, zh);
    expect(result).toMatchObject({ status: "error", fieldErrors: { toStatus: ["处于“草稿”状态的协议不能变为“已到期”。"] } });
    const english = await executeCommand(agreementCommands.changeAgreementStatus, editor, { reference, version: await agreementVersion(t.db, reference), toStatus: "EXPIRED" }, t.db);
    expect(english.result).toMatchObject({ fieldErrors: { toStatus: ["An agreement that is draft cannot become expired."] } });
  });

  it("writes the reminder e-mail and the calendar in the language the person chose", async () => {
    const reader = await createUser(t.db, "VIEWER");
    await executeCommand(userCommands.setLanguage, reader, { locale: "zh-CN" }, t.db);
    await executeCommand(reminderCommands.updateReminderSettings, reader, { scope: "ALL", days: "60" }, t.db);
    await createTestAgreement(t.db, editor, { status: "ACTIVE", title: "Joint Laboratory Agreement", expiresOn: "2030-04-19", noticePeriodDays: 30 });
    const lines: string[] = [];
    await runReminderJob(t.db, { now: new Date("2030-03-10T08:00:00Z"), mailer: null, baseUrl: "https://pacta.example.edu", log: (line) => lines.push(line) });
    const digest = lines.find((line) => line.includes(reader.email))!;
    expect(digest).toContain("Pacta：1 份协议需要关注");
    expect(digest).toContain("将于 2030年4月19日 到期（40 天后）");
    expect(digest).toContain("须在 2030年3月20日 前发出通知（10 天后）");
    expect(digest).toContain("您收到的是所有协议的提醒，提前 60 天。");

    const issued = (await executeCommand(userCommands.regenerateCalendarToken, reader, {}, t.db)).result;
    if (issued.status !== "success") throw new Error("no calendar address");
    const token = issued.data.token;
    const feed = (await calendarFeed(t.db, token, "https://pacta.example.edu", new Date("2030-03-10T08:00:00Z")))!;
    expect(feed).toContain("到期：Joint Laboratory Agreement");
    expect(feed).toContain("Pacta：协议截止日期");
  });
});
