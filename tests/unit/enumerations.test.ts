import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import * as enumerations from "@/lib/enumerations";

/** The enums declared in a Prisma schema: name → values in their order. */
function enumsOf(schema: string): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const match of schema.matchAll(/^enum (\w+) \{([^}]*)\}/gm)) {
    const values = match[2]
      .split("\n")
      .map((line) => line.replace(/\/\/.*$/, "").trim())
      .filter(Boolean);
    found.set(match[1], values);
  }
  return found;
}

/** ORGANIZATION_KINDS for OrganizationKind, AGREEMENT_STATUSES for AgreementStatus, EVIDENCE_BASES for EvidenceBasis. */
function listNameOf(enumName: string): string {
  const words = enumName.replace(/([a-z])([A-Z])/g, "$1_$2").toUpperCase();
  if (words.endsWith("SIS")) return `${words.slice(0, -3)}SES`;
  return words.endsWith("S") ? `${words}ES` : `${words}S`;
}

const schemaEnums = enumsOf(fs.readFileSync("prisma/schema.prisma", "utf8"));

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx|mts|mjs)$/.test(entry.name) ? [full] : [];
  });
}

describe("the enumerations", () => {
  it("finds the schema's enums (the parser reads the file)", () => {
    expect(schemaEnums.get("OrganizationKind")).toEqual(["UNIVERSITY", "GOVERNMENT", "COMPANY", "RESEARCH_INSTITUTE", "UNIT", "OTHER"]);
    expect(schemaEnums.size).toBeGreaterThanOrEqual(12);
  });

  it.each([...schemaEnums.keys()])("lib/enumerations lists %s exactly as prisma/schema.prisma declares it, in order", (name) => {
    const list = (enumerations as Record<string, unknown>)[listNameOf(name)];
    expect(list, `lib/enumerations.ts has no ${listNameOf(name)}`).toBeDefined();
    expect(list).toEqual(schemaEnums.get(name));
  });

  it("the PostgreSQL twin declares the same enums", () => {
    expect(enumsOf(fs.readFileSync("prisma/postgresql/schema.prisma", "utf8"))).toEqual(schemaEnums);
  });

  it("the party roles a form may choose are party roles, all but our institution", () => {
    expect([...enumerations.PARTNER_PARTY_ROLES, "OUR_INSTITUTION"].sort()).toEqual([...enumerations.PARTY_ROLES].sort());
  });

  // An enumeration written out again (a list or a union type of all its values) drifts when
  // the schema gains a value; lib/enumerations.ts is the one place that lists them.
  it("no source file writes out all the values of an enumeration again", () => {
    const files = ["app", "components", "lib", "prisma", "scripts"].flatMap(sourceFiles).filter((f) => f !== path.join("lib", "enumerations.ts"));
    const offences: string[] = [];
    for (const file of files) {
      const text = fs.readFileSync(file, "utf8");
      const literalGroups = [
        ...[...text.matchAll(/\[((?:\s*"[A-Z_]+"\s*,?)+)\]/g)].map((m) => m[1]),
        ...[...text.matchAll(/("[A-Z_]+"(?:\s*\|\s*"[A-Z_]+")+)/g)].map((m) => m[1]),
      ].map((group) => new Set([...group.matchAll(/"([A-Z_]+)"/g)].map((m) => m[1])));
      for (const [name, values] of schemaEnums) {
        if (values.length < 3) continue; // two-valued lists (END, NOTICE) also appear as plain pairs of words
        for (const group of literalGroups) {
          if (values.every((value) => group.has(value))) offences.push(`${file}: ${name}`);
        }
      }
    }
    expect(offences).toEqual([]);
  });

});
