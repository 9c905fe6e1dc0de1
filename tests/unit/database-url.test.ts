import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseDatabaseUrl } from "@/lib/database-url";

describe("DATABASE_URL", () => {
  it("defaults to the embedded SQLite file in the data folder", () => {
    const target = parseDatabaseUrl("");
    expect(target.provider).toBe("sqlite");
    expect(target.provider === "sqlite" && target.file).toBe(path.resolve("data/pacta.db"));
  });

  it("reads an absolute SQLite path", () => {
    expect(parseDatabaseUrl("file:/var/lib/pacta/pacta.db")).toMatchObject({ provider: "sqlite", file: "/var/lib/pacta/pacta.db" });
  });

  it("reads PostgreSQL URLs into separate connection fields, decoding the password", () => {
    expect(parseDatabaseUrl("postgresql://pacta:p%40ss@db.internal:6543/register")).toEqual({
      provider: "postgresql",
      url: "postgresql://pacta:p%40ss@db.internal:6543/register",
      host: "db.internal",
      port: 6543,
      user: "pacta",
      password: "p@ss",
      database: "register",
    });
  });

  it("explains what is wrong with an unsupported or incomplete URL", () => {
    expect(() => parseDatabaseUrl("mysql://localhost/pacta")).toThrow(/file: \(SQLite\) or postgresql:\/\//);
    expect(() => parseDatabaseUrl("postgresql://localhost")).toThrow(/must name a PostgreSQL database/);
  });
});
