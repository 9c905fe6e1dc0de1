// Sources and evidence that people enter (decision 024): the rules refuse with the field to change
// and leave the database as it was; edits carry versions; a source that supports something stays;
// every write is audited, and evidence for an agreement's fact is in the agreement's history.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { executeCommand, type ActionResult, type Command } from "@/lib/actions/command";
import type { CurrentUser } from "@/lib/auth/current-user-type";
import { getAgreementDetail } from "@/lib/agreements/queries";
import { translatorFor } from "@/lib/i18n/translator";
import { sourceCommands } from "@/lib/sources/commands";
import type { Database } from "@/lib/prisma-client";
import { seedArticle } from "@/prisma/seed/article-seed";
import { PROVIDERS, createTestDatabase, type TestDatabase } from "../support/databases";
import { createTestAgreement, createUser } from "../support/factories";
import { newSourceInput } from "../support/server-actions";

type Result = { id: string; reference?: string | null; sourceId?: string };

/** Everything a refused write could have touched. */
async function snapshot(db: Database) {
  return {
    sources: await db.source.findMany({ orderBy: { id: "asc" } }),
    evidence: await db.evidence.findMany({ orderBy: { id: "asc" } }),
    audit: await db.auditEvent.count(),
  };
}

describe.each(PROVIDERS)("sources and evidence on %s", (provider) => {
  let t: TestDatabase;
  let editor: CurrentUser;
  const run = (command: keyof typeof sourceCommands, input: Record<string, unknown>, locale: "en" | "zh-CN" = "en") =>
    executeCommand(sourceCommands[command] as Command<never, unknown>, editor, input, t.db, translatorFor(locale)).then((r) => r.result as ActionResult<Result>);
  const succeeded = async (command: keyof typeof sourceCommands, input: Record<string, unknown>) => {
    const result = await run(command, input);
    expect(result, JSON.stringify(result)).toMatchObject({ status: "success" });
    return (result as { data: Result }).data;
  };
  /** The write is refused with a message on `field`, and nothing changed. */
  const refused = async (command: keyof typeof sourceCommands, input: Record<string, unknown>, field: string, code = "INVALID") => {
    const before = await snapshot(t.db);
    const result = await run(command, input);
    expect(result).toMatchObject({ status: "error", code });
    if (field !== "_form") expect((result as { fieldErrors?: Record<string, string[]> }).fieldErrors?.[field], JSON.stringify(result)).toBeDefined();
    expect(await snapshot(t.db)).toEqual(before);
    return result as { formError?: string; fieldErrors?: Record<string, string[]> };
  };
  const agreement = async () => (await createTestAgreement(t.db, editor)).reference;
  const source = async (overrides: Record<string, unknown> = {}) => (await succeeded("createSource", newSourceInput(overrides))).id;
  const auditOf = (action: string, entityId: string) => t.db.auditEvent.findMany({ where: { action, entityId }, select: { changes: true, actorId: true } });

  beforeAll(async () => {
    t = await createTestDatabase(provider);
    await seedArticle(t.db);
    editor = await createUser(t.db, "EDITOR");
  });
  afterAll(async () => t?.drop());

  it("creates a source with its date, the date's basis, language and completeness, and audits it", async () => {
    const id = await source();
    const stored = await t.db.source.findUniqueOrThrow({ where: { id } });
    expect(stored).toMatchObject({ kind: "NEWS_RELEASE", url: "https://news.example.edu/2021/05/exchange", publishedOnPrecision: "MONTH", publishedOnBasis: "FROM_ADDRESS", language: "en", completeness: "FULL_TEXT", version: 1 });
    expect(stored.publishedOn?.toISOString()).toBe("2021-05-01T00:00:00.000Z");
    const [audit] = await auditOf("source.created", id);
    expect(audit.actorId).toBe(editor.id);
    expect(JSON.parse(audit.changes!)).toMatchObject({ title: { after: "Partners sign an exchange agreement" }, publishedOnBasis: { after: "FROM_ADDRESS" } });
  });

  it("refuses an address that is not http(s), a date without its basis, a language off the list — and writes nothing", async () => {
    for (const url of ["javascript:alert(1)", "ftp://files.example.edu/a.pdf", "file:///etc/passwd", "news.example.edu/release", "https://"]) {
      await refused("createSource", newSourceInput({ url }), "url");
    }
    const noBasis = await refused("createSource", newSourceInput({ publishedOnBasis: "" }), "publishedOnBasis");
    expect(noBasis.fieldErrors!.publishedOnBasis).toEqual(["Say how the publication date is known."]);
    await refused("createSource", newSourceInput({ publishedOn: "", publishedOnBasis: "STATED" }), "publishedOn");
    await refused("createSource", newSourceInput({ language: "klingon" }), "language");
    // In the reader's language.
    const result = await run("createSource", newSourceInput({ url: "mailto:office@example.edu" }), "zh-CN");
    expect((result as { fieldErrors: Record<string, string[]> }).fieldErrors.url).toEqual(["请填写以 http:// 或 https:// 开头的网址。"]);
  });

  it("edits a source at the version seen, and refuses a stale version with a conflict that changes nothing", async () => {
    const id = await source();
    await succeeded("updateSource", { ...newSourceInput({ title: "Exchange agreement signed", publishedOn: "2021-05-03", publishedOnBasis: "STATED" }), id, version: 1 });
    expect(await t.db.source.findUniqueOrThrow({ where: { id } })).toMatchObject({ title: "Exchange agreement signed", publishedOnPrecision: "DAY", publishedOnBasis: "STATED", version: 2 });
    expect(JSON.parse((await auditOf("source.updated", id))[0].changes!)).toMatchObject({ title: { before: "Partners sign an exchange agreement", after: "Exchange agreement signed" } });
    const stale = await refused("updateSource", { ...newSourceInput({ title: "Someone else's title" }), id, version: 1 }, "_form", "CONFLICT");
    expect(stale.formError).toMatch(/Someone else changed this source/);
  });

  it("adds a source to an agreement with the first fact it supports; the agreement shows the source and the history says so", async () => {
    const reference = await agreement();
    const result = await succeeded("addSourceToAgreement", { ...newSourceInput(), reference, field: "signedOn", basis: "STATED", quote: "signed on 3 May 2021" });
    const detail = (await getAgreementDetail(reference, t.db))!;
    expect(detail.sources.map((s) => s.title)).toEqual(["Partners sign an exchange agreement"]);
    expect(detail.evidence).toMatchObject([{ field: "signedOn", basis: "STATED", quote: "signed on 3 May 2021", sourceId: result.sourceId }]);
    expect(detail.history.find((e) => e.action === "agreement.evidence-added")?.changes).toEqual({
      signedOn: { before: null, after: "signed on 3 May 2021" },
      source: { before: null, after: "Partners sign an exchange agreement" },
    });
  });

  it("refuses a quote that is not in the source's text, leaving no new source behind", async () => {
    const reference = await agreement();
    const result = await refused("addSourceToAgreement", { ...newSourceInput(), reference, field: "signedOn", basis: "STATED", quote: "signed in 2020" }, "quote");
    expect(result.fieldErrors!.quote).toEqual(["These words are not in the source's text. Copy them exactly as they stand there."]);
  });

  it("compares quotes after folding white space and typographic quotation marks", async () => {
    const reference = await agreement();
    const sourceId = await source({ text: "He said: “We will\u00a0deepen   cooperation”\nin 2021 – and beyond." });
    await succeeded("addEvidence", { reference, sourceId, field: "summary", basis: "STATED", quote: '"We will deepen cooperation" in 2021 - and beyond' });
  });

  it("asks how an inferred fact was inferred, and where a fact from outside the source came from (quoting nothing)", async () => {
    const reference = await agreement();
    const sourceId = await source();
    await refused("addEvidence", { reference, sourceId, field: "parties", basis: "INFERRED", quote: "The two universities" }, "note");
    await refused("addEvidence", { reference, sourceId, field: "parties", basis: "OUTSIDE_SOURCE" }, "origin");
    await refused("addEvidence", { reference, sourceId, field: "parties", basis: "OUTSIDE_SOURCE", quote: "The two universities", origin: "Their websites" }, "quote");
    await refused("addEvidence", { reference, sourceId, field: "parties", basis: "STATED" }, "quote");
    await refused("addEvidence", { reference, sourceId, field: "noSuchFact", basis: "OUTSIDE_SOURCE", origin: "Their websites" }, "field");
    await refused("addEvidence", { reference, sourceId: "no-such-source", field: "parties", basis: "OUTSIDE_SOURCE", origin: "Their websites" }, "sourceId", "NOT_FOUND");

    await succeeded("addEvidence", { reference, sourceId, field: "parties", basis: "INFERRED", quote: "The two universities", note: "The release names both in its first line." });
    const outside = await succeeded("addEvidence", { reference, sourceId, field: "signedPlace", basis: "OUTSIDE_SOURCE", origin: "The partner's website" });
    expect(await t.db.evidence.findUniqueOrThrow({ where: { id: outside.id } })).toMatchObject({ basis: "OUTSIDE_SOURCE", quote: "", origin: "The partner's website" });
  });

  it("records evidence for a source's own facts (its date from its address), audited on the source", async () => {
    const sourceId = await source();
    const own = await succeeded("addEvidence", { sourceId, field: "publishedOn", basis: "OUTSIDE_SOURCE", origin: "The page's address (/2021/05/)" });
    expect(await t.db.evidence.findUniqueOrThrow({ where: { id: own.id } })).toMatchObject({ agreementId: null, field: "publishedOn" });
    expect(await auditOf("source.evidence-added", sourceId)).toHaveLength(1);
    // An agreement's fact is not one of the source's own.
    await refused("addEvidence", { sourceId, field: "signedOn", basis: "OUTSIDE_SOURCE", origin: "Somewhere" }, "field");
  });

  it("edits evidence at the version seen (a stale one is a conflict), and removes it with a note in the history", async () => {
    const reference = await agreement();
    const sourceId = await source();
    const { id } = await succeeded("addEvidence", { reference, sourceId, field: "parties", basis: "STATED", quote: "The two universities" });
    await refused("updateEvidence", { id, version: 1, field: "parties", basis: "INFERRED", quote: "The two universities" }, "note");
    await succeeded("updateEvidence", { id, version: 1, field: "parties", basis: "INFERRED", quote: "The two universities", note: "Named together." });
    expect(await t.db.evidence.findUniqueOrThrow({ where: { id } })).toMatchObject({ basis: "INFERRED", note: "Named together.", version: 2 });
    await refused("updateEvidence", { id, version: 1, field: "parties", basis: "STATED", quote: "The two universities" }, "_form", "CONFLICT");

    await succeeded("removeEvidence", { id });
    expect(await t.db.evidence.count({ where: { id } })).toBe(0);
    const history = (await getAgreementDetail(reference, t.db))!.history.map((e) => e.action);
    expect(history.slice(0, 3)).toEqual(["agreement.evidence-removed", "agreement.evidence-updated", "agreement.evidence-added"]);
    await refused("removeEvidence", { id }, "_form", "NOT_FOUND");
  });

  it("keeps a source while evidence uses it, and refuses a new text that loses a quote", async () => {
    const reference = await agreement();
    const sourceId = await source();
    const { id } = await succeeded("addEvidence", { reference, sourceId, field: "signedOn", basis: "STATED", quote: "signed on 3 May 2021" });
    const inUse = await refused("deleteSource", { id: sourceId }, "_form", "IN_USE");
    expect(inUse.formError).toBe("This source still supports 1 fact and 0 signing ceremonies. Remove its evidence first.");
    await refused("updateSource", { ...newSourceInput({ text: "A shorter text." }), id: sourceId, version: 1 }, "text");

    await succeeded("removeEvidence", { id });
    await succeeded("deleteSource", { id: sourceId });
    expect(await t.db.source.count({ where: { id: sourceId } })).toBe(0);
    expect(await auditOf("source.deleted", sourceId)).toHaveLength(1);
  });
});
