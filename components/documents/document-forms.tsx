"use client";
// Attaching a document to an agreement, uploading a new version of one, deleting one.
import { ActionForm } from "@/components/forms/action-form";
import { Field, inputClass } from "@/components/forms/field";
import { Options } from "@/components/forms/options";
import { addDocumentVersion, attachDocument, deleteDocument } from "@/lib/documents/actions";
import { ACCEPTED_EXTENSIONS, ACCEPTED_TYPES_TEXT, MAX_DOCUMENT_BYTES } from "@/lib/documents/accepted-types";
import { DOCUMENT_KIND_LABELS, DOCUMENT_LANGUAGE_LABELS, fileSizeText } from "@/lib/documents/labels";
import { DOCUMENT_KINDS, DOCUMENT_LANGUAGES } from "@/lib/documents/schema";

const fileLimits = {
  maxBytes: MAX_DOCUMENT_BYTES,
  tooLarge: `This file is too large: files of up to ${fileSizeText(MAX_DOCUMENT_BYTES)} can be attached.`,
};
const accept = ACCEPTED_EXTENSIONS.map((extension) => `.${extension}`).join(",");
const fileHint = `${ACCEPTED_TYPES_TEXT}; up to ${fileSizeText(MAX_DOCUMENT_BYTES)}.`;

export function AttachDocumentForm({ reference }: { reference: string }) {
  return (
    <ActionForm action={attachDocument} fixed={{ reference }} files={fileLimits} submitLabel="Attach" pendingLabel="Uploading…" className="space-y-3">
      {(errors) => (
        <>
          <Field id="document-file" label="File" hint={fileHint} errors={errors.file}>
            {(a) => <input {...a} name="file" type="file" accept={accept} className={inputClass} />}
          </Field>
          <div className="grid gap-3 sm:grid-cols-2">
            <Field id="document-kind" label="Kind" errors={errors.kind}>
              {(a) => (
                <select {...a} name="kind" defaultValue="SIGNED_COPY" className={inputClass}>
                  <Options values={DOCUMENT_KINDS} labels={DOCUMENT_KIND_LABELS} />
                </select>
              )}
            </Field>
            <Field id="document-language" label="Language" errors={errors.language}>
              {(a) => (
                <select {...a} name="language" defaultValue="" className={inputClass}>
                  <option value="">Not stated</option>
                  <Options values={DOCUMENT_LANGUAGES} labels={DOCUMENT_LANGUAGE_LABELS} />
                </select>
              )}
            </Field>
          </div>
          <Field id="document-note" label="Note (optional)" errors={errors.note}>
            {(a) => <input {...a} name="note" maxLength={500} className={inputClass} />}
          </Field>
        </>
      )}
    </ActionForm>
  );
}

export function AddVersionForm({ documentId }: { documentId: string }) {
  return (
    <ActionForm action={addDocumentVersion} fixed={{ documentId }} files={fileLimits} submitLabel="Upload the new version" pendingLabel="Uploading…" tone="secondary" className="space-y-3">
      {(errors) => (
        <>
          <Field id={`version-file-${documentId}`} label="New version" hint={fileHint} errors={errors.file}>
            {(a) => <input {...a} name="file" type="file" accept={accept} className={inputClass} />}
          </Field>
          <Field id={`version-note-${documentId}`} label="What changed (optional)" errors={errors.note}>
            {(a) => <input {...a} name="note" maxLength={500} className={inputClass} />}
          </Field>
        </>
      )}
    </ActionForm>
  );
}

export function DeleteDocumentForm({ documentId }: { documentId: string }) {
  return <ActionForm action={deleteDocument} fixed={{ documentId }} submitLabel="Delete this document" pendingLabel="Deleting…" tone="secondary" />;
}
