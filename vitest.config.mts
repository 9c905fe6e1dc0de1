import path from "node:path";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;
const shared = {
  resolve: {
    alias: {
      "@": root,
      // `server-only` guards modules from the browser bundle; in Node tests it has nothing to guard.
      "server-only": path.join(root, "tests/support/server-only.ts"),
    },
  },
};

// `npm test` runs the three projects one after the other (groupOrder), in one
// Vitest run, so that CI sees a single summary.
export default defineConfig({
  test: {
    reporters: ["default", "./tests/support/summary-reporter.ts"],
    projects: [
      {
        ...shared,
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts"],
          environment: "node",
          // "Today" is the day in the institution's zone: fixed, so results do not depend on the machine's zone.
          env: { PACTA_TIME_ZONE: "UTC" },
          sequence: { groupOrder: 0 },
        },
      },
      {
        ...shared,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          env: { PACTA_TIME_ZONE: "UTC" },
          globalSetup: ["tests/integration/global-setup.ts"],
          setupFiles: ["tests/support/document-storage.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
        },
      },
      {
        ...shared,
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/e2e/global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          fileParallelism: false,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
