// Reading the single sign-on settings, the group rules and an ID token's claims.
import { describe, expect, it, vi } from "vitest";
import { ssoErrorOf } from "@/lib/auth/sso/errors";
import { personFromOidcClaims } from "@/lib/auth/sso/oidc";
import { mappedRole, mayCreateAccount } from "@/lib/auth/sso/provisioning";
import { configuredProviders, directoryRules, oidcSettings, passwordSignInSettings, samlSettings } from "@/lib/auth/sso/settings";

describe("single sign-on settings", () => {
  it("switches password sign-in off only when told, and reads the break-glass list in lower case", () => {
    expect(passwordSignInSettings({})).toEqual({ enabled: true, breakGlassAdmins: [] });
    for (const value of ["off", "OFF", " false ", "0", "no"]) expect(passwordSignInSettings({ PACTA_PASSWORD_SIGN_IN: value }).enabled).toBe(false);
    expect(passwordSignInSettings({ PACTA_PASSWORD_SIGN_IN: "on", PACTA_BREAK_GLASS_ADMINS: "Rescue@Example.edu,  other@example.edu" }).breakGlassAdmins).toEqual([
      "rescue@example.edu",
      "other@example.edu",
    ]);
  });

  it("has no OIDC without an issuer, and refuses an issuer without its client", () => {
    expect(oidcSettings({})).toBeNull();
    expect(() => oidcSettings({ PACTA_OIDC_ISSUER: "https://idp.example.edu" })).toThrow(/PACTA_OIDC_CLIENT_ID/);
    expect(oidcSettings({ PACTA_OIDC_ISSUER: "https://idp.example.edu/realms/uni/", PACTA_OIDC_CLIENT_ID: "pacta", PACTA_OIDC_CLIENT_SECRET: "s" })).toMatchObject({
      issuer: "https://idp.example.edu/realms/uni",
      displayName: null,
      groupsClaim: "groups",
      scopes: "openid email profile",
    });
  });

  it("leaves a half-configured provider off the sign-in page with a line in the log, rather than failing the page", () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      expect(configuredProviders({ PACTA_OIDC_ISSUER: "https://idp.example.edu", PACTA_SAML_IDP_METADATA: "/etc/idp.xml", PACTA_PUBLIC_URL: "https://pacta.example.edu" })).toMatchObject({
        oidc: null,
        saml: { spEntityId: "https://pacta.example.edu/api/auth/saml/metadata" },
      });
      expect(log).toHaveBeenCalledWith(expect.stringMatching(/OpenID Connect sign-in is not offered: .*PACTA_OIDC_CLIENT_ID/));
    } finally {
      log.mockRestore();
    }
  });

  it("derives Pacta's SAML entity ID from the public address, and needs that address", () => {
    expect(samlSettings({})).toBeNull();
    expect(samlSettings({ PACTA_SAML_IDP_METADATA: "/etc/idp.xml", PACTA_PUBLIC_URL: "https://pacta.example.edu" })).toMatchObject({
      spEntityId: "https://pacta.example.edu/api/auth/saml/metadata",
      origin: "https://pacta.example.edu",
    });
    expect(() => samlSettings({ PACTA_SAML_IDP_METADATA: "/etc/idp.xml" })).toThrow(/PACTA_PUBLIC_URL/);
  });

  it("maps groups to the highest role, and admits by domain or by any named group", () => {
    const rules = directoryRules({ PACTA_SSO_ALLOWED_DOMAINS: "@Example.edu", PACTA_SSO_ALLOWED_GROUPS: "staff", PACTA_SSO_EDITOR_GROUPS: "ed", PACTA_SSO_ADMIN_GROUPS: "adm" });
    expect(mappedRole(["ed", "adm"], rules)).toBe("ADMIN");
    expect(mappedRole(["ed"], rules)).toBe("EDITOR");
    expect(mappedRole(["Ed"], rules)).toBe("VIEWER");
    expect(mayCreateAccount({ email: "a@EXAMPLE.edu", groups: [] }, rules)).toBe(true);
    expect(mayCreateAccount({ email: "a@sub.example.edu", groups: [] }, rules)).toBe(false);
    expect(mayCreateAccount({ email: "a@elsewhere.org", groups: ["staff"] }, rules)).toBe(true);
    expect(mayCreateAccount({ email: null, groups: ["ed"] }, rules)).toBe(true);
  });

  it("reads an ID token's claims: groups as a list or one string, the e-mail vouched for only when verified", () => {
    expect(personFromOidcClaims({ sub: "1", email: "a@example.edu", email_verified: true, name: "A", groups: ["x", 3, "y"] }, "groups", {})).toEqual({
      provider: "oidc",
      subject: "1",
      email: "a@example.edu",
      emailVerified: true,
      name: "A",
      groups: ["x", "y"],
    });
    expect(personFromOidcClaims({ sub: "2", email: "b@example.edu", roles: "pacta-admin" }, "roles", {})).toMatchObject({ emailVerified: false, groups: ["pacta-admin"] });
    expect(personFromOidcClaims({ sub: "3", email: "c@example.edu" }, "groups", { PACTA_OIDC_TRUST_EMAIL: "on" }).emailVerified).toBe(true);
  });

  it("turns the sign-in page's error parameter into one of our messages, or none", () => {
    expect(ssoErrorOf("deactivated")).toBe("deactivated");
    expect(ssoErrorOf("OAuthCallback")).toBe("invalid-response");
    expect(ssoErrorOf("OAuthSignin")).toBe("unavailable");
    expect(ssoErrorOf("CredentialsSignin")).toBeNull();
    expect(ssoErrorOf(["deactivated"])).toBeNull();
  });
});
