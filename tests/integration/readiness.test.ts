// The load balancer's probes, called as the server calls them (the route handlers), on
// both databases: /api/health always 200; /api/ready 200 when the database answers, its
// migrations are applied and the document store takes a write, else 503 with a short
// reason, and 200 again as soon as the cause is gone.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { CreateBucketCommand, S3Client } from "@aws-sdk/client-s3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as health } from "@/app/api/health/route";
import { GET as ready } from "@/app/api/ready/route";
import { createPrismaClient, type Database } from "@/lib/prisma-client";
import { PROVIDERS, createTestDatabase, sqliteFile, withAdminClient, type TestDatabase } from "../support/databases";
import { startS3Server, type TestS3Server } from "../support/s3-server";

const globalForDb = globalThis as unknown as { pactaDb?: Database };

async function probe(route: () => Response | Promise<Response>) {
  const response = await route();
  return { status: response.status, body: await response.json(), cacheControl: response.headers.get("cache-control") };
}

let s3: TestS3Server;
const temporary = fs.mkdtempSync(path.join(os.tmpdir(), "pacta-ready-"));
beforeAll(async () => {
  s3 = await startS3Server();
});
afterAll(async () => {
  await s3?.stop();
  fs.rmSync(temporary, { recursive: true, force: true });
});

describe.each(PROVIDERS)("health and readiness on %s", (provider) => {
  let t: TestDatabase;
  let db: Database;
  const saved = { DATABASE_URL: process.env.DATABASE_URL, PACTA_STORAGE_DIR: process.env.PACTA_STORAGE_DIR };

  beforeAll(async () => {
    t = await createTestDatabase(provider);
    await t.db.$disconnect();
    // A client whose pool survives its connections being cut (the database stopped below).
    db = createPrismaClient(t.url, { onQuery: () => {} });
    globalForDb.pactaDb = db;
    process.env.DATABASE_URL = t.url;
  });
  afterAll(async () => {
    globalForDb.pactaDb = undefined;
    Object.assign(process.env, saved);
    await db?.$disconnect();
    await t?.drop();
  });

  it("answers /api/health with 200 and nothing but a status", async () => {
    expect(await probe(health)).toEqual({ status: 200, body: { status: "ok" }, cacheControl: "no-store" });
  });

  it("is ready normally", async () => {
    expect(await probe(ready)).toEqual({ status: 200, body: { status: "ready" }, cacheControl: "no-store" });
  });

  it("is not ready while the storage folder cannot be written, and ready again once it can", async () => {
    const folder = path.join(temporary, `${provider}-files`);
    process.env.PACTA_STORAGE_DIR = folder;
    fs.writeFileSync(folder, "its place taken by a file");
    try {
      expect(await probe(ready)).toMatchObject({ status: 503, body: { status: "not ready", reason: "storage not writable" } });
    } finally {
      fs.rmSync(folder);
    }
    expect(await probe(ready)).toMatchObject({ status: 200, body: { status: "ready" } });
    process.env.PACTA_STORAGE_DIR = saved.PACTA_STORAGE_DIR;
  });

  it("is not ready while the S3 bucket is missing, and ready again once it exists", async () => {
    const bucket = `pacta-ready-${provider}`;
    const restore = s3.use();
    process.env.PACTA_STORAGE_URL = `s3://${bucket}/files`;
    try {
      const answer = await probe(ready);
      expect(answer).toMatchObject({ status: 503, body: { status: "not ready", reason: "storage not writable" } });
      // Nothing about the store, its address or the error reaches the caller.
      expect(JSON.stringify(answer.body)).not.toMatch(/127\.0\.0\.1|s3:|bucket|S3RVER/i);
      const admin = new S3Client({ endpoint: s3.endpoint, region: "us-east-1", forcePathStyle: true, credentials: { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" } });
      await admin.send(new CreateBucketCommand({ Bucket: bucket }));
      admin.destroy();
      expect(await probe(ready)).toMatchObject({ status: 200, body: { status: "ready" } });
    } finally {
      restore();
    }
  });

  it("is not ready while a migration of this version is not applied", async () => {
    const [last] = await db.$queryRawUnsafe<{ id: string; migration_name: string }[]>(
      `SELECT id, migration_name FROM "_prisma_migrations" ORDER BY migration_name DESC LIMIT 1`,
    );
    await db.$executeRawUnsafe(`UPDATE "_prisma_migrations" SET finished_at = NULL WHERE id = '${last.id}'`);
    try {
      expect(await probe(ready)).toMatchObject({ status: 503, body: { status: "not ready", reason: "migrations pending" } });
    } finally {
      await db.$executeRawUnsafe(`UPDATE "_prisma_migrations" SET finished_at = started_at WHERE id = '${last.id}'`);
    }
    expect(await probe(ready)).toMatchObject({ status: 200 });
  });

  it("is not ready while the database cannot be reached, and ready again when it can", async () => {
    if (provider === "postgresql") {
      // The database is closed to connections and the open ones are cut: what a stopped server looks like from here.
      const name = decodeURIComponent(new URL(t.url).pathname.slice(1));
      await withAdminClient(async (admin) => {
        await admin.query(`ALTER DATABASE "${name}" ALLOW_CONNECTIONS false`);
        await admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1`, [name]);
      });
      try {
        expect(await probe(ready)).toMatchObject({ status: 503, body: { status: "not ready", reason: "database unreachable" } });
      } finally {
        await withAdminClient((admin) => admin.query(`ALTER DATABASE "${name}" ALLOW_CONNECTIONS true`));
      }
    } else {
      // The database file is gone from its place (a folder stands there, which cannot be opened as a
      // database, whoever the tests run as); the server's connection is opened anew, as after a restart.
      const file = sqliteFile(t.url);
      await db.$disconnect();
      fs.renameSync(file, `${file}.away`);
      fs.mkdirSync(file);
      try {
        expect(await probe(ready)).toMatchObject({ status: 503, body: { status: "not ready", reason: "database unreachable" } });
      } finally {
        await db.$disconnect();
        fs.rmdirSync(file);
        fs.renameSync(`${file}.away`, file);
      }
    }
    expect(await probe(ready)).toMatchObject({ status: 200, body: { status: "ready" } });
  });
});
