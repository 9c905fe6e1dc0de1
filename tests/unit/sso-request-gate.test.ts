// The request gate lets the identity provider's page post a SAML answer to the assertion
// consumer service from its own origin (the POST binding), and nothing else.
import { describe, expect, it } from "vitest";
import { CROSS_ORIGIN_POST_PATHS, refusal } from "@/scripts/request-gate.mjs";
import { SAML_PATHS } from "@/lib/auth/sso/settings";

const options = { publicOrigin: "https://pacta.example.edu", sessionSecret: "a-test-secret-that-is-long-enough-0123456789", secureCookies: true };
const post = (url: string, origin: string) => ({ method: "POST", url, headers: { origin, "content-length": "9000" }, rawHeaders: [] });

describe("the request gate and single sign-on", () => {
  it("accepts the IdP's cross-origin post to the SAML assertion consumer service", async () => {
    expect(CROSS_ORIGIN_POST_PATHS.has(SAML_PATHS.acs)).toBe(true);
    await expect(refusal(post(SAML_PATHS.acs, "https://idp.example.edu"), options)).resolves.toBeNull();
    await expect(refusal(post(`${SAML_PATHS.acs}?x=1`, "https://idp.example.edu"), options)).resolves.toBeNull();
  });

  it("still refuses cross-origin posts anywhere else, next-auth's callbacks and the other SAML addresses included", async () => {
    for (const url of ["/api/auth/callback/credentials", "/api/auth/callback/sso-ticket", SAML_PATHS.login, `${SAML_PATHS.acs}/more`, "/agreements"]) {
      await expect(refusal(post(url, "https://idp.example.edu"), options), url).resolves.toMatchObject({ status: 403, key: "crossOrigin" });
    }
  });

  it("keeps the anonymous body limit on the assertion consumer service", async () => {
    const big = { method: "POST", url: SAML_PATHS.acs, headers: { origin: "https://idp.example.edu", "content-length": String(10 * 1024 * 1024) }, rawHeaders: [] };
    await expect(refusal(big, options)).resolves.toMatchObject({ status: 413 });
  });
});
