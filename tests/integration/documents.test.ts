// Documents attached to an agreement, on both databases: a file is checked by its content,
// stored once under its hash, versioned, softly deleted and audited; a refused or failed
// upload leaves neither a row nor a file behind.
import fs from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { executeCommand, type ActionResult, type Command } from "@/lib/actions/command";
import type { CurrentUser } from "@/lib/auth/current-user-type";
import { MAX_DOCUMENT_BYTES } from "@/lib/documents/accepted-types";
import { documentCommands } from "@/lib/documents/commands";
import { getAgreementDetail } from "@/lib/agreements/queries";
import { agreementDocuments, downloadableVersion } from "@/lib/documents/queries";
import { sha256Of, storageDirectory, storedFilePath } from "@/lib/documents/storage";
import { seedArticle } from "@/prisma/seed/article-seed";
import { PROVIDERS, createTestDatabase, type TestDatabase } from "../support/databases";
import { WINDOWS_PROGRAM, pdfFile, samplePdf } from "../support/document-files";
import { lyingZipBomb } from "../support/zip-bomb";
import { createTestAgreement, createUser } from "../support/factories";

/** Every file in the storage folder (temporary ones included). */
function storedFiles(): string[] {
  const folder = storageDirectory();
  if (!fs.existsSync(folder)) return [];
  return fs.readdirSync(folder, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

describe.each(PROVIDERS)("documents on %s", (provider) => {
  let t: TestDatabase;
  let editor: CurrentUser;
  let reference: string;
  const run = <R,>(command: unknown, input: unknown, actor = editor) =>
    executeCommand(command as Command<never, R>, actor, input, t.db).then((r) => r.result as ActionResult<R>);
  const counts = async () => ({ documents: await t.db.agreementDocument.count(), versions: await t.db.documentVersion.count(), files: storedFiles().length });

  beforeAll(async () => {
    t = await createTestDatabase(provider);
    await seedArticle(t.db);
    editor = await createUser(t.db, "EDITOR");
    reference = (await createTestAgreement(t.db, editor)).reference;
  });
  afterAll(async () => t?.drop());

  it("attaches a PDF, keeps every version, and stores the file under its hash with the audit trail", async () => {
    const first = await pdfFile("合作协议 signed.pdf", "Signed copy");
    const attached = await run<{ documentId: string }>(documentCommands.attachDocument, { reference, kind: "SIGNED_COPY", language: "mul", note: "Scan of the original", file: first });
    expect(attached.status).toBe("success");
    const { documentId } = (attached as { data: { documentId: string } }).data;

    const firstBytes = new Uint8Array(await first.arrayBuffer());
    expect(fs.readFileSync(storedFilePath(sha256Of(firstBytes)))).toEqual(Buffer.from(firstBytes));

    const second = await pdfFile("signed-countersigned.pdf", "Countersigned");
    const added = await run(documentCommands.addDocumentVersion, { documentId, note: "Countersigned by the partner", file: second });
    expect(added).toMatchObject({ status: "success", data: { version: 2 } });

    const [document] = await agreementDocuments(reference, t.db);
    expect(document).toMatchObject({ kind: "SIGNED_COPY", language: "mul" });
    expect(document.versions.map((v) => [v.version, v.fileName, v.contentType, v.note, v.uploadedBy])).toEqual([
      [2, "signed-countersigned.pdf", "application/pdf", "Countersigned by the partner", editor.name],
      [1, "合作协议 signed.pdf", "application/pdf", "Scan of the original", editor.name],
    ]);
    expect(document.versions[1].size).toBe(first.size);

    const audit = await t.db.auditEvent.findMany({ where: { entityType: "AgreementDocument", entityId: documentId }, orderBy: { at: "asc" }, select: { action: true, actorId: true } });
    expect(audit).toEqual([
      { action: "document.attached", actorId: editor.id },
      { action: "document.version-added", actorId: editor.id },
    ]);
    // The agreement's own history shows them too.
    const detail = await getAgreementDetail(reference, t.db);
    expect(detail!.history.map((e) => e.action).slice(0, 2)).toEqual(["document.version-added", "document.attached"]);
  });

  it("stores the same file once, however often it is attached", async () => {
    const bytes = await samplePdf("Attached twice");
    const before = storedFiles().length;
    for (const name of ["a.pdf", "b.pdf"]) {
      expect((await run(documentCommands.attachDocument, { reference, kind: "ANNEX", file: new File([new Uint8Array(bytes)], name) })).status).toBe("success");
    }
    expect(storedFiles().length).toBe(before + 1);
  });

  it("recognises office documents by their content, read through the safe archive reader", async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet("Budget").addRow(["Year", "Amount"]);
    const bytes = new Uint8Array(await book.xlsx.writeBuffer());
    const accepted = await run<{ id: string }>(documentCommands.attachDocument, { reference, kind: "ANNEX", file: new File([bytes], "budget.xlsx") });
    expect(accepted.status).toBe("success");
    const stored = await t.db.documentVersion.findFirstOrThrow({ where: { fileName: "budget.xlsx" }, select: { contentType: true } });
    expect(stored.contentType).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    const renamed = await run(documentCommands.attachDocument, { reference, kind: "ANNEX", file: new File([bytes], "budget.docx") });
    expect((renamed as { fieldErrors?: Record<string, string[]> }).fieldErrors?.file?.join(" ")).toMatch(/named \.docx but its content is/);
  });

  it("refuses a renamed program, a file whose name and content disagree, an empty and an oversized file, and stores nothing", async () => {
    const before = await counts();
    const refusals: [File, RegExp][] = [
      [new File([WINDOWS_PROGRAM], "contract.pdf"), /named \.pdf but its content is of another type \(EXE\)/],
      [new File([new Uint8Array(await samplePdf("Not a Word file"))], "contract.docx"), /named \.docx but its content is a PDF/],
      [new File(["#!/bin/sh\necho hello\n"], "script.sh"), /cannot be attached: accepted are PDF/],
      [new File(["plain text, not a PDF"], "notes.pdf"), /not a file of a type Pacta recognises/],
      [new File([], "empty.pdf"), /The file is empty/],
      [new File([new Uint8Array(MAX_DOCUMENT_BYTES + 1)], "huge.pdf"), /too large: files of up to 25 MB/],
      // A directory claiming 1 KB for what unpacks to 300 MB: measured by unpacking, never opened whole.
      [new File([new Uint8Array(lyingZipBomb(300 * 1024 * 1024, 1024, "word/document.xml"))], "bomb.docx"), /would unpack to more than 250 MB/],
      // A right-to-left override shows "contract\u202Efdp.exe" as "contractexe.pdf"; a NUL cannot be stored.
      [await pdfFile("contract\u202Efdp.pdf"), /invisible control or direction-changing characters/],
      [await pdfFile("contract\u0000.pdf"), /invisible control or direction-changing characters/],
      [await pdfFile("two\nlines.pdf"), /invisible control or direction-changing characters/],
    ];
    for (const [file, message] of refusals) {
      const result = await run(documentCommands.attachDocument, { reference, kind: "SIGNED_COPY", file });
      expect(result.status, file.name).toBe("error");
      expect((result as { fieldErrors?: Record<string, string[]> }).fieldErrors?.file?.join(" "), file.name).toMatch(message);
    }
    expect(await counts()).toEqual(before);
  });

  it("removes a newly stored file again when the write after it fails", async () => {
    const before = await counts();
    // An uploader whose account is gone: the file is stored, then its row breaks a foreign key.
    const ghost = { ...editor, id: "no-such-user" };
    const result = await run(documentCommands.attachDocument, { reference, kind: "ANNEX", file: await pdfFile("orphan.pdf", "Never kept") }, ghost);
    expect(result).toMatchObject({ status: "error", code: "UNEXPECTED" });
    expect(await counts()).toEqual(before);
  });

  it("lets viewers read but not upload or delete, and deleting hides a document softly with an audit record", async () => {
    const viewer = await createUser(t.db, "VIEWER");
    const file = await pdfFile("viewer-upload.pdf");
    expect(await run(documentCommands.attachDocument, { reference, kind: "DRAFT", file }, viewer)).toMatchObject({ status: "error", code: "FORBIDDEN" });

    const attached = await run<{ documentId: string }>(documentCommands.attachDocument, { reference, kind: "DRAFT", file });
    const { documentId } = (attached as { data: { documentId: string } }).data;
    const version = await t.db.documentVersion.findFirstOrThrow({ where: { documentId }, select: { id: true } });
    expect(await downloadableVersion(version.id, t.db)).not.toBeNull();

    expect(await run(documentCommands.deleteDocument, { documentId }, viewer)).toMatchObject({ status: "error", code: "FORBIDDEN" });
    expect(await run(documentCommands.deleteDocument, { documentId })).toMatchObject({ status: "success" });

    expect((await agreementDocuments(reference, t.db)).map((d) => d.id)).not.toContain(documentId);
    expect(await downloadableVersion(version.id, t.db)).toBeNull();
    const kept = await t.db.agreementDocument.findUniqueOrThrow({ where: { id: documentId }, select: { deletedAt: true, deletedById: true, versions: { select: { id: true } } } });
    expect(kept.deletedAt).toBeInstanceOf(Date);
    expect(kept.deletedById).toBe(editor.id);
    expect(kept.versions).toHaveLength(1);
    expect(await t.db.auditEvent.count({ where: { entityId: documentId, action: "document.deleted", actorId: editor.id } })).toBe(1);
    // A deleted document takes no new versions.
    expect(await run(documentCommands.addDocumentVersion, { documentId, file: await pdfFile("late.pdf") })).toMatchObject({ status: "error", code: "NOT_FOUND" });
  });
});
