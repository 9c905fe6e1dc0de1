import type { CurrentUser } from "../auth/current-user-type";
import { recordAudit } from "../audit/record-audit";
import type { DatabaseTransaction } from "../prisma-client";
import type { z } from "zod";
import type { ReminderSettingsSchema } from "./schema";
import { formatReminderDays } from "./windows";

/** The signed-in user's own reminder settings. */
export async function updateReminderSettings(tx: DatabaseTransaction, input: z.output<typeof ReminderSettingsSchema>, actor: CurrentUser) {
  const before = await tx.user.findUniqueOrThrow({ where: { id: actor.id }, select: { reminderScope: true, reminderDays: true } });
  const after = { reminderScope: input.scope, reminderDays: formatReminderDays(input.days) };
  await tx.user.update({ where: { id: actor.id }, data: after });
  await recordAudit(tx, { actorId: actor.id, action: "user.reminders-changed", entityType: "User", entityId: actor.id, before, after });
  return after;
}
