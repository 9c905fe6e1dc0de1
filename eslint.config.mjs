// Lint: Next.js's rules (React, hooks, accessibility, Next itself) with typescript-eslint's
// recommended rules, and the architecture of design.md as import boundaries, so that the
// one direction of dependency (app → lib → prisma) is kept by a tool rather than by memory:
//   - components are presentational: never the database, Prisma or a service;
//   - app reaches the database only through lib's queries, services and actions: never
//     the client, Prisma or the generated code;
//   - nothing imports upward: lib never imports app or components, components never app,
//     and the application never imports scripts or tests;
//   - no two modules import each other, directly or round a longer loop (a cycle means a
//     rule sits in the wrong module).
// `npm run lint` runs it; `npm test` runs it after the type check.
import { defineConfig, globalIgnores } from "eslint/config";
import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypeScript from "eslint-config-next/typescript";

const database = ["./lib/db.ts", "./lib/prisma-client.ts", "./generated"];
const driver = {
  group: ["@prisma/*", "prisma", "prisma/*", "better-sqlite3", "pg"],
  message: "Only lib/prisma-client.ts talks to the database driver; read through lib's queries and write through its actions.",
};

export default defineConfig([
  globalIgnores(["generated/**", ".next/**", ".next-e2e/**", ".next-bench/**", "test-results/**", "coverage/**", "data/**", "next-env.d.ts"]),
  ...nextCoreWebVitals,
  ...nextTypeScript,
  {
    name: "pacta/house",
    rules: {
      // Unused code is an error, not a warning that scrolls past; a leading underscore marks a deliberate discard.
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_", ignoreRestSiblings: true }],
      "@typescript-eslint/no-unused-expressions": "error",
    },
  },
  {
    name: "pacta/boundaries",
    files: ["app/**", "components/**", "lib/**"],
    rules: {
      "import/no-restricted-paths": [
        "error",
        {
          zones: [
            { target: "./components", from: database, message: "Components are presentational: pass them data from a page (design.md)." },
            { target: "./app", from: database, message: "Pages and routes read through lib/<domain>/queries.ts and write through actions (design.md)." },
            { target: "./lib", from: ["./app", "./components"], message: "lib sits below app and components: nothing imports upward." },
            { target: "./components", from: "./app", message: "Components sit below app: nothing imports upward." },
            { target: ["./app", "./components", "./lib"], from: ["./scripts", "./tests", "./prisma/seed"], message: "The application never imports scripts, tests or seeds." },
          ],
        },
      ],
      "import/no-cycle": ["error", { ignoreExternal: true }],
    },
  },
  {
    name: "pacta/components",
    files: ["components/**"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            driver,
            // A service's result type is the shape a component shows (a DTO); its code runs only inside an action.
            { group: ["@/lib/*/service", "**/lib/*/service"], allowTypeImports: true, message: "Components never run domain services; post to a server action." },
          ],
        },
      ],
    },
  },
  {
    name: "pacta/app",
    files: ["app/**"],
    rules: { "@typescript-eslint/no-restricted-imports": ["error", { patterns: [driver] }] },
  },
  {
    // Next.js loads this file as CommonJS (the package is not "type": "module"), so require() is its import.
    name: "pacta/commonjs-config",
    files: ["next.config.js"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
]);
