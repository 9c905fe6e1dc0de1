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

  it("differs from the source only in the provider, the client's folder and the list-order index", () => {
    const source = fs.readFileSync("prisma/schema.prisma", "utf8");
    const generated: string = postgresSchemaFrom(source);
    expect(generated).toContain('provider = "postgresql"');
    expect(generated).not.toContain('provider = "sqlite"');
    expect(generated).toContain("generated/prisma-postgresql");
    // A PostgreSQL B-tree refuses entries over about 2.7 kB: no index there may hold a search document.
    expect(source).toMatch(/@@index\(\[[^\]]*searchText/);
    expect(generated).not.toMatch(/@@index\(\[[^\]]*searchText/);
    expect(generated).toContain("@@index([status, archived, endsOn])");
    expect(generated).toContain("@@index([status, archived, signedOn, reference])");
    expect(generated).not.toContain("signedOn(sort: Desc)");
  });

  it("refuses a source whose list-order index changed, rather than let PostgreSQL index the search document", () => {
    const source = fs.readFileSync("prisma/schema.prisma", "utf8").replace("partnerKinds, searchText])", "searchText, partnerKinds])");
    expect(() => postgresSchemaFrom(source)).toThrow(/expected @@index/);
  });
});
