// Accounts from the campus directory (issue 19), on real databases: the first sign-in of an
// allowed person creates the account with the mapped role; the mapping is re-read at each
// sign-in; a deactivated account stays out; a password account with the same vouched-for
// e-mail is linked, not duplicated; every sign-in, creation, link and refusal is audited.
// And password sign-in switched off: only the break-glass administrators get in.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { attemptSignIn } from "@/lib/auth/sign-in";
import { directoryRules, passwordSignInSettings } from "@/lib/auth/sso/settings";
import { signInFromDirectory, type DirectoryPerson } from "@/lib/auth/sso/provisioning";
import { PROVIDERS, createTestDatabase, type TestDatabase } from "../support/databases";

const rules = directoryRules({
  PACTA_SSO_ALLOWED_DOMAINS: "example.edu, @staff.example.edu",
  PACTA_SSO_EDITOR_GROUPS: "partnerships-office",
  PACTA_SSO_ADMIN_GROUPS: "pacta-admins",
});
const breakGlass = ["rescue@example.edu"];

function person(subject: string, overrides: Partial<DirectoryPerson> = {}): DirectoryPerson {
  return { provider: "oidc", subject, email: `${subject}@example.edu`, emailVerified: true, name: `Person ${subject}`, groups: [], ...overrides };
}

describe.each(PROVIDERS)("accounts from the campus directory on %s", (provider) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(provider);
  });
  afterAll(async () => t?.drop());

  const signIn = (p: DirectoryPerson) => signInFromDirectory(t.db, p, "192.0.2.7", rules, breakGlass);
  const actions = async (entityIds: string[]) =>
    (await t.db.auditEvent.findMany({ where: { entityId: { in: entityIds } }, orderBy: { at: "asc" }, select: { action: true } })).map((e) => e.action);

  it("creates the account of an allowed person at the first sign-in, with the role their groups give, and audits it", async () => {
    const outcome = await signIn(person("ada", { groups: ["partnerships-office", "staff"] }));
    expect(outcome).toMatchObject({ status: "signed-in", created: true, linked: false, user: { email: "ada@example.edu", role: "EDITOR", name: "Person ada" } });
    const user = await t.db.user.findUniqueOrThrow({ where: { email: "ada@example.edu" }, include: { identities: true } });
    expect(user.role).toBe("EDITOR");
    expect(user.identities.map((i) => [i.provider, i.subject])).toEqual([["oidc", "ada"]]);
    // No password works for an account made by the directory.
    expect(await attemptSignIn(t.db, { email: "ada@example.edu", password: "" })).toEqual({ status: "refused" });
    expect(await actions([user.id, user.email])).toEqual(["sso.account-created", "sso.signed-in"]);
    const signedIn = await t.db.auditEvent.findFirstOrThrow({ where: { action: "sso.signed-in", entityId: user.email } });
    expect(JSON.parse(signedIn.changes ?? "{}")).toMatchObject({ provider: { after: "oidc" }, address: { after: "192.0.2.7" } });
  });

  it("gives a new person with no mapped group the viewer role, and admits by group as well as by domain", async () => {
    expect(await signIn(person("bob"))).toMatchObject({ status: "signed-in", user: { role: "VIEWER" } });
    expect(await signIn(person("guest", { email: "guest@elsewhere.org", groups: ["pacta-admins"] }))).toMatchObject({ status: "signed-in", user: { role: "ADMIN" } });
  });

  it("re-reads the mapping at each sign-in: a group change at the provider changes the role", async () => {
    await signIn(person("carol", { groups: ["partnerships-office"] }));
    expect(await signIn(person("carol", { groups: ["pacta-admins"] }))).toMatchObject({ status: "signed-in", created: false, user: { role: "ADMIN" } });
    expect((await t.db.user.findUniqueOrThrow({ where: { email: "carol@example.edu" } })).role).toBe("ADMIN");
    expect(await signIn(person("carol", { groups: [] }))).toMatchObject({ status: "signed-in", user: { role: "VIEWER" } });
    const changes = await t.db.auditEvent.findMany({ where: { action: "sso.role-changed" }, orderBy: { at: "asc" } });
    expect(changes.map((c) => JSON.parse(c.changes ?? "{}").role)).toContainEqual({ before: "ADMIN", after: "VIEWER" });
  });

  it("refuses a person deactivated in Pacta whatever the provider says, and audits the refusal", async () => {
    await signIn(person("dan", { groups: ["pacta-admins"] }));
    await t.db.user.update({ where: { email: "dan@example.edu" }, data: { active: false } });
    expect(await signIn(person("dan", { groups: ["pacta-admins"] }))).toEqual({ status: "refused", reason: "deactivated" });
    // Nor through another provider with the same e-mail.
    expect(await signIn(person("dan-saml", { provider: "saml", email: "dan@example.edu" }))).toEqual({ status: "refused", reason: "deactivated" });
    expect((await t.db.user.findUniqueOrThrow({ where: { email: "dan@example.edu" } })).active).toBe(false);
    const refusal = await t.db.auditEvent.findFirstOrThrow({ where: { action: "sso.refused", entityId: "dan@example.edu" } });
    expect(JSON.parse(refusal.changes ?? "{}")).toMatchObject({ reason: { after: "deactivated" }, provider: { after: "oidc" } });
  });

  it("links an existing password account with the same verified e-mail instead of making a second one", async () => {
    const existing = await t.db.user.create({
      data: { email: "eve@example.edu", name: "Eve Existing", role: "EDITOR", passwordHash: await hashPassword("eve's long password", { logN: 10, r: 8, p: 1 }) },
    });
    const outcome = await signIn(person("eve-at-idp", { email: "Eve@Example.edu", groups: ["partnerships-office"] }));
    expect(outcome).toMatchObject({ status: "signed-in", created: false, linked: true, user: { id: existing.id, name: "Eve Existing" } });
    expect(await t.db.user.count({ where: { email: "eve@example.edu" } })).toBe(1);
    expect(await t.db.userIdentity.count({ where: { userId: existing.id } })).toBe(1);
    expect(await actions([existing.id])).toContain("sso.account-linked");
    // The password still works while password sign-in is on.
    expect(await attemptSignIn(t.db, { email: "eve@example.edu", password: "eve's long password" })).toMatchObject({ status: "signed-in" });
  });

  it("does not link or create on an e-mail the provider does not vouch for, and refuses people outside the allowed domains and groups", async () => {
    await t.db.user.create({ data: { email: "frank@example.edu", name: "Frank", role: "ADMIN", passwordHash: "" } });
    expect(await signIn(person("mallory", { email: "frank@example.edu", emailVerified: false }))).toEqual({ status: "refused", reason: "no-email" });
    expect(await signIn(person("nomail", { email: null }))).toEqual({ status: "refused", reason: "no-email" });
    expect(await signIn(person("outsider", { email: "outsider@elsewhere.org", groups: ["staff"] }))).toEqual({ status: "refused", reason: "not-allowed" });
    expect(await t.db.userIdentity.count({ where: { subject: { in: ["mallory", "nomail", "outsider"] } } })).toBe(0);
    expect(await t.db.user.count({ where: { email: "outsider@elsewhere.org" } })).toBe(0);
    const reasons = (await t.db.auditEvent.findMany({ where: { action: "sso.refused" } })).map((e) => JSON.parse(e.changes ?? "{}").reason.after);
    expect(reasons).toEqual(expect.arrayContaining(["no-email", "not-allowed"]));
  });

  it("makes one account when the same new person's first sign-ins arrive together (two tabs, two server processes)", async () => {
    const outcomes = await Promise.all(Array.from({ length: 4 }, () => signIn(person("twin", { groups: ["partnerships-office"] }))));
    expect(outcomes.map((o) => o.status)).toEqual(["signed-in", "signed-in", "signed-in", "signed-in"]);
    expect(new Set(outcomes.map((o) => (o.status === "signed-in" ? o.user.id : null))).size).toBe(1);
    expect(await t.db.user.count({ where: { email: "twin@example.edu" } })).toBe(1);
    expect(await t.db.userIdentity.count({ where: { subject: "twin" } })).toBe(1);
  });

  it("never lowers a break-glass administrator through the directory", async () => {
    await t.db.user.create({ data: { email: "rescue@example.edu", name: "Rescue", role: "ADMIN", passwordHash: "" } });
    expect(await signIn(person("rescue", { groups: [] }))).toMatchObject({ status: "signed-in", linked: true, user: { role: "ADMIN" } });
  });

  describe("password sign-in switched off", () => {
    const off = passwordSignInSettings({ PACTA_PASSWORD_SIGN_IN: "off", PACTA_BREAK_GLASS_ADMINS: "Keeper@example.edu, pretender@example.edu" });

    it("refuses passwords except for the named break-glass administrators, and audits why", async () => {
      const passwordHash = await hashPassword("a long right password", { logN: 10, r: 8, p: 1 });
      await t.db.user.createMany({
        data: [
          { email: "keeper@example.edu", name: "Keeper", role: "ADMIN", passwordHash },
          { email: "pretender@example.edu", name: "Pretender", role: "EDITOR", passwordHash },
          { email: "office@example.edu", name: "Office", role: "ADMIN", passwordHash },
        ],
      });
      expect(await attemptSignIn(t.db, { email: "keeper@example.edu", password: "a long right password" }, null, off)).toMatchObject({
        status: "signed-in",
        user: { role: "ADMIN" },
      });
      // Named, but not an administrator; an administrator, but not named: refused like a wrong password.
      for (const email of ["pretender@example.edu", "office@example.edu"]) {
        expect(await attemptSignIn(t.db, { email, password: "a long right password" }, null, off)).toEqual({ status: "refused" });
      }
      expect(await attemptSignIn(t.db, { email: "keeper@example.edu", password: "wrong" }, null, off)).toEqual({ status: "refused" });
      const offEvents = await t.db.auditEvent.findMany({ where: { action: "sign-in.password-off" }, select: { entityId: true } });
      expect(offEvents.map((e) => e.entityId).sort()).toEqual(["office@example.edu", "pretender@example.edu"]);
      // With password sign-in on (the default), the same passwords work.
      expect(await attemptSignIn(t.db, { email: "office@example.edu", password: "a long right password" })).toMatchObject({ status: "signed-in" });
    });
  });
});
