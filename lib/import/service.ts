// The import's two steps: check a file (nothing is written), then import it (all or nothing).
import type { z } from "zod";
import type { DatabaseTransaction } from "../prisma-client";
import type { CurrentUser } from "../auth/current-user-type";
import { toIsoPartial } from "../dates/partial-date";
import { DomainError } from "../errors";
import { guessMapping, IMPORT_FIELDS } from "./columns";
import { commitImport } from "./commit";
import { planImport } from "./plan";
import { ImportFileError, readImportFile } from "./read-file";
import type { ImportUploadSchema } from "./schema";

type Upload = z.output<typeof ImportUploadSchema>;

const SAMPLE_ROWS = 20;
const LISTED_PROBLEMS = 500;

async function planFor(tx: DatabaseTransaction, upload: Upload) {
  let table;
  try {
    table = await readImportFile(upload.file.name, new Uint8Array(await upload.file.arrayBuffer()));
  } catch (error) {
    if (error instanceof ImportFileError) throw new DomainError("INVALID", error.key, "file", error.values);
    throw error;
  }
  const mapping = upload.mapping ?? guessMapping(table.headers);
  return { table, mapping, plan: await planImport(tx, table, mapping) };
}

export async function previewImport(tx: DatabaseTransaction, upload: Upload, _actor: CurrentUser) {
  const { table, mapping, plan } = await planFor(tx, upload);
  const withProblems = plan.rows.filter((r) => r.problems.length > 0);
  return {
    fileName: upload.file.name,
    headers: table.headers,
    mapping,
    fields: IMPORT_FIELDS.map((f) => ({ key: f.key, required: "required" in f && f.required })),
    fileProblems: plan.fileProblems,
    rowCount: plan.rows.length,
    rowsWithProblems: plan.rowsWithProblems,
    problems: withProblems.slice(0, LISTED_PROBLEMS).map((r) => ({ line: r.line, messages: r.problems })),
    newOrganizations: plan.newOrganizations,
    matchedOrganizations: plan.matchedOrganizations,
    newTypes: plan.newTypes,
    newFocusAreas: plan.newFocusAreas,
    sample: plan.rows.slice(0, SAMPLE_ROWS).map((r) => ({
      line: r.line,
      reference: r.reference,
      title: r.title,
      status: r.status,
      signedOn: r.signedOn ? toIsoPartial(r.signedOn.date, r.signedOn.precision) : null,
      partners: r.partners.map((p) => ({ name: p.name, matched: Boolean(p.matchId) })),
    })),
  };
}
export type ImportPreview = Awaited<ReturnType<typeof previewImport>>;

export async function importAgreements(tx: DatabaseTransaction, upload: Upload, actor: CurrentUser) {
  const { plan } = await planFor(tx, upload);
  return commitImport(tx, plan, actor, upload.file.name);
}
