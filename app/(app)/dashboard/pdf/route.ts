// Downloads the dashboard as a PDF (A4), in the reader's language.
import { getCurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/roles";
import { requestLocale, requestTranslator } from "@/lib/i18n/request-locale";
import { dashboardPdf } from "@/lib/reports/dashboard-pdf";
import { downloadResponse, plainTextResponse } from "@/lib/reports/download";

export async function GET() {
  const [user, t, locale] = await Promise.all([getCurrentUser(), requestTranslator(), requestLocale()]);
  if (!user) return plainTextResponse(t("http.signInExport"), 401);
  if (!can(user, "agreement.read")) return plainTextResponse(t("http.exportForbidden"), 403);
  const doc = await dashboardPdf({ locale });
  doc.end();
  return downloadResponse(doc, { type: "application/pdf", filename: `pacta-dashboard-${new Date().toISOString().slice(0, 10)}.pdf` });
}
