// Downloads one version of an agreement's document, for anyone who may read agreements.
import { requestTranslator } from "@/lib/i18n/request-locale";
import { getCurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/roles";
import { downloadableVersion } from "@/lib/documents/queries";
import { documentStore } from "@/lib/documents/storage";
import { downloadResponse, plainTextResponse } from "@/lib/reports/download";


export async function GET(_request: Request, { params }: { params: Promise<{ versionId: string }> }) {
  const user = await getCurrentUser();
  const t = await requestTranslator();
  if (!user) return plainTextResponse(t("http.signInDocument"), 401);
  if (!can(user, "agreement.read")) return plainTextResponse(t("http.documentForbidden"), 403);
  const version = await downloadableVersion((await params).versionId);
  if (!version) return plainTextResponse(t("http.noDocument"), 404);
  const store = documentStore();
  const file = await store.stream(version.sha256);
  if (!file) {
    console.error(`[pacta] the stored file ${version.sha256} is missing from ${store.description}`);
    return plainTextResponse(t("http.fileMissing"), 500);
  }
  return downloadResponse(file, { type: version.contentType, filename: version.fileName, length: version.size });
}
