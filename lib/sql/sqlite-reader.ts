// One SQL statement read over and over on a SQLite connection of its own, in a worker thread:
// better-sqlite3 answers in the thread that asks, so a long read on the app's connection stops
// everything else the thread does. The exports read their batches here (decision 032), so that
// the database reads the next batch while this thread writes out the last. Only our own SQL
// text goes in; the values are bound.
import { Worker } from "node:worker_threads";

/**
 * What the worker runs: it opens the file read-only, prepares the statement once and answers each
 * message. (Its `require` resolves from the working directory, the project's, as the database file does.)
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const Database = require("better-sqlite3");
const connection = new Database(workerData.file, { readonly: true, fileMustExist: true, timeout: workerData.timeout });
const statement = connection.prepare(workerData.sql).raw(true);
parentPort.on("message", (values) => {
  try {
    parentPort.postMessage({ rows: statement.all(values) });
  } catch (error) {
    parentPort.postMessage({ error: String(error && error.message ? error.message : error) });
  }
});
`;

/** The readers not yet closed. */
const open = new Set<SqliteReader>();
/** How many readers are open (none once every export has ended, however it ended). */
export const openSqliteReaders = (): number => open.size;

/** How long the reader waits for a writer to finish with the file before giving up, as the app's connection does. */
const BUSY_TIMEOUT_MS = 10_000;

/**
 * A reader of one statement (`sql`, with `?` placeholders) on the SQLite file `file`.
 * `read(values)` answers the statement's rows, each an array of its columns in order, one read at
 * a time (a second read waits for the first). Errors: a statement that fails rejects its read
 * with the database's message; a reader closed meanwhile rejects every read still waiting.
 * Close it when done (`close()`); it does not keep the process alive.
 */
export class SqliteReader {
  private readonly worker: Worker;
  private readonly waiting: { resolve(rows: unknown[][]): void; reject(error: Error): void }[] = [];
  private failure: Error | null = null;

  constructor(file: string, sql: string) {
    this.worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { file, sql, timeout: BUSY_TIMEOUT_MS } });
    this.worker.unref();
    open.add(this);
    this.worker.on("message", (answer: { rows?: unknown[][]; error?: string }) => {
      const read = this.waiting.shift();
      if (answer.error !== undefined) read?.reject(new Error(answer.error));
      else read?.resolve(answer.rows ?? []);
    });
    const fail = (error: Error) => {
      this.failure = error;
      for (const read of this.waiting.splice(0)) read.reject(error);
    };
    this.worker.on("error", fail);
    this.worker.on("exit", () => {
      open.delete(this);
      fail(this.failure ?? new Error("SqliteReader: closed"));
    });
  }

  /** The statement's rows for these bound values, as arrays. */
  read(values: unknown[]): Promise<unknown[][]> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.waiting.push({ resolve, reject });
      this.worker.postMessage(values);
    });
  }

  /** Stops the worker and its connection. */
  async close(): Promise<void> {
    open.delete(this);
    await this.worker.terminate();
  }
}
