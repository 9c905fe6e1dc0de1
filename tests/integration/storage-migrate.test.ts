// Moving the documents' files from the folder into an S3-compatible store with
// `npm run storage:migrate` (run as an operator runs it), twice; then `npm run backup` and
// `npm run restore` with the files in S3. The S3 server is a real one on loopback.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { executeCommand, type ActionResult, type Command } from "@/lib/actions/command";
import type { CurrentUser } from "@/lib/auth/current-user-type";
import { filesFolderOf } from "@/lib/backup/document-files";
import { documentCommands } from "@/lib/documents/commands";
import { FolderStore } from "@/lib/documents/folder-store";
import { S3Store, s3StoreSettings } from "@/lib/documents/s3-store";
import { sha256Of, storedFilePath } from "@/lib/documents/storage";
import { seedArticle } from "@/prisma/seed/article-seed";
import { createTestDatabase, type TestDatabase } from "../support/databases";
import { pdfFile } from "../support/document-files";
import { createTestAgreement, createUser } from "../support/factories";
import { startS3Server, type TestS3Server } from "../support/s3-server";

function npmRun(script: string, args: string[], env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn("npm", ["run", "--silent", script, "--", ...args], { env: { ...process.env, ...env } });
    let output = "";
    child.stdout.on("data", (c) => (output += c));
    child.stderr.on("data", (c) => (output += c));
    child.on("close", (code) => resolve({ code, output }));
  });
}

describe("moving the documents' files from the folder to S3", () => {
  let s3: TestS3Server;
  let t: TestDatabase;
  let editor: CurrentUser;
  let folder: string;
  let s3Env: Record<string, string>;
  let bucketStore: S3Store;
  const hashes: string[] = [];
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "pacta-migrate-"));

  beforeAll(async () => {
    s3 = await startS3Server();
    t = await createTestDatabase("sqlite");
    await seedArticle(t.db);
    editor = await createUser(t.db, "EDITOR");
    const { reference } = await createTestAgreement(t.db, editor);
    folder = process.env.PACTA_STORAGE_DIR!;
    for (const name of ["signed.pdf", "annex.pdf"]) {
      const file = await pdfFile(name, `Kept in the folder: ${name}`);
      const result = await executeCommand(documentCommands.attachDocument as Command<never, unknown>, editor, { reference, kind: "ANNEX", file }, t.db);
      expect((result.result as ActionResult<unknown>).status).toBe("success");
      hashes.push(sha256Of(new Uint8Array(await file.arrayBuffer())));
    }
    s3Env = { ...s3.env, DATABASE_URL: t.url, PACTA_STORAGE_DIR: folder, PACTA_STORAGE_URL: `s3://${s3.bucket}/migrated` };
    bucketStore = new S3Store(s3StoreSettings({ ...process.env, ...s3Env })!, s3.env.PACTA_S3_SECRET_ACCESS_KEY);
  });
  afterAll(async () => {
    bucketStore?.close();
    await t?.drop();
    await s3?.stop();
    fs.rmSync(work, { recursive: true, force: true });
  });

  it("copies every file and checks it; a second run copies nothing and checks them again", async () => {
    const first = await npmRun("storage:migrate", [], s3Env);
    expect(first.output).toMatch(/Checked 2 files .*: 2 copied, 0 already there/);
    expect(first.output).toContain("All 2 files the database refers to are in s3://pacta-test/migrated/");
    expect(first.code).toBe(0);
    for (const sha256 of hashes) expect(Buffer.from((await bucketStore.get(sha256))!)).toEqual(fs.readFileSync(storedFilePath(sha256, folder)));

    const second = await npmRun("storage:migrate", [], s3Env);
    expect(second.output).toMatch(/Checked 2 files .*: 0 copied, 2 already there/);
    expect(second.code).toBe(0);
  });

  it("fails, naming the file, when a file in the folder does not match its hash or one the database needs is nowhere", async () => {
    const damaged = new FolderStore(path.join(work, "damaged"));
    const { sha256 } = await damaged.put(new TextEncoder().encode("original bytes"));
    fs.writeFileSync(storedFilePath(sha256, damaged.directory), "changed on disk");
    const corrupt = await npmRun("storage:migrate", [], { ...s3Env, PACTA_STORAGE_DIR: damaged.directory });
    expect(corrupt.code).toBe(1);
    expect(corrupt.output).toContain(`1 file(s) do not match their hash: ${sha256}`);
    expect(await bucketStore.has(sha256)).toBe(false);

    // An empty folder, and the database's files missing from a new prefix of the bucket.
    const missing = await npmRun("storage:migrate", [], { ...s3Env, PACTA_STORAGE_DIR: path.join(work, "empty"), PACTA_STORAGE_URL: `s3://${s3.bucket}/elsewhere` });
    expect(missing.code).toBe(1);
    expect(missing.output).toContain("2 of the 2 files the database refers to are in neither place");
  });

  it("backs up the files from S3 beside the database and restores them into S3", async () => {
    const backup = path.join(work, "pacta.db");
    const taken = await npmRun("backup", [backup], s3Env);
    expect(taken.output).toContain("Copied the 2 stored document files from s3://pacta-test/migrated/");
    expect(taken.code).toBe(0);
    for (const sha256 of hashes) expect(fs.existsSync(storedFilePath(sha256, filesFolderOf(backup)))).toBe(true);

    // The bucket loses them; the restore puts them back.
    for (const sha256 of hashes) await bucketStore.remove(sha256);
    const restored = await npmRun("restore", [backup], s3Env);
    expect(restored.output).toContain("Restored the 2 document files kept with it into s3://pacta-test/migrated/");
    expect(restored.code).toBe(0);
    for (const sha256 of hashes) expect(await bucketStore.has(sha256)).toBe(true);
  });
});
