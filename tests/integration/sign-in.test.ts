// Checking credentials against real accounts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { checkCredentials } from "@/lib/auth/sign-in";
import { createTestDatabase, type TestDatabase } from "../support/databases";

describe("checking credentials", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase("sqlite");
    const passwordHash = await hashPassword("right password", { logN: 10, r: 8, p: 1 });
    await t.db.user.createMany({
      data: [
        { email: "editor@example.edu", name: "Editor", role: "EDITOR", passwordHash },
        { email: "former@example.edu", name: "Former", role: "ADMIN", passwordHash, active: false },
      ],
    });
  });
  afterAll(async () => t?.drop());

  it("signs in with the right password, whatever the case of the e-mail", async () => {
    const user = await checkCredentials(t.db, { email: " Editor@Example.edu ", password: "right password" });
    expect(user).toMatchObject({ email: "editor@example.edu", role: "EDITOR" });
    expect(user).not.toHaveProperty("passwordHash");
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
    for (const attempt of attempts) expect(await checkCredentials(t.db, attempt), JSON.stringify(attempt)).toBeNull();
  });
});
