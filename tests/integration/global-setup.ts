// Migrates one base database per provider before the integration tests; each test
// copies it (see tests/support/databases.ts).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { migrate, postgresUrl, uniqueName, withAdminClient } from "../support/databases";

export default async function setup(project: TestProject) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pacta-base-"));
  const sqliteBaseFile = path.join(dir, "base.db");
  migrate(`file:${sqliteBaseFile}`);

  const template = uniqueName("pacta_template");
  await withAdminClient((client) => client.query(`CREATE DATABASE "${template}"`));
  migrate(postgresUrl(template));

  project.provide("sqliteBaseFile", sqliteBaseFile);
  project.provide("postgresTemplate", template);

  return async () => {
    fs.rmSync(dir, { recursive: true, force: true });
    await withAdminClient((client) => client.query(`DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`));
  };
}
