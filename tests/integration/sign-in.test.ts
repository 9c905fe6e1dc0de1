// Signing in against real accounts: the check itself, throttling stored in the
// database (per account and per client address, growing delays), the audit trail of
// every attempt (never the password) and the session version that ends sessions.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { executeCommand } from "@/lib/actions/command";
import { hashPassword } from "@/lib/auth/password";
import { attemptSignIn } from "@/lib/auth/sign-in";
import { THROTTLE_POLICY } from "@/lib/auth/throttle";
import { userCommands } from "@/lib/users/commands";
import { PROVIDERS, createTestDatabase, type TestDatabase } from "../support/databases";
import { FACTORY_PASSWORD, createUser } from "../support/factories";

describe.each(PROVIDERS)("signing in on %s", (provider) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(provider);
    const passwordHash = await hashPassword("right password", { logN: 10, r: 8, p: 1 });
    await t.db.user.createMany({
      data: [
        { email: "editor@example.edu", name: "Editor", role: "EDITOR", passwordHash },
        { email: "former@example.edu", name: "Former", role: "ADMIN", passwordHash, active: false },
      ],
    });
  });
  afterAll(async () => t?.drop());
  beforeEach(async () => {
    await t.db.signInThrottle.deleteMany();
  });

  it("signs in with the right password, whatever the case of the e-mail", async () => {
    const outcome = await attemptSignIn(t.db, { email: " Editor@Example.edu ", password: "right password" }, "192.0.2.1");
    expect(outcome).toMatchObject({ status: "signed-in", user: { email: "editor@example.edu", role: "EDITOR", sessionVersion: 1 } });
    expect(JSON.stringify(outcome)).not.toContain("passwordHash");
  });

  it("refuses a wrong password, an unknown e-mail, a deactivated account and malformed input alike", async () => {
    const attempts: unknown[] = [
      { email: "editor@example.edu", password: "wrong password" },
      { email: "nobody@example.edu", password: "right password" },
      { email: "former@example.edu", password: "right password" },
      { email: "editor@example.edu", password: "" },
      { email: "not an e-mail", password: "right password" },
      { email: ["editor@example.edu"], password: "right password" },
      null,
    ];
    for (const attempt of attempts) expect(await attemptSignIn(t.db, attempt), JSON.stringify(attempt)).toEqual({ status: "refused" });
  });

  it("slows an account down after a few failures, with growing delays, even for the right password; waiting out the delay works", async () => {
    const email = "editor@example.edu";
    for (let i = 0; i < THROTTLE_POLICY.account.freeFailures; i++) {
      expect(await attemptSignIn(t.db, { email, password: `guess ${i}` }, `198.51.100.${i}`)).toEqual({ status: "refused" });
    }
    const first = await attemptSignIn(t.db, { email, password: "right password" }, "198.51.100.99");
    expect(first).toEqual({ status: "throttled", retryAfterSeconds: THROTTLE_POLICY.firstDelaySeconds });

    // Once the wait is over, a further failure doubles it.
    await t.db.signInThrottle.updateMany({ data: { retryAfter: new Date(Date.now() - 1000) } });
    expect(await attemptSignIn(t.db, { email, password: "another guess" })).toEqual({ status: "refused" });
    const second = await attemptSignIn(t.db, { email, password: "right password" });
    expect(second).toEqual({ status: "throttled", retryAfterSeconds: THROTTLE_POLICY.firstDelaySeconds * 2 });

    // The real user, after waiting, gets in, and that clears the account's count.
    await t.db.signInThrottle.updateMany({ data: { retryAfter: new Date(Date.now() - 1000) } });
    expect(await attemptSignIn(t.db, { email, password: "right password" })).toMatchObject({ status: "signed-in" });
    expect(await t.db.signInThrottle.findUnique({ where: { key: `account:${email}` } })).toBeNull();
  });

  it("slows down one address that tries many accounts, but not the same accounts from elsewhere", async () => {
    const address = "203.0.113.7";
    for (let i = 0; i < THROTTLE_POLICY.address.freeFailures; i++) {
      await attemptSignIn(t.db, { email: `someone-${i}@example.edu`, password: "guess" }, address);
    }
    expect(await attemptSignIn(t.db, { email: "editor@example.edu", password: "right password" }, address)).toMatchObject({ status: "throttled" });
    expect(await attemptSignIn(t.db, { email: "editor@example.edu", password: "right password" }, "203.0.113.8")).toMatchObject({ status: "signed-in" });
  });

  it("logs every attempt with the e-mail and address, and never the password", async () => {
    const before = await t.db.auditEvent.count();
    await attemptSignIn(t.db, { email: "editor@example.edu", password: "a secret guess" }, "192.0.2.55");
    await attemptSignIn(t.db, { email: "editor@example.edu", password: "right password" }, "192.0.2.55");
    const events = await t.db.auditEvent.findMany({ orderBy: { at: "desc" }, take: (await t.db.auditEvent.count()) - before });
    expect(events.map((e) => e.action).sort()).toEqual(["sign-in.failed", "sign-in.succeeded"]);
    for (const event of events) {
      expect(event).toMatchObject({ entityType: "SignIn", entityId: "editor@example.edu" });
      expect(event.changes).toContain("192.0.2.55");
    }
    const everything = JSON.stringify(await t.db.auditEvent.findMany());
    expect(everything).not.toContain("a secret guess");
    expect(everything).not.toContain("right password");
  });

  it("raises the session version when a password changes or the account is deactivated, not for a role change", async () => {
    const admin = await createUser(t.db, "ADMIN");
    const user = await createUser(t.db, "EDITOR");
    const version = async () => (await t.db.user.findUniqueOrThrow({ where: { id: user.id }, select: { sessionVersion: true } })).sessionVersion;
    const run = (name: keyof typeof userCommands, input: unknown, actor = admin) =>
      executeCommand(userCommands[name] as never, actor, input, t.db).then((r) => r.result);

    expect(await run("updateUser", { id: user.id, role: "VIEWER", active: true })).toMatchObject({ status: "success" });
    expect(await version()).toBe(1);
    expect(await run("changeOwnPassword", { currentPassword: "not it", newPassword: "my new long password", confirmPassword: "my new long password" }, user)).toMatchObject({
      status: "error",
      fieldErrors: { currentPassword: ["This is not your current password."] },
    });
    expect(await version()).toBe(1);
    expect(await run("changeOwnPassword", { currentPassword: FACTORY_PASSWORD, newPassword: "my new long password", confirmPassword: "my new long password" }, user)).toMatchObject({ status: "success" });
    expect(await version()).toBe(2);
    expect(await attemptSignIn(t.db, { email: user.email, password: "my new long password" })).toMatchObject({ status: "signed-in", user: { sessionVersion: 2 } });
    expect(await run("resetUserPassword", { id: user.id, password: "set by the administrator" })).toMatchObject({ status: "success" });
    expect(await version()).toBe(3);
    expect(await run("updateUser", { id: user.id, role: "VIEWER", active: false })).toMatchObject({ status: "success" });
    expect(await version()).toBe(4);
    const audit = await t.db.auditEvent.findMany({ where: { entityId: user.id }, select: { action: true, changes: true } });
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(["user.password-changed", "user.password-reset"]));
    expect(JSON.stringify(audit)).not.toContain("set by the administrator");
  });

  it("throttles the current-password check of a password change like signing in, counting failures the refusal does not undo", async () => {
    const user = await createUser(t.db, "VIEWER");
    const change = (currentPassword: string) =>
      executeCommand(userCommands.changeOwnPassword as never, user, { currentPassword, newPassword: "another long password", confirmPassword: "another long password" }, t.db).then((r) => r.result);
    for (let i = 0; i < THROTTLE_POLICY.account.freeFailures; i++) {
      expect(await change(`guess ${i}`)).toMatchObject({ status: "error", fieldErrors: { currentPassword: ["This is not your current password."] } });
    }
    // One more failure starts the delays; then even the right password waits.
    expect(await change("one guess too many")).toMatchObject({ status: "error" });
    expect(await change(FACTORY_PASSWORD)).toMatchObject({ status: "error", fieldErrors: { currentPassword: [expect.stringMatching(/Too many wrong passwords\. Wait \d+ seconds?, then try again\./)] } });
    expect(await attemptSignIn(t.db, { email: user.email, password: FACTORY_PASSWORD })).toMatchObject({ status: "throttled" });
    await t.db.signInThrottle.deleteMany();
    expect(await change(FACTORY_PASSWORD)).toMatchObject({ status: "success" });
  });
});
