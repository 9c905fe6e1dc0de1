import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "@/lib/auth/password";

describe("password hashing", () => {
  it("verifies the right password and refuses a wrong one, with OWASP-level scrypt parameters stored in the hash", async () => {
    const hash = await hashPassword("correct horse battery staple");
    const [scheme, logN, r, p, salt, key] = hash.split("$");
    expect(scheme).toBe("scrypt");
    expect(Number(logN)).toBeGreaterThanOrEqual(17);
    expect(Number(r)).toBeGreaterThanOrEqual(8);
    expect(Number(p)).toBeGreaterThanOrEqual(1);
    expect(Buffer.from(salt, "base64url")).toHaveLength(16);
    expect(Buffer.from(key, "base64url")).toHaveLength(32);
    expect(await verifyPassword("correct horse battery staple", hash)).toBe(true);
    expect(await verifyPassword("correct horse battery stapl", hash)).toBe(false);
  });

  it("salts every hash, so equal passwords give different hashes", async () => {
    const params = { logN: 10, r: 8, p: 1 };
    const [a, b] = await Promise.all([hashPassword("same", params), hashPassword("same", params)]);
    expect(a).not.toBe(b);
    expect(await verifyPassword("same", a)).toBe(true);
    expect(await verifyPassword("same", b)).toBe(true);
  });

  it("verifies with the parameters stored in the hash", async () => {
    const cheap = await hashPassword("secret", { logN: 10, r: 8, p: 1 });
    expect(cheap.startsWith("scrypt$10$8$1$")).toBe(true);
    expect(await verifyPassword("secret", cheap)).toBe(true);
  });

  it("treats Unicode forms of one password alike", async () => {
    const composed = "caf\u00e9";
    const decomposed = "cafe\u0301";
    const hash = await hashPassword(composed, { logN: 10, r: 8, p: 1 });
    expect(await verifyPassword(decomposed, hash)).toBe(true);
  });

  it("refuses malformed or tampered hashes instead of throwing", async () => {
    const hash = await hashPassword("secret", { logN: 10, r: 8, p: 1 });
    const parts = hash.split("$");
    const tamperedKey = [...parts.slice(0, 5), Buffer.alloc(32, 1).toString("base64url")].join("$");
    for (const stored of ["", "plain", "bcrypt$10$x", tamperedKey, hash.replace("scrypt$10", "scrypt$40"), parts.slice(0, 5).join("$")]) {
      expect(await verifyPassword("secret", stored), stored).toBe(false);
    }
  });
});
