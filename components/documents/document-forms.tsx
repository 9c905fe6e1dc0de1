"use client";
// Attaching a document to an agreement, uploading a new version of one, deleting one.
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { Field, inputClass } from "@/components/forms/field";
import { Options } from "@/components/forms/options";
import { addDocumentVersion, attachDocument, deleteDocument } from "@/lib/documents/actions";
import { ACCEPTED_EXTENSIONS, MAX_DOCUMENT_BYTES } from "@/lib/documents/accepted-types";
import { fileSizeText } from "@/lib/documents/labels";
import { DOCUMENT_KINDS, DOCUMENT_LANGUAGES } from "@/lib/documents/schema";

const accept = ACCEPTED_EXTENSIONS.map((extension) => `.${extension}`).join(",");

/** The file field's hint and the size check the browser makes before sending, in the reader's language. */
function useFileRules() {
  const t = useTranslations("documents");
  const limit = fileSizeText(MAX_DOCUMENT_BYTES);
  return { t, fileLimits: { maxBytes: MAX_DOCUMENT_BYTES, tooLarge: t("tooLarge", { limit }) }, fileHint: t("fileHint", { limit }) };
}

export function AttachDocumentForm({ reference }: { reference: string }) {
  const { t, fileLimits, fileHint } = useFileRules();
  const labels = useTranslations("labels");
  return (
    <ActionForm action={attachDocument} fixed={{ reference }} files={fileLimits} submitLabel={t("attach")} pendingLabel={t("uploading")} className="space-y-3">
      {(errors) => (
        <>
          <Field id="document-file" label={t("file")} hint={fileHint} errors={errors.file}>
            {(a) => <input {...a} name="file" type="file" accept={accept} className={inputClass} />}
          </Field>
          <div className="grid gap-3 sm:grid-cols-2">
            <Field id="document-kind" label={t("kind")} errors={errors.kind}>
              {(a) => (
                <select {...a} name="kind" defaultValue="SIGNED_COPY" className={inputClass}>
                  <Options values={DOCUMENT_KINDS} label={(kind) => labels(`documentKind.${kind}`)} />
                </select>
              )}
            </Field>
            <Field id="document-language" label={t("language")} errors={errors.language}>
              {(a) => (
                <select {...a} name="language" defaultValue="" className={inputClass}>
                  <option value="">{t("notStated")}</option>
                  <Options values={DOCUMENT_LANGUAGES} label={(language) => labels(`documentLanguage.${language}`)} />
                </select>
              )}
            </Field>
          </div>
          <Field id="document-note" label={t("note")} errors={errors.note}>
            {(a) => <input {...a} name="note" maxLength={500} className={inputClass} />}
          </Field>
        </>
      )}
    </ActionForm>
  );
}

export function AddVersionForm({ documentId }: { documentId: string }) {
  const { t, fileLimits, fileHint } = useFileRules();
  return (
    <ActionForm action={addDocumentVersion} fixed={{ documentId }} files={fileLimits} submitLabel={t("uploadVersion")} pendingLabel={t("uploading")} tone="secondary" className="space-y-3">
      {(errors) => (
        <>
          <Field id={`version-file-${documentId}`} label={t("newVersion")} hint={fileHint} errors={errors.file}>
            {(a) => <input {...a} name="file" type="file" accept={accept} className={inputClass} />}
          </Field>
          <Field id={`version-note-${documentId}`} label={t("whatChanged")} errors={errors.note}>
            {(a) => <input {...a} name="note" maxLength={500} className={inputClass} />}
          </Field>
        </>
      )}
    </ActionForm>
  );
}

export function DeleteDocumentForm({ documentId }: { documentId: string }) {
  const t = useTranslations("documents");
  return <ActionForm action={deleteDocument} fixed={{ documentId }} submitLabel={t("delete")} pendingLabel={t("deleting")} tone="secondary" />;
}
