// Documents kept with an agreement: attach one, add a version, delete one (softly).
// Each checks the file by its content, stores it under its hash and writes the rows and
// the audit event in the caller's transaction; if that fails, a file stored for it is
// removed again, so a refused or failed upload leaves nothing behind.
import type { CurrentUser } from "../auth/current-user-type";
import { recordAudit } from "../audit/record-audit";
import { DomainError } from "../errors";
import type { DatabaseTransaction } from "../prisma-client";
import { checkDocumentFile } from "./file-types";
import type { AddDocumentVersionInput, AttachDocumentInput } from "./schema";
import { documentStore } from "./storage";

interface StoredUpload {
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
  created: boolean;
}

async function storeUpload(file: File): Promise<StoredUpload> {
  const content = new Uint8Array(await file.arrayBuffer());
  const check = await checkDocumentFile(file.name, content);
  if (!check.ok) throw new DomainError("INVALID", check.problem, "file", check.values);
  const { sha256, created } = await documentStore().put(content);
  return { fileName: file.name, contentType: check.contentType, size: content.byteLength, sha256, created };
}

/** Runs `write` with the stored file; removes the file again if it was new and the write fails. */
async function withStoredUpload<R>(file: File, write: (upload: StoredUpload) => Promise<R>): Promise<R> {
  const upload = await storeUpload(file);
  try {
    return await write(upload);
  } catch (error) {
    // The write's error is the one to report; a file left behind is only unused space.
    if (upload.created) await documentStore().remove(upload.sha256).catch((cause) => console.error(`[pacta] could not remove the unused file ${upload.sha256}: ${cause}`));
    throw error;
  }
}

const versionAudit = (upload: StoredUpload, note: string | null) => ({
  fileName: upload.fileName,
  contentType: upload.contentType,
  size: upload.size,
  sha256: upload.sha256,
  note,
});

async function currentDocument(tx: DatabaseTransaction, documentId: string) {
  const document = await tx.agreementDocument.findFirst({
    where: { id: documentId, deletedAt: null },
    select: { id: true, kind: true, agreement: { select: { reference: true } }, versions: { select: { version: true }, orderBy: { version: "desc" }, take: 1 } },
  });
  if (!document) throw new DomainError("NOT_FOUND", "documentGone");
  return document;
}

export async function attachDocument(tx: DatabaseTransaction, input: AttachDocumentInput, actor: CurrentUser) {
  const agreement = await tx.agreement.findUnique({ where: { reference: input.reference }, select: { id: true, reference: true } });
  if (!agreement) throw new DomainError("NOT_FOUND", "noSuchAgreement", undefined, { reference: input.reference });
  return withStoredUpload(input.file, async (upload) => {
    const document = await tx.agreementDocument.create({
      data: {
        agreementId: agreement.id,
        kind: input.kind,
        language: input.language,
        versions: { create: { version: 1, ...versionAudit(upload, input.note), uploadedById: actor.id } },
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "document.attached",
      entityType: "AgreementDocument",
      entityId: document.id,
      after: { agreement: agreement.reference, kind: input.kind, language: input.language, version: 1, ...versionAudit(upload, input.note) },
    });
    return { documentId: document.id, reference: agreement.reference };
  });
}

export async function addDocumentVersion(tx: DatabaseTransaction, input: AddDocumentVersionInput, actor: CurrentUser) {
  const document = await currentDocument(tx, input.documentId);
  const version = (document.versions[0]?.version ?? 0) + 1;
  return withStoredUpload(input.file, async (upload) => {
    await tx.documentVersion.create({ data: { documentId: document.id, version, ...versionAudit(upload, input.note), uploadedById: actor.id } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "document.version-added",
      entityType: "AgreementDocument",
      entityId: document.id,
      after: { agreement: document.agreement.reference, version, ...versionAudit(upload, input.note) },
    });
    return { documentId: document.id, reference: document.agreement.reference, version };
  });
}

/** Hides the document and all its versions; the rows and files stay, and the audit log says who. */
export async function deleteDocument(tx: DatabaseTransaction, input: { documentId: string }, actor: CurrentUser) {
  const document = await currentDocument(tx, input.documentId);
  await tx.agreementDocument.update({ where: { id: document.id }, data: { deletedAt: new Date(), deletedById: actor.id } });
  await recordAudit(tx, {
    actorId: actor.id,
    action: "document.deleted",
    entityType: "AgreementDocument",
    entityId: document.id,
    before: { agreement: document.agreement.reference, kind: document.kind, deleted: false },
    after: { agreement: document.agreement.reference, kind: document.kind, deleted: true },
  });
  return { documentId: document.id, reference: document.agreement.reference };
}
