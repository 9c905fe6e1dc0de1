// Data that every page of a kind shows and that rarely changes (the list's filter choices,
// the form's reference lists) is kept in memory between requests and read again once the
// register has changed. Every change records an audit event in its own transaction, so the
// newest event is the register's version: one indexed read, and the same answer in every
// server process (an in-process flag would miss a change made through another process).
// Decision 007.
import "server-only";
import { db } from "../db";
import type { Database } from "../prisma-client";

/** However quiet the register, kept data is read again after this long. */
const KEPT_AT_MOST_MS = 60_000;

async function registerVersion(database: Database): Promise<string> {
  // By time alone, one step down its index: adding the id to the order made SQLite sort the
  // whole log (21 ms at 200,000 events). Of two events in one millisecond SQLite gives the
  // later one; should a database give the earlier, KEPT_AT_MOST_MS bounds what is missed.
  const newest = await database.auditEvent.findFirst({ orderBy: { at: "desc" }, select: { id: true, at: true } });
  return newest ? `${newest.at.getTime()}/${newest.id}` : "";
}

/** `read`, kept per database until the register's version changes (or a minute passes). */
export function keptUntilTheRegisterChanges<T>(read: (database: Database) => Promise<T>): (database?: Database) => Promise<T> {
  const kept = new WeakMap<Database, { version: string; readAt: number; value: Promise<T> }>();
  return async (database = db) => {
    const version = await registerVersion(database);
    const current = kept.get(database);
    if (current && current.version === version && Date.now() - current.readAt < KEPT_AT_MOST_MS) return current.value;
    const value = read(database);
    kept.set(database, { version, readAt: Date.now(), value });
    // A failed read is not kept: the next request tries again.
    value.catch(() => kept.get(database)?.value === value && kept.delete(database));
    return value;
  };
}
