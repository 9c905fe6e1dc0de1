// The document store's contract, run against both implementations: the folder on this
// machine and an S3-compatible store (a real S3 server on loopback, started here). Then an
// agreement's documents uploaded and downloaded through the app's own commands with the
// files in S3, and a store that fails in the middle of an upload leaving no document row.
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { executeCommand, type ActionResult, type Command } from "@/lib/actions/command";
import type { CurrentUser } from "@/lib/auth/current-user-type";
import { documentCommands } from "@/lib/documents/commands";
import { FolderStore } from "@/lib/documents/folder-store";
import { agreementDocuments, downloadableVersion } from "@/lib/documents/queries";
import { S3Store, s3StoreSettings } from "@/lib/documents/s3-store";
import { type DocumentStore, documentStore, sha256Of } from "@/lib/documents/storage";
import { seedArticle } from "@/prisma/seed/article-seed";
import { PROVIDERS, createTestDatabase, type TestDatabase } from "../support/databases";
import { pdfFile, samplePdf } from "../support/document-files";
import { createTestAgreement, createUser } from "../support/factories";
import { startS3Server, type TestS3Server } from "../support/s3-server";

let s3: TestS3Server;
const temporary: string[] = [];
beforeAll(async () => {
  s3 = await startS3Server();
});
afterAll(async () => {
  await s3?.stop();
  for (const folder of temporary) fs.rmSync(folder, { recursive: true, force: true });
});

function newFolder() {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "pacta-store-"));
  temporary.push(folder);
  return folder;
}

let prefixes = 0;
const implementations: [string, () => DocumentStore][] = [
  ["a folder", () => new FolderStore(newFolder())],
  [
    "an S3-compatible store",
    () => new S3Store(s3StoreSettings({ ...process.env, ...s3.env, PACTA_STORAGE_URL: `s3://${s3.bucket}/contract-${++prefixes}` })!, s3.env.PACTA_S3_SECRET_ACCESS_KEY),
  ],
];

async function listed(store: DocumentStore) {
  const hashes: string[] = [];
  for await (const sha256 of store.list()) hashes.push(sha256);
  return hashes.sort();
}

describe.each(implementations)("the document store contract on %s", (_name, make) => {
  let store: DocumentStore;
  beforeAll(() => {
    store = make();
  });
  afterAll(() => store.close?.());

  it("puts a file under its SHA-256 and gives back the same bytes, whole and streamed", async () => {
    const content = new Uint8Array(await samplePdf("Put and get"));
    const put = await store.put(content);
    expect(put).toEqual({ sha256: sha256Of(content), created: true });
    expect(await store.has(put.sha256)).toBe(true);
    expect(Buffer.from((await store.get(put.sha256))!)).toEqual(Buffer.from(content));
    const chunks: Buffer[] = [];
    for await (const chunk of (await store.stream(put.sha256))!) chunks.push(Buffer.from(chunk));
    expect(Buffer.concat(chunks)).toEqual(Buffer.from(content));
    expect(await listed(store)).toEqual([put.sha256]);
  });

  it("streams a large file in several chunks", async () => {
    const content = new Uint8Array(3 * 1024 * 1024).map((_, i) => (i * 31) % 251);
    const { sha256 } = await store.put(content);
    let chunks = 0;
    let bytes = 0;
    for await (const chunk of (await store.stream(sha256))!) {
      chunks++;
      bytes += (chunk as Buffer).byteLength;
    }
    expect(bytes).toBe(content.byteLength);
    expect(chunks).toBeGreaterThan(1);
  });

  it("answers null for a file it does not have, and removing one is no error", async () => {
    const absent = sha256Of(new TextEncoder().encode("never stored"));
    expect(await store.has(absent)).toBe(false);
    expect(await store.get(absent)).toBeNull();
    expect(await store.stream(absent)).toBeNull();
    await expect(store.remove(absent)).resolves.toBeUndefined();
    await expect(store.get("not-a-hash")).rejects.toThrow(/SHA-256/);
  });

  it("stores the same content once however often it is put, and removes it", async () => {
    const content = new TextEncoder().encode("the same bytes twice");
    const before = (await listed(store)).length;
    expect((await store.put(content)).created).toBe(true);
    expect(await store.put(content)).toEqual({ sha256: sha256Of(content), created: false });
    expect((await listed(store)).length).toBe(before + 1);
    await store.remove(sha256Of(content));
    expect(await store.has(sha256Of(content))).toBe(false);
    expect((await listed(store)).length).toBe(before);
  });

  it("takes a probe write without leaving a file behind", async () => {
    const before = await listed(store);
    await store.checkWritable();
    expect(await listed(store)).toEqual(before);
  });
});

/**
 * A server that answers HEAD with 404 (no such file yet), and for an upload reads part of
 * its body, then cuts the connection: an upload that fails in the middle.
 */
const CUT_AFTER_BYTES = 512;

async function cutMidUpload(): Promise<{ endpoint: string; cutUploads: () => number; close: () => Promise<void> }> {
  let cutUploads = 0;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    let request = "";
    socket.on("data", (chunk) => {
      request += chunk.toString("latin1");
      if (request.startsWith("HEAD ")) {
        socket.write("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n");
        request = "";
        return;
      }
      const bodyStart = request.indexOf("\r\n\r\n");
      // Part of the file has arrived: cut the connection before the rest does.
      if (bodyStart >= 0 && request.length - bodyStart - 4 >= CUT_AFTER_BYTES) {
        cutUploads++;
        socket.destroy();
      }
    });
    socket.on("error", () => {});
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    cutUploads: () => cutUploads,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

describe.each(PROVIDERS)("documents in an S3-compatible store through the app on %s", (provider) => {
  let t: TestDatabase;
  let editor: CurrentUser;
  let reference: string;
  let restore: () => void;
  const run = <R,>(command: unknown, input: unknown, actor = editor) =>
    executeCommand(command as Command<never, R>, actor, input, t.db).then((r) => r.result as ActionResult<R>);

  beforeAll(async () => {
    t = await createTestDatabase(provider);
    await seedArticle(t.db);
    editor = await createUser(t.db, "EDITOR");
    reference = (await createTestAgreement(t.db, editor)).reference;
    restore = s3.use(`app-${provider}`);
  });
  afterAll(async () => {
    restore?.();
    await t?.drop();
  });

  it("uploads a document into the bucket (not the folder) and downloads the same bytes as a stream", async () => {
    const folder = process.env.PACTA_STORAGE_DIR!;
    const filesInFolder = () => (fs.existsSync(folder) ? fs.readdirSync(folder, { recursive: true }).length : 0);
    const before = filesInFolder();
    const file = await pdfFile("合作协议 in S3.pdf", "Kept in object storage");
    const attached = await run<{ documentId: string }>(documentCommands.attachDocument, { reference, kind: "SIGNED_COPY", language: "en", file });
    expect(attached.status).toBe("success");

    const [document] = await agreementDocuments(reference, t.db);
    const version = await downloadableVersion(document.versions[0].id, t.db);
    const bytes = new Uint8Array(await file.arrayBuffer());
    expect(version).toMatchObject({ sha256: sha256Of(bytes), size: bytes.byteLength, fileName: "合作协议 in S3.pdf" });
    expect(documentStore().description).toContain(`s3://${s3.bucket}/app-${provider}/`);
    const chunks: Buffer[] = [];
    for await (const chunk of (await documentStore().stream(version!.sha256))!) chunks.push(Buffer.from(chunk));
    expect(Buffer.concat(chunks)).toEqual(Buffer.from(bytes));
    expect(filesInFolder()).toBe(before);
  });

  it("a storage folder that cannot be written leaves no document row and no file", async () => {
    restore();
    const blocked = path.join(newFolder(), "files");
    // Its place is taken by a file: every write under it fails (whoever the tests run as).
    fs.writeFileSync(blocked, "not a folder");
    const folder = process.env.PACTA_STORAGE_DIR;
    process.env.PACTA_STORAGE_DIR = path.join(blocked, "inside");
    try {
      const rows = { documents: await t.db.agreementDocument.count(), versions: await t.db.documentVersion.count() };
      const result = await run(documentCommands.attachDocument, { reference, kind: "ANNEX", file: await pdfFile("blocked.pdf", "Nowhere to keep it") });
      expect(result).toMatchObject({ status: "error", code: "UNEXPECTED" });
      expect({ documents: await t.db.agreementDocument.count(), versions: await t.db.documentVersion.count() }).toEqual(rows);
      expect(fs.readFileSync(blocked, "utf8")).toBe("not a folder");
    } finally {
      process.env.PACTA_STORAGE_DIR = folder;
      restore = s3.use(`app-${provider}`);
    }
  });

  it("a store that fails in the middle of an upload leaves no document row and no object", async () => {
    const cutting = await cutMidUpload();
    const endpoint = process.env.PACTA_S3_ENDPOINT;
    process.env.PACTA_S3_ENDPOINT = cutting.endpoint;
    try {
      const rows = { documents: await t.db.agreementDocument.count(), versions: await t.db.documentVersion.count() };
      const bytes = new Uint8Array(await samplePdf("Cut off in the middle of its upload"));
      expect(bytes.byteLength).toBeGreaterThan(2 * CUT_AFTER_BYTES);
      const file = new File([bytes], "cut.pdf");
      const result = await run(documentCommands.attachDocument, { reference, kind: "ANNEX", file });
      expect(result).toMatchObject({ status: "error", code: "UNEXPECTED" });
      expect(cutting.cutUploads()).toBeGreaterThanOrEqual(1);
      expect({ documents: await t.db.agreementDocument.count(), versions: await t.db.documentVersion.count() }).toEqual(rows);
      process.env.PACTA_S3_ENDPOINT = endpoint;
      expect(await documentStore().has(sha256Of(bytes))).toBe(false);
    } finally {
      process.env.PACTA_S3_ENDPOINT = endpoint;
      await cutting.close();
    }
  });
});
