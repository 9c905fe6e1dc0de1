// Every write records who changed what, in the same transaction as the write.
import type { DatabaseTransaction } from "../prisma-client";

type Snapshot = Record<string, unknown>;
export type FieldChanges = Record<string, { before: unknown; after: unknown }>;

function comparable(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return [...value].map(comparable).sort();
  return value ?? null;
}

/** The fields whose values differ between two snapshots (dates by instant, lists as sets). */
export function changedFields(before: Snapshot | null, after: Snapshot | null): FieldChanges {
  const changes: FieldChanges = {};
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  for (const key of keys) {
    const b = comparable(before?.[key]);
    const a = comparable(after?.[key]);
    if (JSON.stringify(b) !== JSON.stringify(a)) changes[key] = { before: b, after: a };
  }
  return changes;
}

export async function recordAudit(
  tx: DatabaseTransaction,
  event: {
    actorId: string | null;
    action: string;
    entityType: string;
    entityId: string;
    before?: Snapshot | null;
    after?: Snapshot | null;
    changes?: FieldChanges;
  },
) {
  const changes = event.changes ?? changedFields(event.before ?? null, event.after ?? null);
  await tx.auditEvent.create({
    data: {
      actorId: event.actorId,
      action: event.action,
      entityType: event.entityType,
      entityId: event.entityId,
      changes: JSON.stringify(changes),
    },
  });
}
