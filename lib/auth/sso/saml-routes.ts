// The SAML routes' work, bound to the app's database (app/api/auth/saml/* stay thin and
// never import the database): metadata, start, and the assertion consumer service.
import "server-only";
import { db } from "../../db";
import { clientAddress } from "../client-address";
import { finishSamlSignIn, serviceProviderMetadata, startSamlSignIn } from "./saml";
import { SSO_ERROR_PARAM } from "./errors";
import { samlSettings } from "./settings";
import { issueSsoTicket } from "./ticket";

const notConfigured = () => new Response("SAML sign-in is not configured.\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });

/** GET /api/auth/saml/metadata: Pacta's SP metadata (application/samlmetadata+xml). */
export function samlMetadataResponse(): Response {
  const settings = samlSettings();
  if (!settings) return notConfigured();
  return new Response(serviceProviderMetadata(settings), { headers: { "Content-Type": "application/samlmetadata+xml; charset=utf-8" } });
}

/** GET /api/auth/saml/login?callbackUrl=…: off to the IdP with a fresh request. */
export async function samlLoginResponse(request: Request): Promise<Response> {
  const settings = samlSettings();
  if (!settings) return notConfigured();
  const returnTo = new URL(request.url).searchParams.get("callbackUrl") ?? "/";
  try {
    return Response.redirect(await startSamlSignIn(db, settings, returnTo), 303);
  } catch (error) {
    console.warn(`[sso] SAML sign-in could not start: ${(error as Error).message}`);
    return Response.redirect(`${settings.origin}/sign-in?${SSO_ERROR_PARAM}=unavailable`, 303);
  }
}

/** POST /api/auth/saml/acs: the IdP's answer; on success a one-time ticket and on to /sign-in/complete. */
export async function samlAcsResponse(request: Request): Promise<Response> {
  const settings = samlSettings();
  if (!settings) return notConfigured();
  let body: Record<string, string> = {};
  try {
    const form = await request.formData();
    body = { SAMLResponse: String(form.get("SAMLResponse") ?? ""), RelayState: String(form.get("RelayState") ?? "") };
  } catch {
    // An unreadable body is refused below like any answer without an assertion.
  }
  const outcome = await finishSamlSignIn(db, settings, body, clientAddress(request.headers));
  if (outcome.status === "refused") return Response.redirect(`${settings.origin}/sign-in?${SSO_ERROR_PARAM}=${outcome.reason}`, 303);
  const cookie = await issueSsoTicket(db, outcome.user.id);
  const response = new Response(null, {
    status: 303,
    headers: { Location: `${settings.origin}/sign-in/complete?callbackUrl=${encodeURIComponent(outcome.returnTo)}` },
  });
  const { options } = cookie;
  response.headers.append(
    "Set-Cookie",
    `${cookie.name}=${cookie.value}; Path=${options.path}; Max-Age=${options.maxAge}; HttpOnly; SameSite=Lax${options.secure ? "; Secure" : ""}`,
  );
  return response;
}
