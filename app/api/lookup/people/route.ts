// The agreement form's signatory type-ahead: `?q=` → JSON `[{ id, label, detail, organizationId, … }]`, at most 12.
import type { NextRequest } from "next/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/roles";
import { requestLocale, requestTranslator } from "@/lib/i18n/request-locale";
import { plainTextResponse } from "@/lib/reports/download";
import { findPeople } from "@/lib/people/lookup";

export async function GET(request: NextRequest) {
  const [user, t] = await Promise.all([getCurrentUser(), requestTranslator()]);
  if (!user) return plainTextResponse(t("forms.lookup.signIn"), 401);
  // The form it serves is for those who may log agreements.
  if (!can(user, "agreement.write")) return plainTextResponse(t("http.forbidden"), 403);
  const q = (request.nextUrl.searchParams.get("q") ?? "").slice(0, 200);
  return Response.json(await findPeople(q, await requestLocale()), { headers: { "Cache-Control": "private, no-store" } });
}
