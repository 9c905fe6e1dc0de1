import { samlLoginResponse } from "@/lib/auth/sso/saml-routes";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return samlLoginResponse(request);
}
