import { samlAcsResponse } from "@/lib/auth/sso/saml-routes";

export const dynamic = "force-dynamic";

export function POST(request: Request) {
  return samlAcsResponse(request);
}
