// Downloads one version of an agreement's document, for anyone who may read agreements.
import fs from "node:fs";
import { getCurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/roles";
import { downloadableVersion } from "@/lib/documents/queries";
import { storedFilePath } from "@/lib/documents/storage";
import { downloadResponse } from "@/lib/reports/download";

const text = (body: string, status: number) => new Response(`${body}\n`, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });

export async function GET(_request: Request, { params }: { params: Promise<{ versionId: string }> }) {
  const user = await getCurrentUser();
  if (!user) return text("Sign in to download documents.", 401);
  if (!can(user, "agreement.read")) return text("Your role does not allow downloads.", 403);
  const version = await downloadableVersion((await params).versionId);
  if (!version) return text("There is no such document: it may have been deleted.", 404);
  const file = storedFilePath(version.sha256);
  if (!fs.existsSync(file)) {
    console.error(`[pacta] the stored file ${version.sha256} is missing from the storage folder`);
    return text("The file is missing from the server's storage. Ask an administrator to restore it from a backup.", 500);
  }
  return downloadResponse(fs.createReadStream(file), { type: version.contentType, filename: version.fileName, length: version.size });
}
