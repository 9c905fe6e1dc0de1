// Downloads the agreements list as CSV, Excel or JSON: the same filters, order and
// archived rule as the page, all pages.
import type { NextRequest } from "next/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/roles";
import { readListParams, REGISTER_PDF_LIMIT, unreadByDownload, unreadInWords } from "@/lib/agreements/list-params";
import { EXPORT_CONTENT_TYPES, EXPORT_FORMATS, type ExportFormat } from "@/lib/reports/agreement-export";
import { agreementsExport, agreementsRegister, registerTooLarge } from "@/lib/reports/queries";
import { downloadResponse, plainTextResponse } from "@/lib/reports/download";
import { requestTranslator } from "@/lib/i18n/request-locale";


export async function GET(request: NextRequest) {
  const [user, t] = await Promise.all([getCurrentUser(), requestTranslator()]);
  if (!user) return plainTextResponse(t("http.signInExport"), 401);
  if (!can(user, "agreement.read")) return plainTextResponse(t("http.exportForbidden"), 403);

  const params = Object.fromEntries(request.nextUrl.searchParams);
  const { filters: read, unread } = readListParams(params);
  // A filter it cannot read would make the file hold more than was asked for: refused, in words.
  const notRead = unreadByDownload(unread);
  if (notRead.length > 0) {
    return plainTextResponse(t("http.filtersNotRead", { names: unreadInWords(notRead, params, t) }), 400);
  }
  const filters = { ...read, page: undefined };
  const date = new Date().toISOString().slice(0, 10);
  // Headers and words are in the reader's language (the list they exported from).
  if (params.format === "pdf") {
    // Drawn whole before its first byte, a PDF keeps a server process busy: its size is bounded.
    if (await registerTooLarge(filters)) return plainTextResponse(t("http.registerTooLarge", { limit: REGISTER_PDF_LIMIT }), 422);
    const doc = await agreementsRegister(filters, t);
    doc.end();
    return downloadResponse(doc, { type: "application/pdf", filename: `pacta-register-${date}.pdf` });
  }
  const format = params.format as ExportFormat;
  if (!EXPORT_FORMATS.includes(format)) {
    return plainTextResponse(t("http.chooseFormat", { formats: [...EXPORT_FORMATS, "pdf"].join(", ") }), 400);
  }
  const stream = agreementsExport(format, filters, t);
  return downloadResponse(stream, { type: EXPORT_CONTENT_TYPES[format], filename: `pacta-agreements-${date}.${format}` });
}
