// One agreement's dossier as a PDF.
import { getCurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/roles";
import { getAgreementDetail } from "@/lib/agreements/queries";
import { dossierPdf } from "@/lib/reports/dossier-pdf";
import { downloadResponse } from "@/lib/reports/download";

export async function GET(_request: Request, { params }: { params: Promise<{ reference: string }> }) {
  const user = await getCurrentUser();
  if (!user) return new Response("Sign in to download dossiers.\n", { status: 401 });
  if (!can(user, "agreement.read")) return new Response("Your role does not allow this.\n", { status: 403 });
  const reference = decodeURIComponent((await params).reference);
  const agreement = await getAgreementDetail(reference);
  if (!agreement) return new Response(`There is no agreement ${reference}.\n`, { status: 404 });
  const doc = dossierPdf(agreement);
  doc.end();
  return downloadResponse(doc, { type: "application/pdf", filename: `${agreement.reference}-dossier.pdf` });
}
