// SAML sign-in against a real identity provider on loopback (tests/support/identity-provider-saml.ts),
// on real databases: a signed assertion signs the person in (account created with the mapped
// role); an assertion with a bad signature, another audience, an expired window, another
// recipient, a replay or no request of ours is refused, audited with what was wrong, and
// changes no account.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { finishSamlSignIn, parseIdpMetadata, serviceProviderMetadata, startSamlSignIn } from "@/lib/auth/sso/saml";
import { samlSettings, type SamlSettings } from "@/lib/auth/sso/settings";
import { PROVIDERS, createTestDatabase, type TestDatabase } from "../support/databases";
import { startSamlIdentityProvider, type TestSamlIdentityProvider } from "../support/identity-provider-saml";

let idp: TestSamlIdentityProvider;
let settings: SamlSettings;

beforeAll(async () => {
  idp = await startSamlIdentityProvider("https://pacta.example.edu/api/auth/saml/metadata");
  settings = samlSettings({ PACTA_SAML_IDP_METADATA: idp.metadataUrl, PACTA_PUBLIC_URL: "https://pacta.example.edu" })!;
  vi.stubEnv("PACTA_SSO_ALLOWED_DOMAINS", "example.edu");
  vi.stubEnv("PACTA_SSO_EDITOR_GROUPS", "urn:mace:example.edu:pacta:editors");
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await idp?.close();
});

describe("the SAML service provider", () => {
  it("publishes metadata with its entity ID, its assertion consumer service (POST) and a wish for signed assertions", () => {
    const xml = serviceProviderMetadata(settings);
    expect(xml).toContain('entityID="https://pacta.example.edu/api/auth/saml/metadata"');
    expect(xml).toMatch(/AssertionConsumerService[^>]*Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST"[^>]*Location="https:\/\/pacta.example.edu\/api\/auth\/saml\/acs"/);
    expect(xml).toContain('WantAssertionsSigned="true"');
  });

  it("reads the IdP's metadata, and says what is missing from metadata it cannot use", () => {
    expect(parseIdpMetadata(idp.metadata)).toMatchObject({ entityId: idp.entityId, ssoUrl: `${idp.url}/sso` });
    expect(() => parseIdpMetadata(idp.metadata.replace(/<md:KeyDescriptor[\s\S]*<\/md:KeyDescriptor>/, ""))).toThrow(/no signing certificate/);
  });
});

describe.each(PROVIDERS)("signing in with SAML on %s", (provider) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(provider);
  });
  afterAll(async () => t?.drop());
  beforeEach(() => {
    idp.tampering = {};
  });

  const attempt = async (returnTo = "/agreements") => {
    const redirect = await startSamlSignIn(t.db, settings, returnTo);
    expect(redirect.startsWith(`${idp.url}/sso?SAMLRequest=`)).toBe(true);
    return idp.answer(redirect);
  };
  const finish = (answer: { SAMLResponse: string; RelayState: string }) => finishSamlSignIn(t.db, settings, answer, "192.0.2.9");
  const lastRefusal = async () => {
    const event = await t.db.auditEvent.findFirstOrThrow({ where: { action: "sso.refused" }, orderBy: { at: "desc" } });
    return JSON.parse(event.changes ?? "{}") as Record<string, { after: unknown }>;
  };

  it("signs in with a signed assertion: the account is created with the role of its entitlements, and it returns where the person was going", async () => {
    idp.user = { nameId: "ptq-7781", email: "grace@example.edu", name: "Grace Hopper", groups: ["urn:mace:example.edu:pacta:editors", "staff"] };
    const outcome = await finish(await attempt("/agreements?status=ACTIVE"));
    expect(outcome).toMatchObject({ status: "signed-in", returnTo: "/agreements?status=ACTIVE", user: { email: "grace@example.edu", name: "Grace Hopper", role: "EDITOR" } });
    const identity = await t.db.userIdentity.findUniqueOrThrow({ where: { provider_subject: { provider: "saml", subject: "ptq-7781" } }, include: { user: true } });
    expect(identity.user.email).toBe("grace@example.edu");
    expect((await t.db.auditEvent.findMany({ where: { entityId: { in: [identity.userId, "grace@example.edu"] } } })).map((e) => e.action).sort()).toEqual([
      "sso.account-created",
      "sso.signed-in",
    ]);
  });

  const refusals: [string, Partial<TestSamlIdentityProvider["tampering"]>, RegExp][] = [
    ["an assertion altered after signing (bad signature)", { alterAfterSigning: true }, /signature/i],
    ["an assertion for another audience", { audience: "https://other-sp.example.org/shibboleth" }, /audience/i],
    ["an assertion whose window has passed", { expiredSecondsAgo: 10 * 60 }, /expired|NotOnOrAfter|no valid subject confirmation/i],
    ["an assertion for another recipient", { recipient: "https://other-sp.example.org/acs" }, /recipient/i],
  ];
  it.each(refusals)("refuses %s, with an audit event saying why", async (_, tampering, detail) => {
    idp.user = { nameId: "mallory-1", email: "mallory@example.edu", name: "Mallory", groups: [] };
    idp.tampering = tampering;
    expect(await finish(await attempt())).toEqual({ status: "refused", reason: "invalid-response" });
    expect(await lastRefusal()).toMatchObject({ provider: { after: "saml" }, reason: { after: "invalid-response" }, address: { after: "192.0.2.9" }, detail: { after: expect.stringMatching(detail) } });
    expect(await t.db.user.count({ where: { email: { in: ["mallory@example.edu", "intruder@example.edu"] } } })).toBe(0);
  });

  it("refuses a replayed answer, even one that was good the first time", async () => {
    idp.user = { nameId: "replay-1", email: "replayed@example.edu", name: "Replayed", groups: [] };
    const answer = await attempt();
    expect(await finish(answer)).toMatchObject({ status: "signed-in" });
    expect(await finish(answer)).toEqual({ status: "refused", reason: "invalid-response" });
    expect(await lastRefusal()).toMatchObject({ detail: { after: expect.stringMatching(/InResponseTo/i) } });
    expect(await t.db.auditEvent.count({ where: { action: "sso.signed-in", entityId: "replayed@example.edu" } })).toBe(1);
  });

  it("refuses an answer to a request Pacta never made (unsolicited), and a body with no answer at all", async () => {
    idp.user = { nameId: "unsolicited-1", email: "unsolicited@example.edu", name: "Unsolicited", groups: [] };
    const forged = idp.answer(`${idp.url}/sso?SAMLRequest=${encodeURIComponent(
      // A request that never went through Pacta: same shape, an ID Pacta does not know.
      new URL(await startSamlSignIn(t.db, settings, "/")).searchParams.get("SAMLRequest")!,
    )}`);
    await t.db.ssoOneTimeValue.deleteMany({ where: { key: { startsWith: "saml-request:" } } });
    expect(await finish(forged)).toEqual({ status: "refused", reason: "invalid-response" });
    expect(await finish({ SAMLResponse: "", RelayState: "" })).toEqual({ status: "refused", reason: "invalid-response" });
    expect(await t.db.user.count({ where: { email: "unsolicited@example.edu" } })).toBe(0);
  });

  it("sends a deactivated person away whatever the IdP says", async () => {
    idp.user = { nameId: "ptq-7781", email: "grace@example.edu", name: "Grace Hopper", groups: ["urn:mace:example.edu:pacta:editors"] };
    await t.db.user.update({ where: { email: "grace@example.edu" }, data: { active: false } });
    expect(await finish(await attempt())).toEqual({ status: "refused", reason: "deactivated" });
    expect(await lastRefusal()).toMatchObject({ reason: { after: "deactivated" } });
  });
});
