// The expiry and notice pipeline: how many active agreements end, and how many reach their
// notice deadline, in this quarter and the next three, by owner. Two SQL aggregates (one per
// date) grouped by owner and month, whatever the register's size.
import "server-only";
import { Prisma } from "../../generated/prisma/client.ts";
import { db } from "../db";
import { dialectOf, type Database } from "../prisma-client";
import { fromPlainDate, Temporal, toPlainDate } from "../dates/calendar-day";
import { institutionToday, now as currentInstant } from "../dates/institution-time";
import { dayParameter } from "./dashboard-map";

export const PIPELINE_QUARTERS = 4;

export interface PipelineQuarter {
  year: number;
  /** 1 to 4. */
  quarter: number;
  /** The first day counted, "YYYY-MM-DD": today for the current quarter, else the quarter's first day. */
  from: string;
  /** The quarter's last day, "YYYY-MM-DD". */
  to: string;
}

export interface PipelineRow {
  /** The owner's user id; null for agreements without an owner. */
  ownerId: string | null;
  ownerName: string | null;
  /** Agreements ending in each quarter (same order as `quarters`). */
  ending: number[];
  /** Agreements whose notice deadline falls in each quarter. */
  notice: number[];
}

export interface NoticePipeline {
  quarters: PipelineQuarter[];
  /** Owners with anything in the pipeline, by name; those without an owner last. */
  rows: PipelineRow[];
  totals: { ending: number[]; notice: number[] };
}

/** The quarters of the pipeline, from the institution's today. */
export function pipelineQuarters(today: Temporal.PlainDate, count = PIPELINE_QUARTERS): PipelineQuarter[] {
  const first = Temporal.PlainDate.from({ year: today.year, month: Math.floor((today.month - 1) / 3) * 3 + 1, day: 1 });
  return Array.from({ length: count }, (_, i) => {
    const start = first.add({ months: 3 * i });
    const end = start.add({ months: 3 }).subtract({ days: 1 });
    return { year: start.year, quarter: Math.floor((start.month - 1) / 3) + 1, from: (i === 0 ? today : start).toString(), to: end.toString() };
  });
}

type DateColumn = "endsOn" | "noticeDeadline";

/** Active agreements (stored status, as the list's "ends within" windows) per owner and month of a date. */
async function countsByOwnerAndMonth(database: Database, column: DateColumn, from: Date, afterLast: Date) {
  const ident = Prisma.raw(`a."${column}"`);
  const month = dialectOf(database) === "postgresql" ? Prisma.sql`to_char(${ident}, 'YYYY-MM')` : Prisma.sql`substr(${ident}, 1, 7)`;
  return database.$queryRaw<{ owner: string | null; month: string; n: number | bigint }[]>`SELECT a."ownerId" AS owner, ${month} AS month, COUNT(*) AS n
    FROM "Agreement" a
    WHERE a."archived" = false AND a."status" = 'ACTIVE' AND ${ident} >= ${dayParameter(database, from)} AND ${ident} < ${dayParameter(database, afterLast)}
    GROUP BY 1, 2`;
}

/** The pipeline at `now`. */
export async function noticePipeline({ now = currentInstant(), database = db }: { now?: Date; database?: Database } = {}): Promise<NoticePipeline> {
  const today = toPlainDate(institutionToday(now));
  const quarters = pipelineQuarters(today);
  const afterLast = fromPlainDate(Temporal.PlainDate.from(quarters[quarters.length - 1].to).add({ days: 1 }));
  const from = fromPlainDate(today);
  const [ending, notice] = await Promise.all([
    countsByOwnerAndMonth(database, "endsOn", from, afterLast),
    countsByOwnerAndMonth(database, "noticeDeadline", from, afterLast),
  ]);
  const quarterOf = (month: string) => quarters.findIndex((q) => month >= q.from.slice(0, 7) && month <= q.to.slice(0, 7));
  const rows = new Map<string | null, PipelineRow>();
  const row = (ownerId: string | null) => {
    if (!rows.has(ownerId)) rows.set(ownerId, { ownerId, ownerName: null, ending: quarters.map(() => 0), notice: quarters.map(() => 0) });
    return rows.get(ownerId)!;
  };
  for (const [counts, key] of [[ending, "ending"], [notice, "notice"]] as const) {
    for (const c of counts) {
      const q = quarterOf(c.month);
      if (q >= 0) row(c.owner)[key][q] += Number(c.n);
    }
  }
  const ids = [...rows.keys()].filter((id): id is string => id !== null);
  const names = new Map((await database.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })).map((u) => [u.id, u.name]));
  for (const r of rows.values()) r.ownerName = r.ownerId ? (names.get(r.ownerId) ?? null) : null;
  const sorted = [...rows.values()].sort((a, b) => (a.ownerId === null ? 1 : b.ownerId === null ? -1 : (a.ownerName ?? "").localeCompare(b.ownerName ?? "")));
  const sum = (key: "ending" | "notice") => quarters.map((_, i) => sorted.reduce((s, r) => s + r[key][i], 0));
  return { quarters, rows: sorted, totals: { ending: sum("ending"), notice: sum("notice") } };
}
