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
/** How many keys of one read are kept at once. */
const KEPT_KEYS = 4;

async function registerVersion(database: Database): Promise<string> {
  // By time alone, one step down its index: adding the id to the order made SQLite sort the
  // whole log (21 ms at 200,000 events). Of two events in one millisecond SQLite gives the
  // later one; should a database give the earlier, KEPT_AT_MOST_MS bounds what is missed.
  const newest = await database.auditEvent.findFirst({ orderBy: { at: "desc" }, select: { id: true, at: true } });
  return newest ? `${newest.at.getTime()}/${newest.id}` : "";
}

/**
 * `read`, kept per database (and per `key`, such as the institution's day, for reads that depend on
 * more than the register) until the register's version changes or a minute passes. A handful of
 * keys are kept at once; the oldest goes first.
 */
export function keptUntilTheRegisterChanges<T>(read: (database: Database, key: string) => Promise<T>): (database?: Database, key?: string) => Promise<T> {
  const kept = new WeakMap<Database, Map<string, { version: string; readAt: number; value: Promise<T> }>>();
  return async (database = db, key = "") => {
    const version = await registerVersion(database);
    let byKey = kept.get(database);
    if (!byKey) kept.set(database, (byKey = new Map()));
    const current = byKey.get(key);
    if (current && current.version === version && Date.now() - current.readAt < KEPT_AT_MOST_MS) return current.value;
    const value = read(database, key);
    byKey.delete(key);
    byKey.set(key, { version, readAt: Date.now(), value });
    if (byKey.size > KEPT_KEYS) byKey.delete(byKey.keys().next().value!);
    // A failed read is not kept: the next request tries again.
    value.catch(() => byKey.get(key)?.value === value && byKey.delete(key));
    return value;
  };
}
