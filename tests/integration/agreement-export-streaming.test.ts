// Exports stream: a batch is read from the database only as the reader takes the bytes before it,
// so a register of any size is never held whole, and a reader that stops holds the reading back.
// Counted in statements, not in time: no test here waits for a clock.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { randomBytes } from "node:crypto";
import { parseListParams } from "@/lib/agreements/list-params";
import { exportStream, type ExportFormat } from "@/lib/reports/agreement-export";
import { createPrismaClient, type Database } from "@/lib/prisma-client";
import { seedArticle } from "@/prisma/seed/article-seed";
import { PROVIDERS, createTestDatabase, type TestDatabase } from "../support/databases";

/** A batch's statement: the one that aggregates each agreement's partners (lib/reports/agreement-export.ts). */
const isBatch = (sql: string) => sql.includes("x_parties");

describe.each(PROVIDERS)("exports stream on %s", (provider) => {
  let t: TestDatabase;
  let counted: Database;
  let batchStatements = 0;
  let agreements = 0;

  beforeAll(async () => {
    t = await createTestDatabase(provider);
    await seedArticle(t.db);
    // Each agreement's text larger than a stream's buffer (16 KiB), so that one batch of one agreement fills it.
    const all = await t.db.agreement.findMany({ select: { id: true } });
    for (const { id } of all) await t.db.agreement.update({ where: { id }, data: { summary: randomBytes(12_000).toString("base64") } });
    agreements = await t.db.agreement.count({ where: { archived: false } });
    counted = createPrismaClient(t.url, { onQuery: (sql) => void (isBatch(sql) && batchStatements++) });
  });
  afterAll(async () => {
    await counted?.$disconnect();
    await t?.drop();
  });

  // Not Excel: exceljs keeps a sheet's XML in a buffer of its own, without back-pressure, until its zip entry takes it.
  it.each(["csv", "json"] as ExportFormat[])("reads a batch only when the reader has taken the bytes before it (%s)", async (format) => {
    expect(agreements).toBeGreaterThanOrEqual(8);
    batchStatements = 0;
    const stream = exportStream(format, counted, parseListParams({}), 1);
    // For each chunk the reader takes: how many batches had been asked of the database by then.
    const seen: number[] = [];
    let bytes = 0;
    for await (const chunk of stream) {
      bytes += (chunk as Buffer).length;
      seen.push(batchStatements);
    }
    expect(bytes).toBeGreaterThan(agreements * 12_000);
    expect(batchStatements).toBe(agreements);
    // The first bytes leave before most of the register is read ...
    expect(seen[0]).toBeLessThanOrEqual(3);
    // ... and every later chunk finds the database at most a few batches ahead of what the reader
    // has taken (the batch being written, the one read ahead, and what one buffer holds), never the whole register.
    const rowChunks = seen.filter((n) => n > 0);
    for (let k = 0; k < rowChunks.length; k++) expect(rowChunks[k], `chunk ${k}`).toBeLessThanOrEqual(k + 4);
  });

  it.each(["csv", "json"] as ExportFormat[])("stops reading when its reader stops taking bytes, and reads the rest when it goes on (%s)", async (format) => {
    batchStatements = 0;
    const stream = exportStream(format, counted, parseListParams({}), 1);
    const iterator = stream[Symbol.asyncIterator]();
    await iterator.next();
    await iterator.next();
    // The reader pauses: nothing it does not take is read. Whatever the stream's own work meanwhile,
    // the database is asked for no more than the few batches that fill the buffers.
    const paused = batchStatements;
    for (let i = 0; i < 50; i++) await new Promise((resolve) => setImmediate(resolve));
    expect(batchStatements).toBeLessThanOrEqual(paused + 3);
    expect(batchStatements).toBeLessThan(agreements);
    while (!(await iterator.next()).done);
    expect(batchStatements).toBe(agreements);
  });
});
