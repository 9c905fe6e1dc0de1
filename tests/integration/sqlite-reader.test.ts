// A SQLite statement read in a worker thread on a connection of its own (lib/sql/sqlite-reader.ts):
// the exports' batches are read there while the app's thread writes out the last batch (decision 032).
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { openSqliteReaders, SqliteReader } from "@/lib/sql/sqlite-reader";
import { sqliteFileOf } from "@/lib/prisma-client";
import { parseListParams } from "@/lib/agreements/list-params";
import { exportStream } from "@/lib/reports/agreement-export";
import { seedArticle } from "@/prisma/seed/article-seed";
import { createTestDatabase, type TestDatabase } from "../support/databases";

describe("SqliteReader", () => {
  let t: TestDatabase;
  let file: string;

  beforeAll(async () => {
    t = await createTestDatabase("sqlite");
    await seedArticle(t.db);
    file = sqliteFileOf(t.db)!;
  });
  afterAll(async () => {
    await t?.drop();
  });

  it("answers each read with the statement's rows for its values, as arrays, in the order asked", async () => {
    const reader = new SqliteReader(file, `SELECT "reference", "status" FROM "Agreement" WHERE "reference" = ? OR "reference" = ? ORDER BY "reference"`);
    try {
      const expected = await t.db.agreement.findMany({ select: { reference: true, status: true }, orderBy: { reference: "asc" }, take: 4 });
      const [first, second] = await Promise.all([
        reader.read([expected[0].reference, expected[1].reference]),
        reader.read([expected[2].reference, expected[3].reference]),
      ]);
      expect(first).toEqual([[expected[0].reference, expected[0].status], [expected[1].reference, expected[1].status]]);
      expect(second).toEqual([[expected[2].reference, expected[2].status], [expected[3].reference, expected[3].status]]);
      expect(await reader.read(["no such reference", "nor this"])).toEqual([]);
    } finally {
      await reader.close();
    }
  });

  it("rejects a read the database refuses with its message, and answers the next", async () => {
    const reader = new SqliteReader(file, `SELECT json_extract(?, '$.a')`);
    try {
      await expect(reader.read(["{not json"])).rejects.toThrow(/malformed JSON/i);
      expect(await reader.read(['{"a": 7}'])).toEqual([[7]]);
    } finally {
      await reader.close();
    }
  });

  it("reads only: a statement that writes is refused and changes nothing", async () => {
    const before = await t.db.agreement.count();
    const reader = new SqliteReader(file, `DELETE FROM "Agreement" WHERE "reference" <> ? RETURNING "id"`);
    try {
      await expect(reader.read([""])).rejects.toThrow(/readonly/i);
    } finally {
      await reader.close();
    }
    expect(await t.db.agreement.count()).toBe(before);
  });

  it("rejects its reads when the file cannot be opened, and closes", async () => {
    const reader = new SqliteReader(`${file}.missing`, `SELECT 1`);
    await expect(reader.read([])).rejects.toThrow();
    await vi.waitFor(() => expect(openSqliteReaders()).toBe(0));
  });

  it("rejects reads once closed, and is no longer counted open", async () => {
    const reader = new SqliteReader(file, `SELECT 1`);
    expect(openSqliteReaders()).toBeGreaterThanOrEqual(1);
    await reader.close();
    await expect(reader.read([])).rejects.toThrow();
    expect(openSqliteReaders()).toBe(0);
  });

  it("an export closes its reader when it ends and when its reader stops early", async () => {
    const whole = exportStream("csv", t.db, parseListParams({}), 1);
    for await (const _chunk of whole);
    expect(openSqliteReaders()).toBe(0);
    const stopped = exportStream("csv", t.db, parseListParams({}), 1);
    const chunks = stopped[Symbol.asyncIterator]();
    await chunks.next();
    await chunks.next();
    expect(openSqliteReaders()).toBe(1);
    await chunks.return!();
    // The stream lets its reading go as it is destroyed, a turn or two later.
    await vi.waitFor(() => expect(openSqliteReaders()).toBe(0));
  });
});
