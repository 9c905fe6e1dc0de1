import "server-only";
import { db } from "../db";

export function listUsers() {
  return db.user.findMany({
    orderBy: [{ active: "desc" }, { name: "asc" }],
    select: { id: true, email: true, name: true, role: true, active: true, createdAt: true },
  });
}

/** What a person's own account page shows besides their name: the calendar address's secret and their reminder settings. */
export function ownAccountSettings(userId: string) {
  return db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { calendarToken: true, reminderScope: true, reminderDays: true },
  });
}
