import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { createPrismaClient, dialectOf, type Database } from "@/lib/prisma-client";

// Queries take the dialect from the database they are given, never from the environment:
// a test's PostgreSQL client must be read as PostgreSQL even when DATABASE_URL names SQLite.
describe("a database's dialect", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pacta-dialect-"));
  const clients: Database[] = [];
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.$disconnect()));
    fs.rmSync(dir, { recursive: true, force: true });
  });
  const client = (url: string, options?: { onQuery?: (sql: string) => void }) => {
    const made = createPrismaClient(url, options);
    clients.push(made);
    return made;
  };

  it("is the one its client was made for, whatever DATABASE_URL says", () => {
    expect(dialectOf(client(`file:${path.join(dir, "a.db")}`))).toBe("sqlite");
    // Made without connecting: the pool opens a connection only for a query.
    expect(dialectOf(client("postgresql://nobody@127.0.0.1:5432/none"))).toBe("postgresql");
    expect(dialectOf(client("postgresql://nobody@127.0.0.1:5432/none", { onQuery: () => {} }))).toBe("postgresql");
  });

  // Next.js's server build can hold lib/prisma-client.ts twice; the app's one client is made by one copy
  // and read by the other.
  it("is read the same by another copy of the module", async () => {
    const made = client(`file:${path.join(dir, "b.db")}`);
    vi.resetModules();
    const copy = await import("@/lib/prisma-client");
    expect(copy.dialectOf).not.toBe(dialectOf);
    expect(copy.dialectOf(made)).toBe("sqlite");
  });

  it("is refused for a client it did not make, rather than guessed", () => {
    expect(() => dialectOf({} as Database)).toThrow(/createPrismaClient/);
  });
});
