import { samlMetadataResponse } from "@/lib/auth/sso/saml-routes";

export const dynamic = "force-dynamic";

export function GET() {
  return samlMetadataResponse();
}
