import type { DOCUMENT_KINDS, DOCUMENT_LANGUAGES } from "./schema";

export const DOCUMENT_KIND_LABELS: Record<(typeof DOCUMENT_KINDS)[number], string> = {
  SIGNED_COPY: "Signed copy",
  DRAFT: "Draft",
  ANNEX: "Annex",
  AMENDMENT: "Amendment",
  CORRESPONDENCE: "Correspondence",
};

export const DOCUMENT_LANGUAGE_LABELS: Record<(typeof DOCUMENT_LANGUAGES)[number], string> = {
  en: "English",
  zh: "Chinese",
  mul: "Several languages (e.g. Chinese and English)",
  fr: "French",
  de: "German",
  es: "Spanish",
  ru: "Russian",
  ja: "Japanese",
  ko: "Korean",
  ar: "Arabic",
  pt: "Portuguese",
};

/** "2.4 MB", "830 kB". */
export function fileSizeText(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Number((bytes / 1024 / 1024).toFixed(1))} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} kB`;
}
