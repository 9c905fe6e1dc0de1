// The import's two steps: check a file (nothing is written), then import it (all or nothing).
import type { z } from "zod";
import type { DatabaseTransaction } from "../prisma-client";
import type { CurrentUser } from "../auth/current-user-type";
import { toIsoPartial, type PartialDate } from "../dates/partial-date";
import { DomainError } from "../errors";
import { can } from "../auth/roles";
import { guessMapping, IMPORT_FIELDS } from "./columns";
import { commitImport } from "./commit";
import { planImport } from "./plan";
import { ENCODING_LABELS, ImportFileError, readImportFile } from "./read-file";
import type { ImportUploadSchema } from "./schema";

type Upload = z.output<typeof ImportUploadSchema>;

const SAMPLE_ROWS = 20;
const LISTED_PROBLEMS = 500;

async function planFor(tx: DatabaseTransaction, upload: Upload, actor: CurrentUser) {
  let table;
  try {
    table = await readImportFile(upload.file.name, new Uint8Array(await upload.file.arrayBuffer()), { delimiter: upload.delimiter, encoding: upload.encoding });
  } catch (error) {
    if (error instanceof ImportFileError) throw new DomainError("INVALID", error.key, "file", error.values);
    throw error;
  }
  const mapping = upload.mapping ?? guessMapping(table.headers);
  // Types and focus areas are added only by those who may add them on the Lists page.
  const plan = await planImport(tx, table, mapping, { decisions: upload.decisions, mayAddLists: can(actor, "reference-list.manage") });
  return { table, mapping, plan };
}

/**
 * What the file holds, checked, with nothing written: how it was read (delimiter, encoding), the
 * columns, every row's problems, the partners to confirm and to create. Rows with problems come
 * first in the sample, their invalid values as the file gives them.
 */
export async function previewImport(tx: DatabaseTransaction, upload: Upload, actor: CurrentUser) {
  const { table, mapping, plan } = await planFor(tx, upload, actor);
  const withProblems = plan.rows.filter((r) => r.problems.length > 0);
  const shown = [...withProblems.slice(0, LISTED_PROBLEMS), ...plan.rows.filter((r) => r.problems.length === 0).slice(0, SAMPLE_ROWS)];
  const toConfirm = new Set(plan.partnersToConfirm.filter((p) => !p.decision).map((p) => p.key));
  const iso = (date: PartialDate | null) => (date ? toIsoPartial(date.date, date.precision) : null);
  return {
    fileName: upload.file.name,
    csv: table.csv && { ...table.csv, encodingLabel: ENCODING_LABELS[table.csv.encoding] },
    headers: table.headers,
    mapping,
    fields: IMPORT_FIELDS.map((f) => ({ key: f.key, required: "required" in f && f.required })),
    fileProblems: plan.fileProblems,
    rowCount: plan.rows.length,
    rowsWithProblems: plan.rowsWithProblems,
    importable: plan.fileProblems.length === 0 && plan.rowsWithProblems === 0 ? plan.rows.length : 0,
    problems: withProblems.slice(0, LISTED_PROBLEMS).map((r) => ({ line: r.line, messages: r.problems })),
    newOrganizations: plan.newOrganizations,
    partnersToConfirm: plan.partnersToConfirm,
    matchedOrganizations: plan.matchedOrganizations,
    newTypes: plan.newTypes,
    newFocusAreas: plan.newFocusAreas,
    newCeremonies: plan.newCeremonies.map((c) => c.name),
    sample: shown.map((r) => ({
      line: r.line,
      reference: r.reference,
      title: r.title,
      titleKnowledge: r.knowledge.titleKnowledge,
      // An invalid status is shown as given, not as the status it would otherwise default to.
      status: r.invalid.status === undefined ? r.status : null,
      statusGiven: r.invalid.status ?? null,
      signedOn: r.invalid.signedOn ?? iso(r.signedOn),
      signedOnInvalid: r.invalid.signedOn !== undefined,
      signedOnApproximate: r.signedOnApproximate,
      partners: r.partners.map((p) => ({ name: p.name, state: p.matchId ? ("matched" as const) : toConfirm.has(p.key) ? ("toConfirm" as const) : ("new" as const) })),
      problems: r.problems,
    })),
  };
}
export type ImportPreview = Awaited<ReturnType<typeof previewImport>>;

export async function importAgreements(tx: DatabaseTransaction, upload: Upload, actor: CurrentUser) {
  const { plan } = await planFor(tx, upload, actor);
  return commitImport(tx, plan, actor, upload.file.name);
}
