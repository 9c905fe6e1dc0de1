// An agreement's documents: each one's current file (with a preview of a PDF's first
// page), its earlier versions, and for editors the forms to add a version or delete it.
import { Badge } from "@/components/ui/badge";
import { useLocale, useTranslations } from "next-intl";
import { fileSizeText } from "@/lib/documents/labels";
import { intlLocaleOf } from "@/lib/i18n/locales";
import type { AgreementDocumentView } from "@/lib/documents/queries";
import { AddVersionForm, DeleteDocumentForm } from "./document-forms";
import { PdfPreview } from "./pdf-preview";
import { formatInstant } from "@/lib/dates/institution-time";

const downloadHref = (versionId: string) => `/documents/${versionId}`;

function VersionLine({ version }: { version: AgreementDocumentView["versions"][number] }) {
  const t = useTranslations("documents");
  const locale = intlLocaleOf(useLocale());
  return (
    <>
      <a href={downloadHref(version.id)} className="font-medium break-all text-brand-700 underline" download>
        {version.fileName}
      </a>{" "}
      <span className="text-slate-500">
        {t("versionLine", { size: fileSizeText(version.size), version: version.version, date: formatInstant(version.uploadedAt, locale) })}
        {version.uploadedBy && t("by", { name: version.uploadedBy })}
      </span>
      {version.note && <span className="block text-slate-600">{version.note}</span>}
    </>
  );
}

export function DocumentList({ documents, canWrite }: { documents: AgreementDocumentView[]; canWrite: boolean }) {
  const t = useTranslations("documents");
  const labels = useTranslations("labels");
  const languageOf = (language: string) =>
    labels.has(`documentLanguage.${language}` as "documentLanguage.en") ? labels(`documentLanguage.${language}` as "documentLanguage.en") : language;
  if (documents.length === 0) return <p className="text-sm text-slate-500">{t("none")}</p>;
  return (
    <ul className="divide-y divide-slate-100">
      {documents.map((document) => {
        const [current, ...earlier] = document.versions;
        return (
          <li key={document.id} className="py-4 first:pt-0 last:pb-0" aria-label={`${labels(`documentKind.${document.kind}`)}: ${current.fileName}`}>
            <div className="flex flex-wrap items-center gap-2">
              <Badge tone="blue">{labels(`documentKind.${document.kind}`)}</Badge>
              {document.language && <span className="text-xs text-slate-500">{languageOf(document.language)}</span>}
            </div>
            <p className="mt-2 text-sm">
              <VersionLine version={current} />
            </p>
            {current.contentType === "application/pdf" && <PdfPreview key={current.id} src={downloadHref(current.id)} fileName={current.fileName} />}
            {earlier.length > 0 && (
              <details className="mt-3 text-sm">
                <summary className="cursor-pointer font-medium text-slate-700">
                  {t("versionHistory", { count: earlier.length })}
                </summary>
                <ol className="mt-2 space-y-2 border-l-2 border-slate-100 pl-3" aria-label={t("earlierVersions")}>
                  {earlier.map((version) => (
                    <li key={version.id}>
                      <VersionLine version={version} />
                    </li>
                  ))}
                </ol>
              </details>
            )}
            {canWrite && (
              <details className="mt-3 text-sm">
                <summary className="cursor-pointer font-medium text-slate-700">{t("manage")}</summary>
                <div className="mt-2 space-y-4 rounded-lg bg-slate-50 p-3">
                  <AddVersionForm documentId={document.id} />
                  <DeleteDocumentForm documentId={document.id} />
                </div>
              </details>
            )}
          </li>
        );
      })}
    </ul>
  );
}
