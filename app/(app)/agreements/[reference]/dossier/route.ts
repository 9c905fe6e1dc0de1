// One agreement's dossier as a PDF.
import { getCurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/roles";
import { getAgreementDetail } from "@/lib/agreements/queries";
import { dossierPdf } from "@/lib/reports/dossier-pdf";
import { downloadResponse, plainTextResponse } from "@/lib/reports/download";
import { requestLocale } from "@/lib/i18n/request-locale";
import { translatorFor } from "@/lib/i18n/translator";


export async function GET(_request: Request, { params }: { params: Promise<{ reference: string }> }) {
  const [user, locale] = await Promise.all([getCurrentUser(), requestLocale()]);
  const t = translatorFor(locale);
  if (!user) return plainTextResponse(t("http.signInDossier"), 401);
  if (!can(user, "agreement.read")) return plainTextResponse(t("http.forbidden"), 403);
  const reference = decodeURIComponent((await params).reference);
  const agreement = await getAgreementDetail(reference, undefined, locale);
  if (!agreement) return plainTextResponse(t("http.noAgreement", { reference }), 404);
  const doc = dossierPdf(agreement, new Date(), locale);
  doc.end();
  return downloadResponse(doc, { type: "application/pdf", filename: `${agreement.reference}-dossier.pdf` });
}
