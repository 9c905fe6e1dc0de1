import "server-only";
import { db } from "../db";
import type { Database } from "../prisma-client";
import { agreementNameSelect } from "../agreements/label";

/** The user's reminders, the newest found first (the in-app list; the digests said the same). */
export function remindersOf(userId: string, database: Database = db) {
  return database.reminder.findMany({
    where: { userId },
    orderBy: [{ createdAt: "desc" }, { dueOn: "asc" }],
    take: 200,
    select: { id: true, kind: true, dueOn: true, daysBefore: true, createdAt: true, deliveredAt: true, deliveredBy: true, agreement: { select: agreementNameSelect } },
  });
}

