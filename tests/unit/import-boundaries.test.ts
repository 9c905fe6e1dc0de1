// The lint configuration's import boundaries (eslint.config.mjs) refuse what design.md
// forbids and let through what it allows: each case is linted as if it were a file at
// that place in the tree.
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

// import/no-cycle reads the linted file from disk, and these cases exist only as text: it is off here
// (the real tree is checked by `npm run lint`).
const eslint = new ESLint({ cwd: process.cwd(), overrideConfig: { rules: { "import/no-cycle": "off" } } });

async function boundaryProblems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  // A case that does not parse would pass every "allows" check: none may.
  expect(result.messages.filter((m) => m.fatal)).toEqual([]);
  return result.messages
    .filter((m) => m.ruleId === "import/no-restricted-paths" || m.ruleId === "@typescript-eslint/no-restricted-imports")
    .map((m) => m.ruleId!);
}

const uses = (specifier: string, name = "x") => `import { ${name} } from "${specifier}";\nexport const y = ${name};\n`;
const usesDefault = (specifier: string) => `import Page from "${specifier}";\nexport const y = Page;\n`;

describe("the import boundaries", () => {
  it.each([
    ["a component importing the database client", "components/agreements/new-thing.tsx", uses("@/lib/db", "db")],
    ["a component importing the Prisma client factory", "components/ui/new-thing.tsx", uses("../../lib/prisma-client", "createPrismaClient")],
    ["a component importing the generated Prisma code", "components/ui/new-thing.tsx", uses("@/generated/prisma/enums.ts", "Role")],
    ["a component importing Prisma's package", "components/ui/new-thing.tsx", uses("@prisma/adapter-pg", "PrismaPg")],
    ["a component running a domain service", "components/directory/new-thing.tsx", uses("@/lib/organizations/service", "createOrganization")],
    ["a page importing the database client", "app/(app)/new-thing/page.tsx", uses("@/lib/db", "db")],
    ["a route importing the generated Prisma client", "app/api/new-thing/route.ts", uses("@/generated/prisma/client.ts", "PrismaClient")],
    ["a route importing the PostgreSQL driver", "app/api/new-thing/route.ts", uses("pg", "Pool")],
    ["lib importing a component (upward)", "lib/agreements/new-thing.ts", uses("@/components/ui/badge", "Badge")],
    ["lib importing a page (upward)", "lib/agreements/new-thing.ts", usesDefault("../../app/(app)/page")],
    ["a component importing a page (upward)", "components/ui/new-thing.tsx", usesDefault("@/app/(app)/page")],
    ["lib importing a test helper", "lib/agreements/new-thing.ts", uses("../../tests/support/factories", "createUser")],
  ])("refuses %s", async (_case, filePath, code) => {
    expect(await boundaryProblems(filePath, code)).not.toEqual([]);
  });

  it.each([
    ["a page reading through a domain's queries", "app/(app)/new-thing/page.tsx", uses("@/lib/organizations/queries", "organizationList")],
    ["a component posting to a server action", "components/directory/new-thing.tsx", uses("@/lib/people/actions", "createPerson")],
    ["a component naming a service's result type", "components/import/new-thing.tsx", 'import type { ImportPreview } from "@/lib/import/service";\nexport type P = ImportPreview;\n'],
    ["a component using the enumerations", "components/ui/new-thing.tsx", uses("@/lib/enumerations", "ROLES")],
    ["a service using the database client", "lib/agreements/new-thing.ts", uses("../db", "db")],
  ])("allows %s", async (_case, filePath, code) => {
    expect(await boundaryProblems(filePath, code)).toEqual([]);
  });
});
