// Downloads one version of an agreement's document, for anyone who may read agreements.
import { requestTranslator } from "@/lib/i18n/request-locale";
import fs from "node:fs";
import { getCurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/roles";
import { downloadableVersion } from "@/lib/documents/queries";
import { storedFilePath } from "@/lib/documents/storage";
import { downloadResponse, plainTextResponse } from "@/lib/reports/download";


export async function GET(_request: Request, { params }: { params: Promise<{ versionId: string }> }) {
  const user = await getCurrentUser();
  const t = await requestTranslator();
  if (!user) return plainTextResponse(t("http.signInDocument"), 401);
  if (!can(user, "agreement.read")) return plainTextResponse(t("http.documentForbidden"), 403);
  const version = await downloadableVersion((await params).versionId);
  if (!version) return plainTextResponse(t("http.noDocument"), 404);
  const file = storedFilePath(version.sha256);
  if (!fs.existsSync(file)) {
    console.error(`[pacta] the stored file ${version.sha256} is missing from the storage folder`);
    return plainTextResponse(t("http.fileMissing"), 500);
  }
  return downloadResponse(fs.createReadStream(file), { type: version.contentType, filename: version.fileName, length: version.size });
}
