// The import template: the columns an import reads, with one example row.
import { stringify } from "csv-stringify/sync";
import { getCurrentUser } from "@/lib/auth/current-user";
import { IMPORT_FIELD_KEYS } from "@/lib/import/columns";
import { requestTranslator } from "@/lib/i18n/request-locale";
import { downloadResponse, plainTextResponse } from "@/lib/reports/download";

const EXAMPLE = [
  "",
  "Student Exchange Agreement",
  "Nanyang Technological University",
  "南洋理工大学",
  "Singapore",
  "Student exchange agreement",
  "Active",
  "about May 2024",
  "Singapore",
  "2024-06-01",
  "",
  "36",
  "90",
  "no",
  "Talent exchange and cooperation",
  "Signing ceremony in Singapore",
  "2024-05",
  "",
  "",
  "",
  "",
  "",
  "",
  "Exchange of up to ten students a year each way.",
  "Signed copy in the partnerships office.",
];

export async function GET() {
  const [user, t] = await Promise.all([getCurrentUser(), requestTranslator()]);
  if (!user) return plainTextResponse(t("http.signInTemplate"), 401);
  // The headers in the reader's language; an import reads either language's.
  const csv = "\uFEFF" + stringify([IMPORT_FIELD_KEYS.map((key) => t(`exports.columns.${key}`)), EXAMPLE]);
  return downloadResponse(csv, { type: "text/csv; charset=utf-8", filename: "pacta-import-template.csv" });
}
