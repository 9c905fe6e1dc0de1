// Reads for documents: an agreement's documents with their versions, and one version to download.
import "server-only";
import { db } from "../db";
import type { Database } from "../prisma-client";

/** The agreement's documents (deleted ones aside), oldest first, each with its versions newest first. */
export async function agreementDocuments(reference: string, database: Database = db) {
  const documents = await database.agreementDocument.findMany({
    where: { agreement: { reference }, deletedAt: null },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      kind: true,
      language: true,
      versions: {
        orderBy: { version: "desc" },
        select: { id: true, version: true, fileName: true, contentType: true, size: true, note: true, uploadedAt: true, uploadedBy: { select: { name: true } } },
      },
    },
  });
  return documents.map((document) => ({
    ...document,
    versions: document.versions.map(({ uploadedBy, ...version }) => ({ ...version, uploadedBy: uploadedBy?.name ?? null })),
  }));
}
export type AgreementDocumentView = Awaited<ReturnType<typeof agreementDocuments>>[number];

/** A version to download: only of a document that is not deleted. */
export function downloadableVersion(versionId: string, database: Database = db) {
  return database.documentVersion.findFirst({
    where: { id: versionId, document: { deletedAt: null } },
    select: { fileName: true, contentType: true, size: true, sha256: true },
  });
}
