import fs from "node:fs";
import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain ES module script without type declarations
import { postgresSchemaFrom } from "../../scripts/generate-postgres-schema.mjs";

describe("the PostgreSQL schema", () => {
  it("is exactly what `npm run db:schema` generates from prisma/schema.prisma", () => {
    const source = fs.readFileSync("prisma/schema.prisma", "utf8");
    const committed = fs.readFileSync("prisma/postgresql/schema.prisma", "utf8");
    expect(committed, "prisma/postgresql/schema.prisma is stale: run `npm run db:schema`").toBe(postgresSchemaFrom(source));
  });

  it("differs from the source only in the provider and the client's folder", () => {
    const generated: string = postgresSchemaFrom(fs.readFileSync("prisma/schema.prisma", "utf8"));
    expect(generated).toContain('provider = "postgresql"');
    expect(generated).not.toContain('provider = "sqlite"');
    expect(generated).toContain("generated/prisma-postgresql");
  });
});
