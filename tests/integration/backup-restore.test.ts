// `npm run backup` taken while writes are happening, restored with `npm run restore`
// (the real commands, as separate processes) on both databases.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Sqlite from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { executeCommand } from "@/lib/actions/command";
import { agreementCommands } from "@/lib/agreements/commands";
import { filesFolderOf } from "@/lib/backup/document-files";
import { documentCommands } from "@/lib/documents/commands";
import { sha256Of, storageDirectory, storedFilePath } from "@/lib/documents/storage";
import type { CurrentUser } from "@/lib/auth/current-user-type";
import { createPrismaClient, type Database } from "@/lib/prisma-client";
import { ModelName } from "@/generated/prisma/internal/prismaNamespace";
import { seedArticle } from "@/prisma/seed/article-seed";
import { PROVIDERS, createEmptyDatabase, createTestDatabase, type TestDatabase, sqliteFile } from "../support/databases";
import { pdfFile } from "../support/document-files";
import { createUser, newAgreementInput } from "../support/factories";

function npmRun(script: "backup" | "restore", args: string[], databaseUrl: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn("npm", ["run", "--silent", script, "--", ...args], { env: { ...process.env, DATABASE_URL: databaseUrl } });
    let output = "";
    child.stdout.on("data", (c) => (output += c));
    child.stderr.on("data", (c) => (output += c));
    child.on("close", (code) => resolve({ code, output }));
  });
}

/** Every row of every table, in a stable order. */
async function everything(db: Database): Promise<Record<string, string[]>> {
  const tables: Record<string, string[]> = {};
  for (const model of Object.values(ModelName)) {
    const delegate = (db as unknown as Record<string, { findMany(): Promise<unknown[]> }>)[model[0].toLowerCase() + model.slice(1)];
    tables[model] = (await delegate.findMany()).map((row) => JSON.stringify(row)).sort();
  }
  return tables;
}

describe.each(PROVIDERS)("backup and restore on %s", (provider) => {
  let t: TestDatabase;
  let editor: CurrentUser;
  let dir: string;
  const extension = provider === "sqlite" ? "db" : "dump";

  beforeAll(async () => {
    t = await createTestDatabase(provider);
    await seedArticle(t.db);
    editor = await createUser(t.db, "EDITOR");
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "pacta-backup-"));
  });
  afterAll(async () => {
    await t?.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  async function restoreIntoNewDatabase(backup: string) {
    const target = await createEmptyDatabase(provider);
    const restored = await npmRun("restore", [backup], target.url);
    expect(restored.code, restored.output).toBe(0);
    const db = createPrismaClient(target.url);
    return { db, drop: async () => (await db.$disconnect(), await target.drop()) };
  }

  it("takes a consistent backup while agreements are being written, and restores it", async () => {
    const before = await t.db.agreement.count();
    let writing = true;
    let written = 0;
    const writer = (async () => {
      while (writing) {
        const { result } = await executeCommand(agreementCommands.createAgreement as never, editor, newAgreementInput(), t.db);
        expect(result.status).toBe("success");
        written++;
        // SQLite answers without waiting on I/O: yield so that timers and the child process get their turn.
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    await new Promise((resolve) => setTimeout(resolve, 300));
    const backup = path.join(dir, `during-writes.${extension}`);
    const taken = await npmRun("backup", [backup], t.url);
    writing = false;
    await writer;
    expect(taken.code, taken.output).toBe(0);
    expect(taken.output).toContain(`Backed up the ${provider} database to ${backup}`);
    expect(written).toBeGreaterThan(0);

    const restored = await restoreIntoNewDatabase(backup);
    try {
      const agreements = await restored.db.agreement.findMany({ select: { id: true, reference: true, title: true, version: true } });
      // A snapshot from one moment: between the count before the writes and after them…
      expect(agreements.length).toBeGreaterThanOrEqual(before);
      expect(agreements.length).toBeLessThanOrEqual(before + written);
      // …with every agreement exactly as it is in the source, and its audit event with it (nothing torn).
      const source = await t.db.agreement.findMany({ where: { id: { in: agreements.map((a) => a.id) } }, select: { id: true, reference: true, title: true, version: true } });
      expect(agreements.sort((a, b) => a.id.localeCompare(b.id))).toEqual(source.sort((a, b) => a.id.localeCompare(b.id)));
      const createdEvents = await restored.db.auditEvent.count({ where: { action: "agreement.created", actorId: editor.id } });
      expect(createdEvents).toBe(agreements.length - before);
      if (provider === "sqlite") {
        const file = new Sqlite(backup, { readonly: true });
        expect(file.pragma("integrity_check", { simple: true })).toBe("ok");
        file.close();
      }
    } finally {
      await restored.drop();
    }
  });

  it("restores exactly the data backed up, every table, over an existing database", async () => {
    const backup = path.join(dir, `quiet.${extension}`);
    expect((await npmRun("backup", [backup], t.url)).code).toBe(0);
    const original = await everything(t.db);

    // Restore over a database that has other data: afterwards it holds exactly the backup's.
    const target = await createTestDatabase(provider);
    try {
      await seedArticle(target.db);
      await createUser(target.db, "ADMIN");
      await target.db.$disconnect();
      const restored = await npmRun("restore", [backup], target.url);
      expect(restored.code, restored.output).toBe(0);
      if (provider === "sqlite") expect(fs.readdirSync(path.dirname(sqliteFile(target.url))).some((f) => f.includes(".before-restore-"))).toBe(true);
      const db = createPrismaClient(target.url);
      try {
        expect(await everything(db)).toEqual(original);
      } finally {
        await db.$disconnect();
      }
    } finally {
      await target.drop();
    }
  });

  it("keeps the attached documents' files beside the backup and puts them back on restore", async () => {
    const file = await pdfFile("signed-for-backup.pdf", `Backed up ${provider}`);
    const content = Buffer.from(await file.arrayBuffer());
    const attached = await executeCommand(documentCommands.attachDocument, editor, { reference: "AG-2020-0001", kind: "SIGNED_COPY", file }, t.db);
    expect(attached.result.status).toBe("success");
    const stored = storedFilePath(sha256Of(content));

    const backup = path.join(dir, `with-files.${extension}`);
    const taken = await npmRun("backup", [backup], t.url);
    expect(taken.code, taken.output).toBe(0);
    expect(fs.readFileSync(storedFilePath(sha256Of(content), filesFolderOf(backup)))).toEqual(content);

    // The server's storage is lost; restoring the backup brings the file back with its row.
    fs.rmSync(storageDirectory(), { recursive: true, force: true });
    const restored = await restoreIntoNewDatabase(backup);
    try {
      expect(await restored.db.documentVersion.count({ where: { sha256: sha256Of(content) } })).toBe(1);
      expect(fs.readFileSync(stored)).toEqual(content);
    } finally {
      await restored.drop();
    }
  });

  it("refuses a file that is not a backup, and changes nothing", async () => {
    const bogus = path.join(dir, `bogus.${extension}`);
    fs.writeFileSync(bogus, "not a database");
    const before = await everything(t.db);
    const result = await npmRun("restore", [bogus], t.url);
    expect(result.code).toBe(1);
    expect(result.output).toMatch(/✖ /);
    expect(await everything(t.db)).toEqual(before);
  });
});
