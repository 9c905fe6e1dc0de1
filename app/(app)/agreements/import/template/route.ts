// The import template: the columns an import reads, with two example rows (the second says
// "not known" and "none" in the reader's words).
import { stringify } from "csv-stringify/sync";
import { getCurrentUser } from "@/lib/auth/current-user";
import { knowledgeWord } from "@/lib/agreements/knowledge-words";
import { IMPORT_FIELD_KEYS, type ImportField } from "@/lib/import/columns";
import type { Locale } from "@/lib/i18n/locales";
import { requestLocale, requestTranslator } from "@/lib/i18n/request-locale";
import { downloadResponse, plainTextResponse } from "@/lib/reports/download";

const EXAMPLE: Partial<Record<ImportField, string>> = {
  title: "Student Exchange Agreement",
  otherNames: "NTU exchange agreement",
  partners: "Nanyang Technological University",
  partnerLocalNames: "南洋理工大学",
  partnerCountries: "Singapore",
  type: "Student exchange agreement",
  status: "Active",
  signedOn: "about May 2024",
  place: "Singapore",
  effectiveFrom: "2024-06-01",
  termMonths: "36",
  noticePeriodDays: "90",
  automaticRenewal: "no",
  focusAreas: "Talent exchange and cooperation",
  signingCeremony: "Signing ceremony in Singapore",
  signingCeremonyDate: "2024-05",
  summary: "Exchange of up to ten students a year each way.",
  notes: "Signed copy in the partnerships office.",
};

/** A second row: a release that names no title or signatories, of an open-ended agreement, in the reader's words. */
const untitledExample = (locale: Locale): Partial<Record<ImportField, string>> => ({
  title: knowledgeWord("UNKNOWN", locale),
  partners: "Nanyang Technological University",
  status: "Active",
  signedOn: "2025",
  expiresOn: knowledgeWord("NONE", locale),
  signatories: knowledgeWord("UNKNOWN", locale),
  focusAreas: knowledgeWord("UNKNOWN", locale),
});

export async function GET() {
  const [user, t, locale] = await Promise.all([getCurrentUser(), requestTranslator(), requestLocale()]);
  if (!user) return plainTextResponse(t("http.signInTemplate"), 401);
  // The headers in the reader's language; an import reads either language's.
  const rows = [EXAMPLE, untitledExample(locale)].map((row) => IMPORT_FIELD_KEYS.map((key) => row[key] ?? ""));
  const csv = "\uFEFF" + stringify([IMPORT_FIELD_KEYS.map((key) => t(`exports.columns.${key}`)), ...rows]);
  return downloadResponse(csv, { type: "text/csv; charset=utf-8", filename: "pacta-import-template.csv" });
}
