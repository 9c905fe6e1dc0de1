// Where a person appears: the delete refuses while they do, and the person's page says so before asking.
import type { DatabaseTransaction } from "../prisma-client";

/** A person's name, the agreements they appear on (references, the first five, "…" after) and the signing ceremonies that name them. */
export interface PersonUsage {
  name: string;
  count: number;
  references: string;
  /** How many signing ceremonies name them, and the first five's names. */
  ceremonies: number;
  events: string;
}

/** Who the person is and where they appear (nowhere: they can be deleted); null if they are gone. */
export async function personUsage(tx: DatabaseTransaction, id: string): Promise<PersonUsage | null> {
  const person = await tx.person.findUnique({ where: { id }, select: { name: true, position: true } });
  if (!person) return null;
  const [uses, ceremonies] = await Promise.all([
    tx.participant.findMany({ where: { personId: id }, select: { agreement: { select: { reference: true } } } }),
    // Present at a signing ceremony: the ceremony's record of who was there must not lose them.
    tx.eventAttendance.findMany({ where: { personId: id }, select: { event: { select: { name: true } } } }),
  ]);
  const references = [...new Set(uses.map((u) => u.agreement.reference))];
  const events = [...new Set(ceremonies.map((c) => c.event.name))];
  return {
    name: person.name ?? person.position ?? "",
    count: references.length,
    references: references.slice(0, 5).join(", ") + (references.length > 5 ? ", …" : ""),
    ceremonies: events.length,
    events: events.slice(0, 5).join(", ") + (events.length > 5 ? ", …" : ""),
  };
}

/** Why the person cannot be deleted (the `errors` message and its values), or null when nothing uses them. */
export function personDeletionRefusal(usage: PersonUsage): { key: "personInUse" | "personAtCeremony"; values: Record<string, string | number> } | null {
  if (usage.count > 0) return { key: "personInUse", values: { name: usage.name, count: usage.count, references: usage.references } };
  if (usage.ceremonies > 0) return { key: "personAtCeremony", values: { name: usage.name, events: usage.events } };
  return null;
}
