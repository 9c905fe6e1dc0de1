// JSON built by the database, read back here: the agreement page's record (decision 029) and
// the exports' batches (decision 030) each read an agreement with its lists in one row, the
// lists as JSON arrays the database writes. Only our own SQL text goes into these, never input.
import type { Dialect } from "../prisma-client";

/** A JSON object of `columns` (name → SQL expression), as SQL text. */
export function jsonObject(dialect: Dialect, columns: Record<string, string>): string {
  const pairs = Object.entries(columns).map(([name, expression]) => `'${name}', ${expression}`).join(", ");
  return dialect === "postgresql" ? `json_build_object(${pairs})` : `json_object(${pairs})`;
}

/** A JSON array of the SQL expressions `fields` (comma-separated), as SQL text. */
export function jsonArray(dialect: Dialect, fields: string): string {
  return dialect === "postgresql" ? `json_build_array(${fields})` : `json_array(${fields})`;
}

/**
 * An aggregate of one JSON `value` per row into an array, in `orderBy` order; `[]` over no row.
 * Both databases aggregate in order (SQLite 3.44 and later take ORDER BY inside an aggregate).
 */
export function jsonAggregate(dialect: Dialect, value: string, orderBy?: string): string {
  const order = orderBy ? ` ORDER BY ${orderBy}` : "";
  return dialect === "postgresql" ? `COALESCE(json_agg(${value}${order}), '[]'::json)` : `json_group_array(${value}${order})`;
}

/**
 * A stored instant inside JSON as a Date, as Prisma would read it: SQLite keeps the text (with its
 * offset) or the milliseconds it was given; PostgreSQL writes a `timestamp` without its zone, which
 * Prisma's convention takes as UTC. Null stays null.
 */
export function jsonDateOf(dialect: Dialect): (value: unknown) => Date | null {
  return dialect === "postgresql"
    ? (value) => (value === null || value === undefined ? null : new Date(`${value as string}Z`))
    : (value) => (value === null || value === undefined ? null : new Date(value as string | number));
}

/** A boolean inside JSON: SQLite writes 0 or 1. */
export const jsonBoolean = (value: unknown): boolean => value === true || value === 1;
